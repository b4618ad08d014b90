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
import UnitForm from './unit-form';
import { unitFields } from './fields';
import { toItem, type UnitItem } from './types';
import { useUnits } from './use-units';

const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'name', direction: 'asc' },
	fields: [ 'ttdt_unit_head', 'ttdt_unit_email', 'ttdt_unit_phone' ],
	titleField: 'name',
	layout: {},
};

const LAYOUTS: SupportedLayouts = { table: {} };

/**
 * The units (phòng, ban, đoàn thể) feedback is forwarded to: name, head, e-mail (where the
 * answer links go) and phone. Administrators only; the organisation pages will reuse them.
 */
export default function UnitsScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ isAdding, setIsAdding ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const { records, isLoading, paginationInfo, save, remove } =
		useUnits( view );
	const fields = useMemo( unitFields, [] );
	const rows = useMemo(
		() => records.map( ( record ) => toItem( record ) ),
		[ records ]
	);

	const saved = () =>
		createSuccessNotice( __( 'Unit saved.', 'ttdt-portal' ), {
			id: 'ttdt-unit',
		} );

	const actions: Action< UnitItem >[] = useMemo(
		() => [
			{
				id: 'edit',
				label: __( 'Edit', 'ttdt-portal' ),
				icon: pencil,
				isPrimary: true,
				modalHeader: __( 'Edit unit', 'ttdt-portal' ),
				RenderModal: ( { items, closeModal } ) => (
					<UnitForm
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
				modalHeader: __( 'Delete unit', 'ttdt-portal' ),
				RenderModal: ( { items, closeModal } ) => (
					<div className="ttdt-unit-form">
						<p>
							{ sprintf(
								/* translators: %s: the unit's name. */
								__(
									'Move "%s" to the trash? Feedback already forwarded to it keeps its history.',
									'ttdt-portal'
								),
								items[ 0 ].name
							) }
						</p>
						<div className="ttdt-unit-form__actions">
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
												'Unit deleted.',
												'ttdt-portal'
											),
											{ id: 'ttdt-unit' }
										);
									} catch ( error ) {
										createErrorNotice(
											errorMessage(
												error,
												__(
													'The unit could not be deleted.',
													'ttdt-portal'
												)
											),
											{ id: 'ttdt-unit' }
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
		<div className="ttdt-units">
			<Notices />
			<DataViews< UnitItem >
				view={ view }
				onChangeView={ setView }
				fields={ fields }
				data={ rows }
				isLoading={ isLoading }
				paginationInfo={ paginationInfo }
				defaultLayouts={ LAYOUTS }
				actions={ actions }
				searchLabel={ __( 'Search units', 'ttdt-portal' ) }
				getItemId={ ( item ) => String( item.id ) }
				header={
					<Button
						variant="primary"
						size="compact"
						onClick={ () => setIsAdding( true ) }
					>
						{ __( 'Add unit', 'ttdt-portal' ) }
					</Button>
				}
			/>
			{ isAdding && (
				<Modal
					title={ __( 'Add unit', 'ttdt-portal' ) }
					onRequestClose={ () => setIsAdding( false ) }
				>
					<UnitForm
						initial={ toItem() }
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
