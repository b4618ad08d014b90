/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { useEntityRecords } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import { DataViews, type Action, type View } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { pencil, trash } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import RecordForm from '../../components/record-form';
import { errorMessage } from '../../data/error-message';
import type { Plan } from '../../data/generated/schemas';
import { usePlanWrites, useTopics } from '../../data/plans';
import { topicFields, type TopicItem } from './fields';
import PlanProgressView from './plan-progress';

type Props = { plan: Plan };

const VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 50,
	fields: [ 'target', 'starts_on', 'ends_on', 'assignee_id', 'note' ],
	titleField: 'title',
	layout: {},
};

const FORM_FIELDS = [
	'title',
	'target',
	'starts_on',
	'ends_on',
	'assignee_id',
	'unit_id',
	'note',
];

const NOTICE_ID = 'ttdt-plans';

/**
 * One plan opened: its state and the moves the server offers the user (submit, approve,
 * return), its printable form, its topics (editable while it is a draft) and its progress.
 *
 * @param props      Props.
 * @param props.plan The plan.
 */
export default function PlanDetail( { plan }: Props ) {
	const { topics, isLoading } = useTopics( plan.id );
	const writes = usePlanWrites();
	const [ isAdding, setIsAdding ] = useState( false );
	const [ view, setView ] = useState< View >( VIEW );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const { records: users } = useEntityRecords< { id: number; name: string } >(
		'root',
		'user',
		{ who: 'authors', per_page: 100, context: 'view' }
	);
	const { records: units } = useEntityRecords< {
		id: number;
		title: { rendered: string };
	} >( 'postType', 'ttdt_unit', { per_page: 100, status: 'publish' } );
	const fields = useMemo(
		() =>
			topicFields(
				( users ?? [] ).map( ( user ) => ( {
					value: String( user.id ),
					label: user.name,
				} ) ),
				( units ?? [] ).map( ( unit ) => ( {
					value: String( unit.id ),
					label: unit.title.rendered,
				} ) )
			),
		[ users, units ]
	);

	const moveLabels: Record< string, string > = {
		submitted: __( 'Submit for approval', 'ttdt-portal' ),
		approved: __( 'Approve plan', 'ttdt-portal' ),
		draft: __( 'Return to draft', 'ttdt-portal' ),
	};
	const move = async ( status: string ) => {
		try {
			await writes.move( plan.id, status );
			createSuccessNotice( __( 'Plan state changed.', 'ttdt-portal' ), {
				id: NOTICE_ID,
			} );
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__( 'The plan state could not be changed.', 'ttdt-portal' )
				),
				{ id: NOTICE_ID }
			);
		}
	};

	const form = ( initial: TopicItem, onDone: () => void ) => (
		<RecordForm< TopicItem >
			initial={ initial }
			fields={ fields }
			formFields={ FORM_FIELDS }
			onSave={ ( values ) =>
				writes.saveTopic( {
					id: values.id,
					plan_id: plan.id,
					title: values.title,
					target: Number( values.target ),
					starts_on: values.starts_on,
					ends_on: values.ends_on,
					assignee_id: Number( values.assignee_id ),
					unit_id: Number( values.unit_id ),
					note: values.note,
				} )
			}
			onDone={ onDone }
			saveLabel={ __( 'Save topic', 'ttdt-portal' ) }
			saveFailed={ __( 'The topic could not be saved.', 'ttdt-portal' ) }
		/>
	);

	const actions: Action< TopicItem >[] = plan.editable
		? [
				{
					id: 'edit',
					label: __( 'Edit', 'ttdt-portal' ),
					icon: pencil,
					isPrimary: true,
					modalHeader: __( 'Edit topic', 'ttdt-portal' ),
					RenderModal: ( { items, closeModal } ) =>
						form( items[ 0 ], () => closeModal?.() ),
				},
				{
					id: 'delete',
					label: __( 'Delete', 'ttdt-portal' ),
					icon: trash,
					isDestructive: true,
					callback: ( items ) =>
						writes
							.deleteTopic( items[ 0 ].id ?? 0 )
							.catch( ( error ) =>
								createErrorNotice(
									errorMessage(
										error,
										__(
											'The topic could not be deleted.',
											'ttdt-portal'
										)
									),
									{ id: NOTICE_ID }
								)
							),
				},
			]
		: [];

	const viewsProps = {
		view,
		onChangeView: setView,
		fields,
		data: topics as TopicItem[],
		isLoading,
		paginationInfo: { totalItems: topics.length, totalPages: 1 },
		defaultLayouts: { table: {} },
		actions,
		search: false,
		getItemId: ( item: TopicItem ) => String( item.id ),
		header: plan.editable ? (
			<Button
				variant="primary"
				size="compact"
				onClick={ () => setIsAdding( true ) }
			>
				{ __( 'Add topic', 'ttdt-portal' ) }
			</Button>
		) : undefined,
	} as React.ComponentProps< typeof DataViews< TopicItem > >;

	return (
		<section className="ttdt-plans__plan" aria-label={ plan.title }>
			<h2>{ plan.title }</h2>
			<div className="ttdt-plans__moves">
				{ plan.moves.map( ( status ) => (
					<Button
						key={ status }
						variant={ status === 'draft' ? 'secondary' : 'primary' }
						onClick={ () => move( status ) }
						__next40pxDefaultSize
					>
						{ moveLabels[ status ] ?? status }
					</Button>
				) ) }
				<Button
					variant="secondary"
					href={ plan.print_url }
					target="_blank"
					__next40pxDefaultSize
				>
					{ __( 'Print plan', 'ttdt-portal' ) }
				</Button>
			</div>
			<h3>{ __( 'Topics', 'ttdt-portal' ) }</h3>
			<DataViews< TopicItem > { ...viewsProps } />
			{ isAdding && (
				<Modal
					title={ __( 'Add topic', 'ttdt-portal' ) }
					onRequestClose={ () => setIsAdding( false ) }
				>
					{ form(
						{
							plan_id: plan.id,
							title: '',
							target: 1,
							starts_on: plan.starts_on,
							ends_on: plan.ends_on,
							assignee_id: 0,
							unit_id: 0,
							note: '',
						},
						() => setIsAdding( false )
					) }
				</Modal>
			) }
			<PlanProgressView plan={ plan.id } />
		</section>
	);
}
