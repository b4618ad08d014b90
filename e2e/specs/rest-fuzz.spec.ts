/**
 * External dependencies
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { payload, type ArgSchema } from '../support/fuzz';
import {
	debugLogMark,
	nativeSite,
	archiveStoreFiles,
	phpProblemsSince,
	sql,
} from '../support/native-db';
import { sessionFor, type Session } from '../support/session';
import { ensureUser } from '../support/users';
import { createItems, ROLES } from '../support/workflow';
import { print } from '../support/print';

/*
 * Property-based fuzzing of every route of ttdt/v1 the REST index lists: per route and method
 * RUNS payloads from the arguments' schemas plus hostile values, as the administrator and as a
 * collaborator. Most run in-process (scripts/fuzz/rest-runner.php: WordPress booted once, each
 * request rolled back); a sample goes over HTTP and is kept, so real requests and what they
 * store are checked too. Seeded: TTDT_FUZZ_SEED=<seed> replays a run.
 */
const RUNS = Number( process.env.TTDT_FUZZ_RUNS || 1000 );
const HTTP_SAMPLE = Number( process.env.TTDT_FUZZ_HTTP || 5 );
const SHARDS = 2;
const SEED = Number( process.env.TTDT_FUZZ_SEED || Date.now() % 2 ** 31 );
const root = path.resolve( __dirname, '..', '..' );

type Case = {
	method: string;
	route: string;
	user: number;
	query: Record< string, unknown >;
	body: Record< string, unknown > | string | null;
	form: boolean;
};

/**
 * Raw bytes as a string of the same code units (for the HTTP sample).
 * @param value
 */
function plain( value: unknown ): unknown {
	if ( Array.isArray( value ) ) {
		return value.map( plain );
	}
	if ( value && typeof value === 'object' ) {
		if ( '$bytes' in value ) {
			return Buffer.from(
				String( ( value as { $bytes: string } ).$bytes ),
				'base64'
			).toString( 'latin1' );
		}
		return Object.fromEntries(
			Object.entries( value ).map( ( [ k, v ] ) => [ k, plain( v ) ] )
		);
	}
	return value;
}

/**
 * Query arguments as PHP reads them from a URL: strings, or lists of strings (`a[]=x`). A query
 * string cannot carry null, numbers or objects, so the in-process runner must not get them.
 * @param args Generated arguments.
 */
function asQueryString(
	args: Record< string, unknown >
): Record< string, unknown > {
	// One value of a query string: strings and raw bytes as they are, the rest as text.
	const text = ( value: unknown ): unknown => {
		if (
			typeof value === 'string' ||
			( value && typeof value === 'object' && '$bytes' in value )
		) {
			return value;
		}
		if ( typeof value === 'number' || typeof value === 'boolean' ) {
			return String( value );
		}
		return JSON.stringify( value );
	};
	const present = ( value: unknown ) => value !== null && value !== undefined;
	return Object.fromEntries(
		Object.entries( args )
			.filter( ( [ , value ] ) => present( value ) )
			.map( ( [ key, value ] ) => [
				key,
				Array.isArray( value )
					? value.filter( present ).map( text )
					: text( value ),
			] )
	);
}

/**
 * Runs one share of the cases in a PHP process of its own (scripts/fuzz/rest-runner.php).
 *
 * @param dir   Folder of the run's files.
 * @param shard Number of the share.
 * @param slice Its cases.
 */
function runShard( dir: string, shard: number, slice: Case[] ) {
	const input = path.join( dir, `cases-${ shard }.json` );
	const output = path.join( dir, `results-${ shard }.json` );
	const archives = path.join( dir, `archives-${ shard }` );
	fs.writeFileSync( input, JSON.stringify( slice ) );
	fs.rmSync( output, { force: true } );
	return new Promise< {
		results: Array< { status: number; problem: string } >;
		packages: number;
		archives: string;
	} >( ( resolve, reject ) => {
		execFile(
			'php',
			[
				'-d',
				'memory_limit=1G',
				path.join( root, 'scripts/fuzz/rest-runner.php' ),
				nativeSite.wordpress,
				input,
				output,
				archives,
			],
			{ maxBuffer: 64 * 1024 * 1024 },
			( error, stdout, stderr ) =>
				error
					? reject( new Error( `${ error.message }\n${ stderr }` ) )
					: resolve( {
							results: JSON.parse(
								fs.readFileSync( output, 'utf8' )
							),
							packages: Number(
								/archive packages made and removed: (\d+)/.exec(
									stdout
								)?.[ 1 ] ?? NaN
							),
							archives,
						} )
		);
	} );
}

test.describe( 'Fuzzing every ttdt/v1 route', () => {
	test.setTimeout( 420_000 );

	test( `${ RUNS } payloads per route and method: 2xx or 4xx with a message, no PHP warning, nothing invalid stored`, async ( {
		requestUtils,
	} ) => {
		print( `fuzz seed ${ SEED } (replay: TTDT_FUZZ_SEED=${ SEED })` );
		const begun = Date.now();
		const low = await ensureUser(
			requestUtils,
			'fuzz_collaborator',
			ROLES.collaborator
		);
		const [ post ] = await createItems( requestUtils, [
			{ state: 'draft' },
		] );
		const collaborator = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/collaborators',
			data: { title: 'Cộng tác viên thử', status: 'publish' },
		} ) ) as { id: number };
		const ids: Record< string, number > = {
			workflow: post,
			text: post,
			board: low.id,
			collaborators: collaborator.id,
		};
		const index = ( await requestUtils.rest( { path: '/ttdt/v1' } ) ) as {
			routes: Record<
				string,
				{
					endpoints: Array< {
						methods: string[];
						args: Record< string, ArgSchema >;
					} >;
				}
			>;
		};

		// Every route and method, RUNS cases each, from one seed. The cases are split into one
		// contiguous share per PHP process (one per core); a share's process starts as soon as
		// its cases are made, so it runs while the next share is being made.
		const total =
			RUNS *
			Object.entries( index.routes )
				.filter( ( [ route ] ) => route !== '/ttdt/v1' )
				.flatMap( ( [ , { endpoints } ] ) =>
					endpoints.flatMap( ( endpoint ) => endpoint.methods )
				).length;
		const share = Math.ceil( total / SHARDS );
		const mark = debugLogMark();
		const dir = path.join(
			process.env.TTDT_E2E_ARTIFACTS as string,
			'fuzz'
		);
		fs.mkdirSync( dir, { recursive: true } );
		const started = Date.now();
		const running: Array< ReturnType< typeof runShard > > = [];
		const cases: Case[] = [];
		const keys: string[] = [];
		let seed = SEED;
		for ( const [ route, { endpoints } ] of Object.entries(
			index.routes
		) ) {
			// The namespace index is core's own route (core's TypeError on `?namespace[]=` is
			// not the plugin's to fix).
			if ( route === '/ttdt/v1' ) {
				continue;
			}
			for ( const endpoint of endpoints ) {
				for ( const method of endpoint.methods ) {
					const resource = route.split( '/' )[ 3 ] ?? '';
					const read = method === 'GET' || method === 'DELETE';
					const arbitrary = fc.record( {
						user: fc.constantFrom( 1, low.id ),
						id: fc.oneof(
							{
								weight: 8,
								arbitrary: fc.constant( ids[ resource ] ?? 1 ),
							},
							{
								weight: 1,
								arbitrary: fc.constantFrom(
									0,
									2147483648,
									99999999999
								),
							}
						),
						args: payload( endpoint.args ),
						form: fc.boolean(),
						raw: fc.option(
							// No JSON scalar: core itself warns on one (WP_REST_Request::get_json_params).
							fc.constantFrom(
								'{"title":',
								'['.repeat( 2000 ),
								'[1,',
								'\u0000'
							),
							{ freq: 20 }
						),
					} );
					for ( const sample of fc.sample( arbitrary, {
						seed: seed++,
						numRuns: RUNS,
					} ) ) {
						const filled = route.replace(
							/\(\?P<id>[^)]*\)/,
							String( sample.id )
						);
						cases.push( {
							method,
							route: filled,
							user: sample.user,
							query: read ? asQueryString( sample.args ) : {},
							body: read ? null : ( sample.raw ?? sample.args ),
							form: ! read && sample.raw === null && sample.form,
						} );
						keys.push( `${ route } ${ method }` );
						if ( cases.length === ( running.length + 1 ) * share ) {
							running.push(
								runShard(
									dir,
									running.length,
									cases.slice( running.length * share )
								)
							);
						}
					}
				}
			}
		}
		const perKey = new Map< string, number >();
		keys.forEach( ( key ) =>
			perKey.set( key, ( perKey.get( key ) ?? 0 ) + 1 )
		);
		expect( perKey.size ).toBeGreaterThan( 20 );
		expect( Math.min( ...perKey.values() ) ).toBeGreaterThanOrEqual( RUNS );

		if ( running.length * share < cases.length ) {
			running.push(
				runShard(
					dir,
					running.length,
					cases.slice( running.length * share )
				)
			);
		}
		expect( cases.length ).toBe( total );
		print(
			`${ cases.length } cases made in ${ ( ( Date.now() - begun ) / 1000 ).toFixed( 1 ) } s`
		);
		const parts = await Promise.all( running );
		const results = parts.flatMap( ( part ) => part.results );
		print(
			`${ results.length } requests in-process in ${ ( ( Date.now() - started ) / 1000 ).toFixed( 1 ) } s`
		);
		// The rollback undoes rows, not files: the runner kept the cases' archive packages in a
		// folder of its own and removed it, so none reached the site's store.
		const packages = parts.reduce( ( n, part ) => n + part.packages, 0 );
		print( `${ packages } archive packages made in-process, removed` );
		expect( Number.isInteger( packages ) ).toBe( true );
		parts.forEach( ( part ) =>
			expect( fs.existsSync( part.archives ), part.archives ).toBe(
				false
			)
		);
		expect( results ).toHaveLength( cases.length );
		const statuses: Record< string, number > = {};
		results.forEach(
			( r ) =>
				( statuses[ r.status ] = ( statuses[ r.status ] ?? 0 ) + 1 )
		);
		print( `statuses: ${ JSON.stringify( statuses ) }` );

		const failures = results
			.map( ( result, i ) => ( { ...result, i } ) )
			.filter( ( result ) => result.problem )
			// One case per distinct problem (its first words, with the numbers left out).
			.filter(
				( result, _, all ) =>
					all.find(
						( other ) =>
							other.problem
								.replace( /\d+/g, '' )
								.slice( 0, 120 ) ===
							result.problem.replace( /\d+/g, '' ).slice( 0, 120 )
					) === result
			)
			.slice( 0, 8 )
			.map(
				( { i, problem } ) =>
					`case ${ i } (seed ${ SEED }) ${ keys[ i ] }: ${ problem.slice( 0, 600 ) }\n  payload: ${ JSON.stringify( cases[ i ] ).slice( 0, 1500 ) }`
			);
		expect( failures ).toEqual( [] );

		// The HTTP sample: the first cases of each route and method, through nginx and PHP-FPM,
		// kept in the database. The archive packages it makes are deleted after it.
		const sampleStarted = Date.now();
		const storeFiles = archiveStoreFiles();
		const sessions: Record< number, Session > = {
			1: await sessionFor( { username: 'admin', password: 'password' } ),
			[ low.id ]: await sessionFor( low ),
		};
		const seen = new Map< string, number >();
		const httpProblems: string[] = [];
		for ( let i = 0; i < cases.length; i++ ) {
			const count = seen.get( keys[ i ] ) ?? 0;
			if ( count >= HTTP_SAMPLE ) {
				continue;
			}
			seen.set( keys[ i ], count + 1 );
			const c = cases[ i ];
			const query = new URLSearchParams();
			for ( const [ k, v ] of Object.entries(
				plain( c.query ) as object
			) ) {
				query.set( k, typeof v === 'string' ? v : JSON.stringify( v ) );
			}
			const route = c.route + ( query.size ? `?${ query }` : '' );
			const response = await sessions[ c.user ].rest(
				c.method,
				route,
				c.body === null ? undefined : plain( c.body )
			);
			const text = await response.text();
			let message = '';
			let code = '';
			try {
				( { message = '', code = '' } = JSON.parse( text ) );
			} catch {}
			// nginx refuses an over-long URL or body (414, 413) before WordPress sees it.
			const byServer = [ 413, 414 ].includes( response.status() );
			// No mail server listens during the fuzz: a route that must mail says so with a
			// 502 and changes nothing (its own spec checks that), which is no crash.
			const mailDown =
				response.status() === 502 && code === 'ttdt_feedback_mail';
			if (
				( response.status() >= 500 && ! mailDown ) ||
				( response.status() >= 400 && ! byServer && ! message.trim() )
			) {
				httpProblems.push(
					`${ keys[ i ] } → ${ response.status() } ${ text.slice( 0, 300 ) }\n  payload: ${ JSON.stringify( c ).slice( 0, 1000 ) }`
				);
			}
		}
		await Promise.all(
			Object.values( sessions ).map( ( s ) => s.dispose() )
		);
		print(
			`HTTP sample: ${ [ ...seen.values() ].reduce( ( a, b ) => a + b, 0 ) } requests in ${ ( ( Date.now() - sampleStarted ) / 1000 ).toFixed( 1 ) } s`
		);
		expect( httpProblems.slice( 0, 5 ) ).toEqual( [] );
		const made = archiveStoreFiles().filter(
			( file ) => file.endsWith( '.zip' ) && ! storeFiles.includes( file )
		);
		for ( const file of made ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/ttdt/v1/archives/${ path.basename( file, '.zip' ) }`,
			} );
		}
		print( `${ made.length } archive packages made over HTTP, deleted` );
		expect( archiveStoreFiles() ).toEqual( storeFiles );

		// Nothing invalid stored: no markup in the plugin's meta and options, and every
		// readable route still answers.
		const stored = sql(
			"SELECT meta_key FROM wp_postmeta WHERE meta_key LIKE 'ttdt\\_%' AND meta_value LIKE '%<script%' UNION ALL SELECT option_name FROM wp_options WHERE option_name LIKE 'ttdt\\_%' AND option_value LIKE '%<script%'"
		);
		expect( stored ).toEqual( [] );
		for ( const route of [
			'/ttdt/v1/settings',
			'/ttdt/v1/workflow',
			`/ttdt/v1/workflow/${ post }`,
			'/ttdt/v1/board',
			'/ttdt/v1/collaborators',
			'/ttdt/v1/audit',
		] ) {
			const response = await requestUtils.request.get(
				`/wp-json${ route }`,
				{
					failOnStatusCode: false,
				}
			);
			expect( response.status(), route ).toBeLessThan( 500 );
		}
		expect( phpProblemsSince( mark ) ).toEqual( [] );
	} );
} );
