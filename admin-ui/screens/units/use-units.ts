/**
 * WordPress dependencies
 */
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import { toRecord, type Unit, type UnitItem } from './types';

export const POST_TYPE = 'ttdt_unit';

/**
 * One page of units for a DataViews view, and the operations on them, through core-data's
 * `postType` entity.
 *
 * @param view The DataViews view.
 */
export function useUnits( view: View ) {
	const { records, isResolving, totalItems, totalPages } =
		useEntityRecords< Unit >( 'postType', POST_TYPE, {
			per_page: view.perPage ?? 20,
			page: view.page ?? 1,
			search: view.search || undefined,
			orderby: 'title',
			order: view.sort?.direction ?? 'asc',
			status: 'publish',
		} );
	const { saveEntityRecord, deleteEntityRecord } = useDispatch( coreStore );
	return {
		records: records ?? [],
		isLoading: isResolving,
		paginationInfo: {
			totalItems: totalItems ?? 0,
			totalPages: totalPages ?? 0,
		},
		save: ( item: UnitItem ) =>
			saveEntityRecord( 'postType', POST_TYPE, toRecord( item ), {
				throwOnError: true,
			} ),
		remove: ( id: number ) =>
			deleteEntityRecord(
				'postType',
				POST_TYPE,
				id,
				{},
				{ throwOnError: true }
			),
	};
}
