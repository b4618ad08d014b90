/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { saveFile } from './spreadsheet';
import {
	AUDIT_ENTITY,
	AUDIT_FACETS_ENTITY,
	ENTITY_KIND,
	registerEntities,
} from './entities';
import type { AuditFacets, AuditLogEntry } from './generated/schemas';
import { useLoadError } from './use-load-error';

registerEntities();

/**
 * The largest total the server counts exactly (`AuditLog::COUNT_CAP`). Above it the route
 * answers `X-WP-Total: cap + 1` with `X-Ttdt-Total-Capped: 1`, meaning "more than the cap";
 * core-data keeps only `X-WP-Total`, so the screen compares against the same number.
 */
export const AUDIT_TOTAL_CAP = 10_000;

/** Filters of the audit log, as the REST route names them. */
export type AuditFilters = {
	user?: number;
	action?: string;
	object_type?: string;
	object_id?: number;
	date_from?: string;
	date_to?: string;
};

/**
 * Drops empty filters so they do not reach the query string.
 *
 * @param filters Filters.
 */
function compact( filters: AuditFilters ): Record< string, string | number > {
	return Object.fromEntries(
		Object.entries( filters ).filter(
			( [ , value ] ) =>
				value !== undefined && value !== '' && value !== 0
		)
	) as Record< string, string | number >;
}

/**
 * One page of the log, through core-data (`ttdt/audit`). With `beforeId` the server
 * continues from that entry (keyset), which stays fast however deep the page; without it,
 * `page` is an offset.
 *
 * @param filters  Filters.
 * @param page     Page number.
 * @param perPage  Entries per page.
 * @param beforeId Entry to continue after, if known.
 */
export function useAuditPage(
	filters: AuditFilters,
	page: number,
	perPage: number,
	beforeId?: number
) {
	const query = {
		...compact( filters ),
		per_page: perPage,
		...( beforeId ? { before_id: beforeId } : { page } ),
	};
	const { records, isResolving, totalItems, totalPages } =
		useEntityRecords< AuditLogEntry >( ENTITY_KIND, AUDIT_ENTITY, query );
	useLoadError(
		'getEntityRecords',
		[ ENTITY_KIND, AUDIT_ENTITY, query ],
		__( 'The audit log could not be loaded.', 'ttdt-portal' )
	);
	const entries = records ?? [];
	const total = totalItems ?? 0;
	const isCapped = total > AUDIT_TOTAL_CAP;
	return {
		entries,
		isLoading: isResolving,
		total,
		isCapped,
		// Past the cap the page count is a lower bound: a full page always offers the next, and
		// a page reached by cursor beyond the count is still inside the list.
		totalPages: isCapped
			? Math.max(
					totalPages ?? 0,
					entries.length === perPage ? page + 1 : page
				)
			: ( totalPages ?? 0 ),
	};
}

/**
 * The values offered as filters; undefined until they arrive.
 */
export function useAuditFacets(): AuditFacets | undefined {
	return useSelect(
		( select ) =>
			select( coreStore ).getEntityRecord(
				ENTITY_KIND,
				AUDIT_FACETS_ENTITY,
				undefined as unknown as string
			) as AuditFacets | undefined,
		[]
	);
}

/**
 * Downloads the entries matching the filters as a CSV file.
 *
 * @param filters Filters.
 */
export async function downloadAuditCsv(
	filters: AuditFilters
): Promise< void > {
	const response = ( await apiFetch( {
		path: addQueryArgs( '/ttdt/v1/audit/export', compact( filters ) ),
		parse: false,
	} ) ) as Response;
	const disposition = response.headers.get( 'Content-Disposition' ) ?? '';
	const name = /filename="([^"]+)"/.exec( disposition )?.[ 1 ] ?? 'audit.csv';
	saveFile( await response.blob(), name );
}
