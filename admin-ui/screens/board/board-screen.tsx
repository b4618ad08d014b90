/**
 * WordPress dependencies
 */
import {
	DataViews,
	filterSortAndPaginate,
	type Action,
	type View,
} from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { lock, pencil } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import {
	END_SESSIONS_REL,
	MANAGE_BOARD_REL,
	useBoard,
	type BoardEntry,
} from '../../data/board';
import EditMember from './edit-member';
import EndSessions from './end-sessions';
import { boardFields } from './fields';

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	sort: { field: 'position', direction: 'asc' },
	titleField: 'name',
	fields: [ 'position', 'role', 'decision', 'term' ],
	filters: [],
	layout: {},
};

/**
 * The editorial-board roster: positions, appointing decisions, terms and permission levels.
 * Read and saved through core-data (`ttdt/board`); errors of the load come as notices.
 */
export default function BoardScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const { members, isLoading, choices, save } = useBoard();
	const fields = useMemo(
		() => boardFields( choices ?? { position: [], role: [] } ),
		[ choices ]
	);

	const actions: Action< BoardEntry >[] = useMemo(
		() => [
			{
				id: 'edit',
				label: __( 'Edit', 'ttdt-portal' ),
				icon: pencil,
				isPrimary: true,
				isEligible: ( item ) => !! item._links?.[ MANAGE_BOARD_REL ],
				modalHeader: __(
					'Board position and permission level',
					'ttdt-portal'
				),
				RenderModal: ( { items, closeModal } ) => (
					<EditMember
						member={ items[ 0 ] }
						fields={ fields }
						choices={ choices ?? { position: [], role: [] } }
						onSave={ save }
						onDone={ () => closeModal?.() }
					/>
				),
			},
			{
				id: 'end-sessions',
				label: __( 'End all sessions', 'ttdt-portal' ),
				icon: lock,
				isEligible: ( item ) => !! item._links?.[ END_SESSIONS_REL ],
				modalHeader: __(
					'End all sessions of this account?',
					'ttdt-portal'
				),
				RenderModal: ( { items, closeModal } ) => (
					<EndSessions
						member={ items[ 0 ] }
						onDone={ () => closeModal?.() }
					/>
				),
			},
		],
		// `save` is a store action: stable.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[ fields, choices ]
	);

	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( members, view, fields ),
		[ members, view, fields ]
	);

	return (
		<div className="ttdt-board">
			<Notices />
			<DataViews< BoardEntry >
				data={ data }
				isLoading={ isLoading }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				actions={ actions }
				paginationInfo={ paginationInfo }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
				searchLabel={ __( 'Search by name', 'ttdt-portal' ) }
			/>
		</div>
	);
}
