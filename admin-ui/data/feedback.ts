/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import type { View } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ENTITY_KIND, FEEDBACK_ENTITY, registerEntities } from './entities';
import type { FeedbackItem } from './generated/schemas';
import { useChoices, type Choice } from './schema-labels';
import { useLoadError } from './use-load-error';

registerEntities();

/** The REST route of the inbox; its schema names the types, statuses and channels. */
export const FEEDBACK_PATH = '/ttdt/v1/feedback/items';

export type { FeedbackItem };
export type FeedbackHistoryEntry = NonNullable<
	FeedbackItem[ 'events' ]
>[ number ] & { label?: string };

/**
 * The detail's query: the `edit` context, which carries the history and files. A query of
 * its own, since core-data takes an item of the list (without them) for the plain record.
 */
const DETAIL = { context: 'edit' };

/** The actions of `ttdt/v1/feedback/items/<id>/<action>`. */
export type FeedbackAction =
	'classify' | 'forward' | 'note' | 'answer' | 'send' | 'publish' | 'close';

/**
 * The server's query for a DataViews view: filters, search, sort and page.
 *
 * @param view The view.
 */
export function inboxQuery( view: View ): Record< string, unknown > {
	const query: Record< string, unknown > = {
		page: view.page ?? 1,
		per_page: view.perPage ?? 20,
		search: view.search || undefined,
		orderby: view.sort?.field ?? 'received_at',
		order: view.sort?.direction ?? 'desc',
	};
	for ( const filter of view.filters ?? [] ) {
		const value = filter.value as unknown;
		if ( value === undefined || value === '' ) {
			continue;
		}
		if ( filter.field === 'status' || filter.field === 'type' ) {
			query[ filter.field ] = Array.isArray( value ) ? value : [ value ];
		} else if ( filter.field === 'unit_name' ) {
			query.unit = Number( value );
		} else if ( filter.field === 'holder_name' ) {
			query.holder = Number( value );
		} else if ( filter.field === 'overdue' ) {
			query.overdue = value === true || value === 'true';
		}
	}
	return query;
}

/**
 * One page of the inbox, through core-data, and the server's names of its enums.
 *
 * @param view The DataViews view.
 */
export function useInbox( view: View ) {
	const query = inboxQuery( view );
	const { records, isResolving, totalItems, totalPages } =
		useEntityRecords< FeedbackItem >( ENTITY_KIND, FEEDBACK_ENTITY, query );
	useLoadError(
		'getEntityRecords',
		[ ENTITY_KIND, FEEDBACK_ENTITY, query ],
		__( 'The feedback inbox could not be loaded.', 'ttdt-portal' )
	);
	const choices = useChoices( FEEDBACK_PATH );
	return {
		items: records ?? [],
		isLoading: isResolving || ! choices,
		choices: choices as Record< string, Choice[] > | undefined,
		paginationInfo: {
			totalItems: totalItems ?? 0,
			totalPages: totalPages ?? 0,
		},
	};
}

/**
 * One item with its history and files.
 *
 * @param id Item ID.
 */
export function useFeedbackItem( id: number ) {
	return useSelect(
		( select ) => {
			const store = select( coreStore ) as unknown as {
				getEntityRecord: (
					kind: string,
					name: string,
					key: number,
					query: object
				) => FeedbackItem | undefined;
				hasFinishedResolution: (
					selector: string,
					args: unknown[]
				) => boolean;
			};
			const args = [ ENTITY_KIND, FEEDBACK_ENTITY, id, DETAIL ] as const;
			return {
				item: store.getEntityRecord( ...args ),
				isLoading: ! store.hasFinishedResolution( 'getEntityRecord', [
					...args,
				] ),
			};
		},
		[ id ]
	);
}

/**
 * Runs an action on an item, then has the list and the item read again.
 */
export function useFeedbackAction() {
	const { invalidateResolution, invalidateResolutionForStoreSelector } =
		useDispatch( coreStore ) as unknown as {
			invalidateResolution: ( selector: string, args: unknown[] ) => void;
			invalidateResolutionForStoreSelector: ( selector: string ) => void;
		};
	return async (
		id: number,
		action: FeedbackAction,
		data: Record< string, unknown > = {}
	): Promise< FeedbackItem > => {
		const item = await apiFetch< FeedbackItem >( {
			path: `${ FEEDBACK_PATH }/${ id }/${ action }`,
			method: 'POST',
			data,
		} );
		invalidateResolution( 'getEntityRecord', [
			ENTITY_KIND,
			FEEDBACK_ENTITY,
			id,
			DETAIL,
		] );
		invalidateResolutionForStoreSelector( 'getEntityRecords' );
		return item;
	};
}
