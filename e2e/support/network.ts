/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';

/**
 * The native Multisite network of this run (`scripts/native-site.mjs start network --port N`,
 * with `TTDT_TEST_PORT=N` for Playwright): its sites' addresses and a way to drive the
 * plugin's life cycle on it. Native stack only.
 */
const root = path.resolve( __dirname, '..', '..' );
const port = Number( process.env.TTDT_TEST_PORT || 8892 );

export const network = {
	host: `localhost:${ port }`,
	url: ( site: string ) =>
		`http://localhost:${ port }/${ site ? `${ site }/` : '' }`,
	wordpress: path.join(
		root,
		'.wp',
		'native',
		'sites',
		`network-${ port }`,
		'wordpress'
	),
};

export type SiteState = {
	tables: string[];
	options: string[];
	roles: string[];
};
export type NetworkState = {
	network_active: boolean;
	network_options: string[];
	sites: Record< string, SiteState >;
};

/**
 * Runs a step of the plugin's life cycle (scripts/native/network-lifecycle.php).
 *
 * @param args Action and its argument.
 */
export function lifecycle( ...args: string[] ): string {
	return execFileSync(
		'php',
		[
			path.join( root, 'scripts/native/network-lifecycle.php' ),
			network.wordpress,
			network.host,
			...args,
		],
		{ encoding: 'utf8' }
	);
}

/** What the plugin left on each site and on the network. */
export function networkState(): NetworkState {
	return JSON.parse( lifecycle( 'state' ) ) as NetworkState;
}

/**
 * A request context signed in through wp-login.php (cookies valid on every site of a
 * subdirectory network).
 *
 * @param username Login.
 * @param password Password.
 */
export async function signedIn(
	username: string,
	password: string
): Promise< APIRequestContext > {
	const context = await request.newContext();
	await context.post( `${ network.url( '' ) }wp-login.php`, {
		form: { log: username, pwd: password, testcookie: '1' },
		headers: { Cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
		maxRedirects: 0,
		failOnStatusCode: false,
	} );
	return context;
}
