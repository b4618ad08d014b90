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

test( "the network administrator locks a province-wide figure and a commune's site follows it", async ( {
	browser,
} ) => {
	const session = await signedIn( admin.username, admin.password );
	const context = await browser.newContext( {
		storageState: await session.storageState(),
	} );
	const page = await context.newPage();
	const quota = 'Chỉ tiêu tuần của mỗi thành viên Ban biên tập';
	await page.goto(
		`${ network.url(
			''
		) }wp-admin/network/admin.php?page=ttdt-portal-network-settings`
	);
	await page
		.getByLabel( quota, { exact: true } )
		.selectOption( { label: 'Khoá: mọi xã phải áp dụng' } );
	// A figure other than the one a commune follows now, so the save has something to do.
	const figure = page.getByLabel( `${ quota } (mức của tỉnh)` );
	const locked = ( await figure.inputValue() ) === '7' ? 8 : 7;
	await figure.fill( String( locked ) );
	await page
		.getByRole( 'button', { name: 'Lưu mức chung toàn tỉnh' } )
		.click();
	await expect(
		page.getByText( 'Đã lưu mức chung toàn tỉnh.' ).first()
	).toBeVisible();

	// Commune A's own settings now carry the province's figure, and it cannot change it.
	const nonce = await (
		await session.get(
			`${ network.url( A ) }wp-admin/admin-ajax.php?action=rest-nonce`
		)
	).text();
	const settings = await session.get(
		`${ network.url( A ) }wp-json/ttdt/v1/settings`,
		{ headers: { 'X-WP-Nonce': nonce } }
	);
	expect( ( await settings.json() ).weekly_quota ).toBe( locked );
	const changed = await session.post(
		`${ network.url( A ) }wp-json/ttdt/v1/settings`,
		{
			headers: { 'X-WP-Nonce': nonce },
			data: { weekly_quota: 9 },
			failOnStatusCode: false,
		}
	);
	expect( changed.status() ).toBe( 403 );
	expect( ( await changed.json() ).code ).toBe( 'ttdt_setting_locked' );
	// Its settings screen shows the figure as fixed, not as a field that fails on saving.
	const commune = await context.newPage();
	await commune.goto(
		`${ network.url( A ) }wp-admin/admin.php?page=ttdt-portal-settings`
	);
	const fixed = commune.getByLabel( quota, { exact: true } );
	await expect( fixed ).toHaveValue( String( locked ) );
	await expect( fixed ).toBeDisabled();
	await expect(
		commune.getByText( /^Do tỉnh quy định cho mọi xã\./ )
	).toBeVisible();
	await expect(
		commune.getByLabel( 'Thời hạn duyệt tin bài (số ngày)', {
			exact: true,
		} )
	).toBeEnabled();

	// Unlocked again, so the next steps find the network as it was.
	await page
		.getByLabel( quota, { exact: true } )
		.selectOption( { label: 'Tỉnh không đặt: mỗi xã tự quyết định' } );
	await page
		.getByRole( 'button', { name: 'Lưu mức chung toàn tỉnh' } )
		.click();
	await expect
		.poll( async () =>
			(
				await (
					await session.get(
						`${ network.url( '' ) }wp-json/ttdt/v1/network/settings`,
						{ headers: { 'X-WP-Nonce': nonce } }
					)
				).json()
			).locked.includes( 'weekly_quota' )
		)
		.toBe( false );
	await context.close();
	await session.dispose();
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
