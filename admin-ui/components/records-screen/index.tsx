/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	DataViews,
	type Action,
	type SupportedLayouts,
	type View,
} from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { pencil, trash } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import ConfirmDelete from '../confirm-delete';
import Notices from '../notices';
import RecordForm from '../record-form';
import type { CheckedField } from '../form-controls';
import type { PostType } from '../../data/generated/contract';
import { usePostTypeList } from '../../data/use-post-type-list';
// Not named style.scss: wp-scripts would put a shared style.scss only in the first entry's
// style-<entry>.css, so every other screen would miss it.
import './records-screen.scss';

/** What a list screen says, in its own words. */
export type RecordsLabels< Item > = {
	add: string;
	edit: string;
	save: string;
	saved: string;
	saveFailed: string;
	remove: string;
	/** The question before moving a record to the trash. */
	removeQuestion: ( item: Item ) => string;
	removed: string;
	removeFailed: string;
	search: string;
};

type Props< Stored, Item > = {
	/** The post type the registry is kept in. */
	postType: PostType;
	/** A row of a record, or a new record's values when called without one. */
	toItem: ( record?: Stored ) => Item;
	/** The REST payload of a row. */
	toRecord: ( item: Item ) => object;
	/** Notice id of the screen's messages. */
	noticeId: string;
	defaultView: View;
	fields: CheckedField< Item >[];
	/** Ids of the fields the form shows. */
	formFields: string[];
	/** REST parameters the form names differently. */
	renamed?: Record< string, string >;
	labels: RecordsLabels< Item >;
};

const LAYOUTS: SupportedLayouts = { table: {} };

/**
 * A list screen of a registry kept on the server (collaborators, units…): DataViews with
 * the server's paging and search, a form in a dialog to add or edit, and a confirmed move to
 * the trash. Each screen brings its fields, words and data hook.
 *
 * @param props             Props.
 * @param props.postType
 * @param props.toItem
 * @param props.toRecord
 * @param props.noticeId
 * @param props.defaultView
 * @param props.fields
 * @param props.formFields
 * @param props.renamed
 * @param props.labels
 */
export default function RecordsScreen<
	Stored extends object,
	Item extends { id?: number },
>( {
	postType,
	toItem,
	toRecord,
	noticeId,
	defaultView,
	fields,
	formFields,
	renamed,
	labels,
}: Props< Stored, Item > ) {
	const [ view, setView ] = useState< View >( defaultView );
	const list = usePostTypeList< Stored, Item >( postType, view, toRecord );
	const rows = useMemo(
		() => list.records.map( ( record ) => toItem( record ) ),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- toItem is a module function.
		[ list.records ]
	);
	const [ isAdding, setIsAdding ] = useState( false );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const form = ( initial: Item, onDone: () => void ) => (
		<RecordForm< Item >
			initial={ initial }
			fields={ fields }
			formFields={ formFields }
			renamed={ renamed }
			onSave={ list.save }
			onDone={ onDone }
			saveLabel={ labels.save }
			saveFailed={ labels.saveFailed }
		/>
	);
	const saved = () => createSuccessNotice( labels.saved, { id: noticeId } );

	const actions: Action< Item >[] = useMemo(
		() => [
			{
				id: 'edit',
				label: __( 'Edit', 'ttdt-portal' ),
				icon: pencil,
				isPrimary: true,
				modalHeader: labels.edit,
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
				modalHeader: labels.remove,
				RenderModal: ( { items, closeModal } ) => (
					<ConfirmDelete
						question={ labels.removeQuestion( items[ 0 ] ) }
						onDelete={ () => list.remove( items[ 0 ].id ?? 0 ) }
						deleted={ labels.removed }
						failed={ labels.removeFailed }
						noticeId={ noticeId }
						closeModal={ closeModal }
					/>
				),
			},
		],
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the labels, fields and store actions are stable.
		[]
	);

	// Built apart and cast: DataViews makes `getItemId` required or not by a conditional type
	// on the item, which TypeScript cannot settle for a generic one.
	const viewsProps = {
		view,
		onChangeView: setView,
		fields,
		data: rows,
		isLoading: list.isLoading,
		paginationInfo: list.paginationInfo,
		defaultLayouts: LAYOUTS,
		actions,
		searchLabel: labels.search,
		getItemId: ( item: Item ) => String( item.id ),
		header: (
			<Button
				variant="primary"
				size="compact"
				onClick={ () => setIsAdding( true ) }
			>
				{ labels.add }
			</Button>
		),
	} as React.ComponentProps< typeof DataViews< Item > >;

	return (
		<div className="ttdt-records">
			<Notices />
			<DataViews< Item > { ...viewsProps } />
			{ isAdding && (
				<Modal
					title={ labels.add }
					onRequestClose={ () => setIsAdding( false ) }
				>
					{ form( toItem(), () => {
						setIsAdding( false );
						saved();
					} ) }
				</Modal>
			) }
		</div>
	);
}
