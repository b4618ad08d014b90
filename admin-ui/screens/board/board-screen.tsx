/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import {
	DataViews,
	filterSortAndPaginate,
	type Action,
	type View,
} from '@wordpress/dataviews';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { pencil } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import {
	fetchBoard,
	MANAGE_BOARD_REL,
	type BoardEntry,
} from '../../data/board';
import EditMember from './edit-member';
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
 */
export default function BoardScreen() {
	const [ members, setMembers ] = useState< BoardEntry[] | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const fields = useMemo( boardFields, [] );

	useEffect( () => {
		fetchBoard()
			.then( setMembers )
			.catch( ( caught ) =>
				setError(
					caught?.message ??
						__( 'The roster could not be loaded.', 'ttdt-portal' )
				)
			);
	}, [] );

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
						onDone={ ( updated ) => {
							if ( updated ) {
								setMembers( ( current ) =>
									( current ?? [] ).map( ( member ) =>
										member.id === updated.id
											? { ...member, ...updated }
											: member
									)
								);
							}
							closeModal?.();
						} }
					/>
				),
			},
		],
		[]
	);

	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( members ?? [], view, fields ),
		[ members, view, fields ]
	);

	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		);
	}
	if ( ! members ) {
		return <Spinner />;
	}

	return (
		<div className="ttdt-board">
			<DataViews< BoardEntry >
				data={ data }
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
