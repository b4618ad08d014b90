/**
 * External dependencies
 */
import path from 'node:path';
import { request, type APIResponse } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export type Credentials = { username: string; password: string };

/**
 * A REST client acting as one user (or as nobody), returning raw responses so tests can
 * assert status codes and error messages.
 */
export type Session = {
	rest: (
		method: string,
		route: string,
		data?: unknown
	) => Promise< APIResponse >;
	dispose: () => Promise< void >;
};

const baseURL = () => process.env.WP_BASE_URL as string;

/**
 * Where a user's logged-in cookies are kept for this test run.
 *
 * @param username Login name.
 */
export const storageStatePathFor = ( username: string ) =>
	path.join(
		process.env.TTDT_E2E_ARTIFACTS as string,
		`storage-states/${ username }.json`
	);

/**
 * Opens a session for a user, or an anonymous one when `user` is null.
 *
 * @param user Credentials, or null for an anonymous visitor.
 */
export async function sessionFor(
	user: Credentials | null
): Promise< Session > {
	if ( ! user ) {
		const context = await request.newContext( { baseURL: baseURL() } );
		return {
			rest: ( method, route, data ) =>
				context.fetch( `/wp-json${ route }`, {
					method,
					data,
					failOnStatusCode: false,
				} ),
			dispose: () => context.dispose(),
		};
	}

	const utils = await RequestUtils.setup( {
		user,
		baseURL: baseURL(),
		storageStatePath: storageStatePathFor( user.username ),
	} );
	await utils.setupRest();
	const state = utils.storageState as { nonce: string; rootURL: string };
	return {
		rest: ( method, route, data ) =>
			utils.request.fetch( state.rootURL + route.replace( /^\//, '' ), {
				method,
				data,
				failOnStatusCode: false,
				headers: { 'X-WP-Nonce': state.nonce },
			} ),
		dispose: () => utils.request.dispose(),
	};
}
