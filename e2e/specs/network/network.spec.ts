/**
 * External dependencies
 */
import { request } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	lifecycle,
	network,
	networkState,
	signedIn,
} from '../../support/network';

/**
 * One province, many communes on one Multisite network (issue 16): a publisher of one
 * commune's site can do nothing on another's — REST (the plugin's routes and core's), its
 * admin screens, XML-RPC — and the plugin's set-up and uninstall reach every site.
 * Runs on the native network (`native-site.mjs start network`), never on a single site.
 */

const A = 'xa-dai-dong';
const B = 'xa-hanh-lam';
const admin = { username: 'admin', password: 'password' };

test.describe.configure( { mode: 'serial' } );

test( "a publisher of one commune's site cannot touch another commune's site", async () => {
	const anonymous = await request.newContext();
	// The network administrator makes a publisher of commune A.
	const adminSession = await signedIn( admin.username, admin.password );
	const nonce = await (
		await adminSession.get(
			`${ network.url( A ) }wp-admin/admin-ajax.php?action=rest-nonce`
		)
	).text();
	expect( nonce ).toMatch( /^[0-9a-f]{10}$/ );
	const login = `bientap${ Date.now() }`;
	const password = 'Mat-khau-thu-1';
	const created = await adminSession.post(
		`${ network.url( A ) }wp-json/wp/v2/users`,
		{
			headers: { 'X-WP-Nonce': nonce },
			data: {
				username: login,
				email: `${ login }@example.org`,
				password,
				roles: [ 'ttdt_publisher' ],
			},
			failOnStatusCode: false,
		}
	);
	expect( created.status(), await created.text() ).toBe( 201 );
	// Signed in as a browser is: the cookie holds on every site of the subdirectory network,
	// and a REST nonce is the user's, not a site's.
	const browser = await signedIn( login, password );
	const publisherNonce = await (
		await browser.get(
			`${ network.url( A ) }wp-admin/admin-ajax.php?action=rest-nonce`
		)
	).text();
	expect( publisherNonce ).toMatch( /^[0-9a-f]{10}$/ );
	const asPublisher = {
		get: ( url: string, options: Record< string, unknown > = {} ) =>
			browser.get( url, {
				...options,
				headers: { 'X-WP-Nonce': publisherNonce },
			} ),
		post: ( url: string, options: Record< string, unknown > = {} ) =>
			browser.post( url, {
				...options,
				headers: { 'X-WP-Nonce': publisherNonce },
			} ),
	};

	// On its own site the publisher writes (the control).
	const mine = await asPublisher.post(
		`${ network.url( A ) }wp-json/wp/v2/posts`,
		{
			data: { title: 'Tin của xã A', status: 'draft' },
			failOnStatusCode: false,
		}
	);
	expect( mine.status(), await mine.text() ).toBe( 201 );

	// On the other site: core's writes and the plugin's routes are refused.
	const post = await asPublisher.post(
		`${ network.url( B ) }wp-json/wp/v2/posts`,
		{
			data: { title: 'Tin lạc sang xã B', status: 'publish' },
			failOnStatusCode: false,
		}
	);
	expect( [ 401, 403 ] ).toContain( post.status() );
	const settings = await asPublisher.post(
		`${ network.url( B ) }wp-json/ttdt/v1/settings`,
		{ data: { unit_name: 'xã bị sửa' }, failOnStatusCode: false }
	);
	expect( [ 401, 403 ] ).toContain( settings.status() );
	const board = await asPublisher.get(
		`${ network.url( B ) }wp-json/ttdt/v1/board`,
		{
			failOnStatusCode: false,
		}
	);
	expect( [ 401, 403 ] ).toContain( board.status() );
	const overview = await asPublisher.get(
		`${ network.url( B ) }wp-json/ttdt/v1/network/settings`,
		{ failOnStatusCode: false }
	);
	expect( overview.status() ).toBe( 403 );
	const unit = await anonymous.get(
		`${ network.url( B ) }wp-json/ttdt/v1/settings`,
		{
			failOnStatusCode: false,
		}
	);
	expect( unit.status() ).toBe( 401 );

	// The other site's admin screens: WordPress's "no privileges on this site" (403).
	const ownScreen = await browser.get(
		`${ network.url( A ) }wp-admin/admin.php?page=ttdt-portal-review-queue`,
		{ failOnStatusCode: false }
	);
	expect( ownScreen.status() ).toBe( 200 );
	for ( const screen of [
		'admin.php?page=ttdt-portal-review-queue',
		'admin.php?page=ttdt-portal-settings',
		'post-new.php',
	] ) {
		const other = await browser.get(
			`${ network.url( B ) }wp-admin/${ screen }`,
			{
				failOnStatusCode: false,
				maxRedirects: 0,
			}
		);
		expect( other.status(), screen ).toBe( 403 );
	}

	// XML-RPC on the other site refuses the same account.
	const xml = `<?xml version="1.0"?><methodCall><methodName>wp.newPost</methodName><params><param><value><int>1</int></value></param><param><value><string>${ login }</string></value></param><param><value><string>${ password }</string></value></param><param><value><struct><member><name>post_title</name><value><string>Qua XML-RPC</string></value></member><member><name>post_status</name><value><string>publish</string></value></member></struct></value></param></params></methodCall>`;
	const rpc = await browser.post( `${ network.url( B ) }xmlrpc.php`, {
		headers: { 'Content-Type': 'text/xml' },
		data: xml,
	} );
	expect( await rpc.text() ).toMatch(
		/<name>faultCode<\/name>\s*<value><int>(401|403)<\/int>/
	);
	const rpcOwn = await browser.post( `${ network.url( A ) }xmlrpc.php`, {
		headers: { 'Content-Type': 'text/xml' },
		data: xml
			.replace( 'Qua XML-RPC', 'Qua XML-RPC, xã A' )
			.replace( '>publish<', '>draft<' ),
	} );
	expect( await rpcOwn.text() ).not.toContain( 'faultCode' );

	for ( const context of [ anonymous, adminSession, browser ] ) {
		await context.dispose();
	}
} );

test( 'activation sets up every site; uninstall with "delete data" leaves nothing behind', async () => {
	const before = networkState();
	expect( before.network_active ).toBe( true );
	const paths = Object.keys( before.sites );
	expect( paths ).toEqual(
		expect.arrayContaining( [
			'/',
			`/${ A }/`,
			`/${ B }/`,
			'/xa-cat-ngan/',
		] )
	);
	for ( const path of paths ) {
		const site = before.sites[ path ];
		expect( site.tables, path ).toEqual(
			expect.arrayContaining( [
				expect.stringMatching( /ttdt_audit_log$/ ),
			] )
		);
		expect( site.options, path ).toContain( 'ttdt_settings' );
		expect( site.roles, path ).toContain( 'ttdt_publisher' );
	}

	lifecycle( 'deactivate' );
	lifecycle( 'uninstall', 'delete' );
	const after = networkState();
	expect( after.network_active ).toBe( false );
	expect( after.network_options ).toEqual( [] );
	for ( const path of paths ) {
		expect( after.sites[ path ], path ).toEqual( {
			tables: [],
			options: [],
			roles: [],
		} );
	}

	// Activated again for the whole network: every site is set up again, at once.
	lifecycle( 'activate' );
	const again = networkState();
	for ( const path of paths ) {
		expect( again.sites[ path ].tables.length, path ).toBe(
			before.sites[ path ].tables.length
		);
		expect( again.sites[ path ].roles, path ).toContain( 'ttdt_publisher' );
	}
} );
