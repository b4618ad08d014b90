/**
 * WordPress dependencies
 */
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { PostType } from './generated/contract';

/**
 * One page of a registry kept as a post type (collaborators, units…) for a DataViews view,
 * searched, sorted by name and paged by the server, and the operations on it, through
 * core-data's `postType` entity.
 *
 * @param postType The post type.
 * @param view     The DataViews view.
 * @param toRecord The REST payload of an edited row.
 */
export function usePostTypeList< Stored, Item >(
	postType: PostType,
	view: View,
	toRecord: ( item: Item ) => object
) {
	const { records, isResolving, totalItems, totalPages } =
		useEntityRecords< Stored >( 'postType', postType, {
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
		save: ( item: Item ) =>
			saveEntityRecord( 'postType', postType, toRecord( item ), {
				throwOnError: true,
			} ),
		remove: ( id: number ) =>
			deleteEntityRecord(
				'postType',
				postType,
				id,
				{},
				{ throwOnError: true }
			),
	};
}
