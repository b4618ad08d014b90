/**
 * WordPress dependencies
 */
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import type { View } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import type { Collaborator, CollaboratorForm } from './types';
import { toRecord } from './types';

export const POST_TYPE = 'ttdt_collaborator';

/**
 * One page of the registry for a DataViews view (searched and paged by the server), and the
 * operations on it, through core-data's `postType` entity for the registry.
 *
 * @param view The DataViews view.
 */
export function useCollaborators( view: View ) {
	const { records, isResolving, totalItems, totalPages } =
		useEntityRecords< Collaborator >( 'postType', POST_TYPE, {
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
		save: ( form: CollaboratorForm ) =>
			saveEntityRecord( 'postType', POST_TYPE, toRecord( form ), {
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
