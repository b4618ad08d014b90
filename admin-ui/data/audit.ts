/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { AuditFacets, AuditLogEntry } from './generated/schemas';

/** Filters of the audit log, as the REST route names them. */
export type AuditFilters = {
	user?: number;
	action?: string;
	object_type?: string;
	object_id?: number;
	date_from?: string;
	date_to?: string;
};

export type AuditPage = {
	entries: AuditLogEntry[];
	total: number;
	totalPages: number;
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
 * One page of the log. With `beforeId` the server continues from that entry (keyset), which
 * stays fast however deep the page; without it, `page` is an offset.
 *
 * @param filters  Filters.
 * @param page     Page number.
 * @param perPage  Entries per page.
 * @param beforeId Entry to continue after, if known.
 */
export async function fetchAuditPage(
	filters: AuditFilters,
	page: number,
	perPage: number,
	beforeId?: number
): Promise< AuditPage > {
	const response = ( await apiFetch( {
		path: addQueryArgs( '/ttdt/v1/audit', {
			...compact( filters ),
			per_page: perPage,
			...( beforeId ? { before_id: beforeId } : { page } ),
		} ),
		parse: false,
	} ) ) as Response;
	return {
		entries: ( await response.json() ) as AuditLogEntry[],
		total: Number( response.headers.get( 'X-WP-Total' ) ?? 0 ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 0 ),
	};
}

/**
 * The values offered as filters.
 */
export function fetchAuditFacets(): Promise< AuditFacets > {
	return apiFetch< AuditFacets >( { path: '/ttdt/v1/audit/facets' } );
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
	const url = URL.createObjectURL( await response.blob() );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = name;
	document.body.appendChild( link );
	link.click();
	link.remove();
	// Give the browser time to start the download before the blob is released.
	setTimeout( () => URL.revokeObjectURL( url ), 10_000 );
}
