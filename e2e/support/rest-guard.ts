/**
 * External dependencies
 */
import type { APIResponse } from '@playwright/test';
import fc from 'fast-check';

/**
 * What the REST index says of one route of a namespace.
 */
type IndexRoute = {
	methods: string[];
	endpoints: Array< {
		methods: string[];
		args: Record< string, ArgSchema >;
	} >;
};

type ArgSchema = {
	type?: string | string[];
	required?: boolean;
	enum?: unknown[];
	format?: string;
	pattern?: string;
	minimum?: number;
};

// Strings tried, in order, for an argument with a pattern.
const STRING_SAMPLES = [
	'2026-01-05',
	'2026',
	'x',
	'1',
	'ttdt_x',
	'0'.repeat( 64 ),
];

/** One request the guard sends: a route with its path parameters filled in, and a method. */
export type GuardedCall = {
	key: string;
	method: string;
	path: string;
	data: Record< string, unknown >;
};

/**
 * A value of the right shape for an argument, so that a route's validation lets the request
 * through to its permission check (WordPress validates arguments first).
 *
 * @param schema Argument schema from the index.
 */
function sampleValue( schema: ArgSchema ): unknown {
	if ( schema.enum?.length ) {
		return schema.enum[ 0 ];
	}
	const type = Array.isArray( schema.type ) ? schema.type[ 0 ] : schema.type;
	switch ( type ) {
		case 'integer':
		case 'number':
			return schema.minimum ?? 1;
		case 'boolean':
			return true;
		case 'array':
			return [];
		case 'object':
			return {};
		default: {
			const pattern = schema.pattern
				? new RegExp( schema.pattern )
				: null;
			return (
				STRING_SAMPLES.find(
					( sample ) => ! pattern || pattern.test( sample )
				) ?? 'x'
			);
		}
	}
}

/**
 * Fills `(?P<id>\d+)`-style parameters: numeric ones get the id of an existing object of the
 * route's resource (`ids`, by the route's first segment after the namespace; else 1: the first
 * post and user exist on every site), four digits a year, anything else a string its pattern
 * matches. An id that exists matters: core's controllers answer 404 for a missing object
 * before they check permissions.
 *
 * @param route Route pattern.
 * @param ids   Existing object ids by resource, e.g. `{ collaborators: 12 }`.
 */
function fillPath( route: string, ids: Record< string, number > ): string {
	const resource = route.split( '/' )[ 3 ] ?? '';
	let result = '';
	let index = 0;
	while ( index < route.length ) {
		const start = route.indexOf( '(?P<', index );
		if ( start < 0 ) {
			result += route.slice( index );
			break;
		}
		result += route.slice( index, start );
		let depth = 0;
		let end = start;
		for ( ; end < route.length; end++ ) {
			if ( route[ end ] === '(' && route[ end - 1 ] !== '\\' ) {
				depth++;
			} else if ( route[ end ] === ')' && route[ end - 1 ] !== '\\' ) {
				depth--;
				if ( depth === 0 ) {
					break;
				}
			}
		}
		const inner = route.slice( start, end ).replace( /^\(\?P<\w+>/, '' );
		if ( /^(\\d|\[\\d\]|\[0-9\])\{4\}$/.test( inner ) ) {
			// Four digits: a year (e.g. the royalty rules of a fiscal year).
			result += '2026';
		} else if ( /^(\\d|\[\\d\]|\[0-9\])\+$/.test( inner ) ) {
			result += String( ids[ resource ] ?? 1 );
		} else {
			// Any other shape (an archive's name, a slug): a string the route matches, the
			// same on every run.
			result += encodeURIComponent(
				fc.sample(
					fc.stringMatching( new RegExp( `^(?:${ inner })$` ) ),
					{ numRuns: 1, seed: 42 }
				)[ 0 ]
			);
		}
		index = end + 1;
	}
	return result;
}

/**
 * Every method of every route the index lists for a namespace, as requests to send.
 *
 * @param routes The index's `routes` (from `GET /wp-json/<namespace>`).
 * @param ids    Existing object ids by resource (see fillPath()).
 */
export function guardedCalls(
	routes: Record< string, IndexRoute >,
	ids: Record< string, number > = {}
): GuardedCall[] {
	const calls: GuardedCall[] = [];
	for ( const [ route, info ] of Object.entries( routes ) ) {
		if ( ! route.includes( '/', 1 ) || route.split( '/' ).length < 4 ) {
			continue; // The namespace's own index.
		}
		for ( const endpoint of info.endpoints ) {
			for ( const method of endpoint.methods ) {
				if ( method === 'HEAD' || method === 'OPTIONS' ) {
					continue;
				}
				const data: Record< string, unknown > = {};
				for ( const [ name, schema ] of Object.entries(
					endpoint.args ?? {}
				) ) {
					if (
						schema.required &&
						! route.includes( `<${ name }>` )
					) {
						data[ name ] = sampleValue( schema );
					}
				}
				calls.push( {
					key: `${ route.replace( /^\//, '' ) } ${ method }`,
					method,
					path: fillPath( route, ids ),
					data,
				} );
			}
		}
	}
	return calls;
}

/**
 * The calls whose answer is not the expected refusal, with what came back instead.
 *
 * @param calls    Calls to make.
 * @param send     Sends one call as the user under test.
 * @param expected The status a refusal must have (401 anonymous, 403 signed in).
 */
export async function unguarded(
	calls: GuardedCall[],
	send: ( call: GuardedCall ) => Promise< APIResponse >,
	expected: number
): Promise< string[] > {
	const problems: string[] = [];
	for ( const call of calls ) {
		const response = await send( call );
		if ( response.status() !== expected ) {
			problems.push(
				`${ call.key } → ${ response.status() } ${ (
					await response.text()
				).slice( 0, 120 ) }`
			);
		}
	}
	return problems;
}
