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
import { __, sprintf } from '@wordpress/i18n';
import { pencil, trash } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { errorMessage } from '../../data/error-message';
import CollaboratorForm from './collaborator-form';
import { collaboratorFields } from './fields';
import { toForm, toItem, type CollaboratorItem } from './types';
import { useCollaborators } from './use-collaborators';

const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'name', direction: 'asc' },
	fields: [ 'ttdt_unit', 'ttdt_phone', 'ttdt_email', 'published_count' ],
	titleField: 'name',
	layout: {},
};

const LAYOUTS: SupportedLayouts = { table: {} };

/**
 * The collaborator registry (Art. 6.3.5): everyone who writes for the page, with or without
 * an account, with their unit, contact and how many of their items are published.
 */
export default function CollaboratorsScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ isAdding, setIsAdding ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const { records, isLoading, paginationInfo, save, remove } =
		useCollaborators( view );
	const fields = useMemo( collaboratorFields, [] );
	const rows = useMemo( () => records.map( toItem ), [ records ] );

	const saved = () =>
		createSuccessNotice( __( 'Collaborator saved.', 'ttdt-portal' ), {
			id: 'ttdt-collaborator',
		} );

	const actions: Action< CollaboratorItem >[] = useMemo(
		() => [
			{
				id: 'edit',
				label: __( 'Edit', 'ttdt-portal' ),
				icon: pencil,
				isPrimary: true,
				modalHeader: __( 'Edit collaborator', 'ttdt-portal' ),
				RenderModal: ( { items, closeModal } ) => (
					<CollaboratorForm
						initial={ items[ 0 ] }
						fields={ fields }
						onSave={ save }
						onDone={ () => {
							closeModal?.();
							saved();
						} }
					/>
				),
			},
			{
				id: 'delete',
				label: __( 'Delete', 'ttdt-portal' ),
				icon: trash,
				isDestructive: true,
				modalHeader: __( 'Delete collaborator', 'ttdt-portal' ),
				RenderModal: ( { items, closeModal } ) => (
					<div className="ttdt-collaborator-form">
						<p>
							{ sprintf(
								/* translators: %s: the collaborator's name. */
								__(
									'Move "%s" to the trash? Items they wrote keep their writer\'s name.',
									'ttdt-portal'
								),
								items[ 0 ].name
							) }
						</p>
						<div className="ttdt-collaborator-form__actions">
							<Button
								variant="tertiary"
								onClick={ closeModal }
								__next40pxDefaultSize
							>
								{ __( 'Cancel', 'ttdt-portal' ) }
							</Button>
							<Button
								variant="primary"
								isDestructive
								__next40pxDefaultSize
								onClick={ async () => {
									try {
										await remove( items[ 0 ].id ?? 0 );
										createSuccessNotice(
											__(
												'Collaborator deleted.',
												'ttdt-portal'
											),
											{ id: 'ttdt-collaborator' }
										);
									} catch ( error ) {
										createErrorNotice(
											errorMessage(
												error,
												__(
													'The collaborator could not be deleted.',
													'ttdt-portal'
												)
											),
											{ id: 'ttdt-collaborator' }
										);
									}
									closeModal?.();
								} }
							>
								{ __( 'Delete', 'ttdt-portal' ) }
							</Button>
						</div>
					</div>
				),
			},
		],
		// eslint-disable-next-line react-hooks/exhaustive-deps -- the store actions are stable.
		[]
	);

	return (
		<div className="ttdt-collaborators">
			<Notices />
			<DataViews< CollaboratorItem >
				view={ view }
				onChangeView={ setView }
				fields={ fields }
				data={ rows }
				isLoading={ isLoading }
				paginationInfo={ paginationInfo }
				defaultLayouts={ LAYOUTS }
				actions={ actions }
				searchLabel={ __( 'Search collaborators', 'ttdt-portal' ) }
				getItemId={ ( item ) => String( item.id ) }
				header={
					<Button
						variant="primary"
						size="compact"
						onClick={ () => setIsAdding( true ) }
					>
						{ __( 'Add collaborator', 'ttdt-portal' ) }
					</Button>
				}
			/>
			{ isAdding && (
				<Modal
					title={ __( 'Add collaborator', 'ttdt-portal' ) }
					onRequestClose={ () => setIsAdding( false ) }
				>
					<CollaboratorForm
						initial={ toForm() }
						fields={ fields }
						onSave={ save }
						onDone={ () => {
							setIsAdding( false );
							saved();
						} }
					/>
				</Modal>
			) }
		</div>
	);
}
