/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	guardedCalls,
	unguarded,
	type GuardedCall,
} from '../support/rest-guard';
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';

const NAMESPACE = 'ttdt/v1';

/** Routes reviewed as public (`scripts/php-tools/public-routes.json`): "<route> <METHODS>". */
function publicRoutes(): Set< string > {
	const file = path.resolve(
		__dirname,
		'../../scripts/php-tools/public-routes.json'
	);
	const keys = Object.keys(
		JSON.parse( fs.readFileSync( file, 'utf8' ) )
	).filter( ( key ) => ! key.startsWith( '$' ) );
	return new Set(
		keys.flatMap( ( key ) => {
			const [ route, methods ] = key.split( ' ' );
			return methods
				.split( ',' )
				.map( ( method ) => `${ route } ${ method }` );
		} )
	);
}

/**
 * Every route of the plugin's namespace as the REST index lists it, less the reviewed
 * public ones: a new route is covered the moment it is registered.
 *
 * @param anonymous A context without cookies.
 * @param ids
 * @param headers   Extra headers (the guard's own test adds a probe route with one).
 */
async function routesToGuard(
	anonymous: APIRequestContext,
	ids: Record< string, number >,
	headers: Record< string, string > = {}
): Promise< GuardedCall[] > {
	const index = await anonymous.get( `/wp-json/${ NAMESPACE }`, { headers } );
	expect( index.status() ).toBe( 200 );
	const open = publicRoutes();
	return guardedCalls( ( await index.json() ).routes, ids ).filter(
		( call ) => ! open.has( call.key )
	);
}

test.describe( 'Every plugin route refuses who may not use it', () => {
	let anonymous: APIRequestContext;
	// Objects that exist, so item routes reach their permission check.
	const ids: Record< string, number > = {};

	test.beforeAll( async ( { requestUtils } ) => {
		anonymous = await request.newContext( {
			baseURL: process.env.WP_BASE_URL,
			storageState: { cookies: [], origins: [] },
		} );
		const collaborator = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/collaborators',
			data: { title: 'Người thử quyền truy cập', status: 'publish' },
		} ) ) as { id: number };
		ids.collaborators = collaborator.id;
	} );

	test.afterAll( async () => {
		await anonymous.dispose();
	} );

	test( 'anonymous requests get 401 and a subscriber 403 on every non-public route', async ( {
		requestUtils,
	} ) => {
		const calls = await routesToGuard( anonymous, ids );
		expect( calls.length ).toBeGreaterThan( 20 );

		const asAnonymous = await unguarded(
			calls,
			( call ) =>
				anonymous.fetch( `/wp-json${ call.path }`, {
					method: call.method,
					data: call.data,
				} ),
			401
		);
		expect( asAnonymous ).toEqual( [] );

		const subscriber = await sessionFor(
			await ensureUser( requestUtils, 'guard-subscriber', 'subscriber' )
		);
		const asSubscriber = await unguarded(
			calls,
			( call ) => subscriber.rest( call.method, call.path, call.data ),
			403
		);
		await subscriber.dispose();
		expect( asSubscriber ).toEqual( [] );
	} );

	test( 'the guard reports a route that lost its permission check', async () => {
		// The test site's fixtures register an open probe route when asked with this header.
		const headers = { 'X-Ttdt-Guard-Probe': '1' };
		const calls = await routesToGuard( anonymous, ids, headers );
		const probe = calls.filter( ( call ) =>
			call.key.includes( 'guard-probe' )
		);
		expect( probe ).toHaveLength( 1 );

		const problems = await unguarded(
			calls,
			( call ) =>
				anonymous.fetch( `/wp-json${ call.path }`, {
					method: call.method,
					data: call.data,
					headers,
				} ),
			401
		);
		expect( problems ).toEqual( [
			expect.stringMatching( /^ttdt\/v1\/guard-probe GET → 200/ ),
		] );
	} );
} );
