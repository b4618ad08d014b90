/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { useDebounce } from '@wordpress/compose';
import { useEffect, useState } from '@wordpress/element';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import type { ProvenanceSuggestion } from '../../data/generated/schemas';

export type SuggestionField = 'source' | 'writer';

export type Suggestions = {
	items: ProvenanceSuggestion[];
	/** The text the items answer (trimmed), or null before the first answer. */
	term: string | null;
};

const cache = new Map< string, ProvenanceSuggestion[] >();
let forbidden = false;

/** Tries of one search before giving up on a failing network (a slow site drops requests). */
const ATTEMPTS = 3;
const RETRY_DELAY = 1500;

/**
 * Suggestions for a field, for the text typed so far (debounced, cached per page). Users who
 * may not read the registry get none and type freely.
 *
 * @param field  `source` or `writer`.
 * @param search Text typed so far.
 * @return The suggestions and the text they answer.
 */
export function useSuggestions(
	field: SuggestionField,
	search: string
): Suggestions {
	const [ term, setTerm ] = useState( search.trim() );
	const [ result, setResult ] = useState< Suggestions >( () => ( {
		items: cache.get( `${ field }:${ term }` ) ?? [],
		term: cache.has( `${ field }:${ term }` ) ? term : null,
	} ) );
	const [ attempt, setAttempt ] = useState( 1 );
	const debouncedSetTerm = useDebounce( setTerm, 300 );

	useEffect( () => {
		debouncedSetTerm( search.trim() );
	}, [ search, debouncedSetTerm ] );

	useEffect( () => {
		const key = `${ field }:${ term }`;
		const cached = cache.get( key );
		if ( cached ) {
			setResult( { items: cached, term } );
			return undefined;
		}
		if ( forbidden ) {
			return undefined;
		}
		let active = true;
		let retry: ReturnType< typeof setTimeout > | undefined;
		apiFetch< ProvenanceSuggestion[] >( {
			path: addQueryArgs( '/ttdt/v1/provenance/suggestions', {
				field,
				search: term,
			} ),
		} )
			.then( ( items ) => {
				cache.set( key, items );
				if ( active ) {
					setResult( { items, term } );
				}
			} )
			.catch( ( error: { data?: { status?: number } } ) => {
				if ( [ 401, 403 ].includes( error?.data?.status ?? 0 ) ) {
					forbidden = true;
				} else if ( active && attempt < ATTEMPTS ) {
					// The link to a collaborator waits on this answer: ask again.
					retry = setTimeout(
						() => setAttempt( attempt + 1 ),
						RETRY_DELAY
					);
				}
			} );
		return () => {
			active = false;
			clearTimeout( retry );
		};
	}, [ field, term, attempt ] );

	// A new text gets its own tries.
	useEffect( () => setAttempt( 1 ), [ term ] );

	return result;
}
