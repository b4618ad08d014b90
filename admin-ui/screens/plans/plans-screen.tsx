/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	DataViews,
	filterSortAndPaginate,
	type Action,
	type View,
} from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { pencil, seen, trash } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import ConfirmDelete from '../../components/confirm-delete';
import Notices from '../../components/notices';
import RecordForm from '../../components/record-form';
import type { Plan } from '../../data/generated/schemas';
import { PLANS_PATH, usePlanWrites, usePlans } from '../../data/plans';
import { useChoices } from '../../data/schema-labels';
import { planFields, type PlanItem } from './fields';
import PlanDetail from './plan-detail';
import PlanCalendar from './plan-calendar';

const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 10,
	fields: [ 'period', 'year', 'status', 'topics_count' ],
	titleField: 'title',
	layout: {},
};

const FORM_FIELDS = [ 'title', 'period', 'year', 'note' ];

/** Where notices of the screen go. */
const NOTICE_ID = 'ttdt-plans';

/**
 * The editorial plans (Art. 6.3.1): the list of six-month and annual plans, one plan opened
 * with its topics, its state actions (submit, approve, return), its progress and its print,
 * and the month calendar of planned topics and published items.
 */
export default function PlansScreen() {
	const named = useChoices( PLANS_PATH );
	const fields = useMemo( () => planFields( named ?? {} ), [ named ] );
	const { plans, isLoading } = usePlans();
	const writes = usePlanWrites();
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ openId, setOpenId ] = useState< number >( 0 );
	const [ isAdding, setIsAdding ] = useState( false );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( plans as PlanItem[], view, fields ),
		[ plans, view, fields ]
	);
	const open = plans.find( ( plan ) => plan.id === openId );

	const form = ( initial: PlanItem, onDone: () => void ) => (
		<RecordForm< PlanItem >
			initial={ initial }
			fields={ fields }
			formFields={ FORM_FIELDS }
			onSave={ ( values ) =>
				writes.savePlan( {
					id: values.id,
					title: values.title,
					period: values.period,
					year: values.year,
					note: values.note,
				} )
			}
			onDone={ onDone }
			saveLabel={ __( 'Save plan', 'ttdt-portal' ) }
			saveFailed={ __( 'The plan could not be saved.', 'ttdt-portal' ) }
		/>
	);
	const saved = () =>
		createSuccessNotice( __( 'Plan saved.', 'ttdt-portal' ), {
			id: NOTICE_ID,
		} );

	const actions: Action< PlanItem >[] = [
		{
			id: 'open',
			label: __( 'Open', 'ttdt-portal' ),
			icon: seen,
			isPrimary: true,
			callback: ( items ) => setOpenId( items[ 0 ].id ?? 0 ),
		},
		{
			id: 'edit',
			label: __( 'Edit', 'ttdt-portal' ),
			icon: pencil,
			isEligible: ( item ) => !! item.editable,
			modalHeader: __( 'Edit plan', 'ttdt-portal' ),
			RenderModal: ( { items, closeModal } ) =>
				form( items[ 0 ], () => {
					closeModal?.();
					saved();
				} ),
		},
		{
			id: 'delete',
			label: __( 'Delete', 'ttdt-portal' ),
			icon: trash,
			isDestructive: true,
			isEligible: ( item ) => !! item.editable,
			modalHeader: __( 'Delete plan', 'ttdt-portal' ),
			RenderModal: ( { items, closeModal } ) => (
				<ConfirmDelete
					question={ sprintf(
						/* translators: %s: title of the plan. */
						__(
							'Delete the draft plan "%s" and its topics?',
							'ttdt-portal'
						),
						items[ 0 ].title
					) }
					onDelete={ () => writes.deletePlan( items[ 0 ].id ?? 0 ) }
					deleted={ __( 'Plan deleted.', 'ttdt-portal' ) }
					failed={ __(
						'The plan could not be deleted.',
						'ttdt-portal'
					) }
					noticeId={ NOTICE_ID }
					closeModal={ closeModal }
				/>
			),
		},
	];

	// Built apart and cast, as the records screen does: `getItemId` is typed by a conditional.
	const viewsProps = {
		view,
		onChangeView: setView,
		fields,
		data,
		isLoading,
		paginationInfo,
		defaultLayouts: { table: {} },
		actions,
		searchLabel: __( 'Search plans', 'ttdt-portal' ),
		getItemId: ( item: PlanItem ) => String( item.id ),
		header: (
			<Button
				variant="primary"
				size="compact"
				onClick={ () => setIsAdding( true ) }
			>
				{ __( 'Add plan', 'ttdt-portal' ) }
			</Button>
		),
	} as React.ComponentProps< typeof DataViews< PlanItem > >;

	return (
		<div className="ttdt-plans">
			<Notices />
			<DataViews< PlanItem > { ...viewsProps } />
			{ isAdding && (
				<Modal
					title={ __( 'Add plan', 'ttdt-portal' ) }
					onRequestClose={ () => setIsAdding( false ) }
				>
					{ form(
						{
							title: '',
							period: 'H1',
							year: new Date().getFullYear(),
							note: '',
						},
						() => {
							setIsAdding( false );
							saved();
						}
					) }
				</Modal>
			) }
			{ open && <PlanDetail plan={ open as Plan } /> }
			<PlanCalendar />
		</div>
	);
}
