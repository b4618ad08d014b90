/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	ROYALTY_LINES_ENTITY,
	registerEntities,
} from './entities';
import type { RoyaltyLine } from './generated/schemas';

registerEntities();

/** A month's figures of the dashboard. */
export type MonthFigures = {
	period: string;
	royalties: number;
	fees: number;
	other: number;
	unpaid: number;
};

/** `GET ttdt/v1/royalty/summary`. */
export type RoyaltySummary = {
	year: number;
	budget: number;
	spent: number;
	unpaid: number;
	months: MonthFigures[];
	genres: { genre: string; label: string; total: number }[];
	top: { name: string; user_id: number; total: number; items: number }[];
	can_manage: boolean;
	can_export: boolean;
};

/** One payee's row of a statement. */
export type StatementRow = {
	name: string;
	user_id: number;
	lines: number;
	royalties: number;
	fees: number;
	other: number;
	total: number;
};

/** `GET ttdt/v1/royalty/statement`. */
export type RoyaltyStatement = {
	period: string;
	rows: StatementRow[];
	total: number;
	in_words: string;
};

/** A ledger line with the links telling what the user may do with it. */
export type RoyaltyLineWithLinks = RoyaltyLine & {
	_links?: Record< string, unknown >;
};

/**
 * A report of the server, read again whenever its query or `version` changes.
 *
 * @param path    Route.
 * @param query   Query arguments.
 * @param version Bump to read again after a change.
 */
export function useReport< T >(
	path: string,
	query: Record< string, string | number >,
	version = 0
): { data: T | null; error: unknown } {
	const [ state, setState ] = useState< { data: T | null; error: unknown } >(
		{ data: null, error: null }
	);
	const key = JSON.stringify( [ path, query, version ] );
	useEffect( () => {
		let live = true;
		apiFetch< T >( { path: addQueryArgs( path, query ) } ).then(
			( data ) => live && setState( { data, error: null } ),
			( error ) => live && setState( { data: null, error } )
		);
		return () => {
			live = false;
		};
		// The key stands for path, query and version.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ key ] );
	return state;
}

/**
 * One page of ledger lines through core-data.
 *
 * @param query Filters and page.
 */
export function useRoyaltyLines( query: Record< string, string | number > ) {
	const { records, isResolving } = useEntityRecords< RoyaltyLineWithLinks >(
		ENTITY_KIND,
		ROYALTY_LINES_ENTITY,
		query
	);
	const key = JSON.stringify( query );
	const totals = useSelect(
		( select ) => ( {
			total:
				select( coreStore ).getEntityRecordsTotalItems(
					ENTITY_KIND,
					ROYALTY_LINES_ENTITY,
					query
				) ?? 0,
			pages:
				select( coreStore ).getEntityRecordsTotalPages(
					ENTITY_KIND,
					ROYALTY_LINES_ENTITY,
					query
				) ?? 1,
		} ),
		// The key stands for the query, a new object on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[ key ]
	);
	return { lines: records ?? [], isLoading: isResolving, ...totals };
}

/**
 * Every line of a period, page by page (for the spreadsheet).
 *
 * @param period Period.
 */
export async function allLines(
	period: string
): Promise< RoyaltyLineWithLinks[] > {
	const lines: RoyaltyLineWithLinks[] = [];
	for ( let page = 1; ; page++ ) {
		const batch = await apiFetch< RoyaltyLineWithLinks[] >( {
			path: addQueryArgs( '/ttdt/v1/royalty/lines', {
				period,
				page,
				per_page: 500,
			} ),
		} );
		lines.push( ...batch );
		if ( batch.length < 500 ) {
			return lines;
		}
	}
}
