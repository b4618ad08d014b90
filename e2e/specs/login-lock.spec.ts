/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ensureUser } from '../support/users';

const LOCKED =
	'Mạng của bạn đã đăng nhập sai quá nhiều lần. Vui lòng chờ 15 phút';

/**
 * Sends the log-in form as a person does.
 *
 * @param page     Page.
 * @param login    Name typed.
 * @param password Password typed.
 */
async function logIn( page: Page, login: string, password: string ) {
	await page.goto( '/wp-login.php' );
	await page.locator( '#user_login' ).fill( login );
	await page.locator( '#user_pass' ).fill( password );
	// Both typed before sending: the form's own script moves the focus once it has loaded.
	await expect( page.locator( '#user_login' ) ).toHaveValue( login );
	await expect( page.locator( '#user_pass' ) ).toHaveValue( password );
	const [ response ] = await Promise.all( [
		page.waitForResponse(
			( answer ) =>
				answer.request().method() === 'POST' &&
				answer.url().includes( '/wp-login.php' )
		),
		page.locator( '#wp-submit' ).click(),
	] );
	// A failed log-in is answered on the same screen (200), a right one redirected (302).
	expect(
		[ 200, 302 ],
		`the log-in answered ${ response.status() }`
	).toContain( response.status() );
	await page.waitForLoadState();
}

test.describe( 'Password guessing at the log-in screen (Art. 13.5)', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	// The counters are per network address: every test of the run comes from this one.
	const resetLimits = async ( {
		requestUtils,
	}: {
		requestUtils: RequestUtils;
	} ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt-test/v1/feedback/reset-limits',
		} );
	};
	test.beforeEach( resetLimits );
	test.afterEach( resetLimits );

	test( 'five wrong passwords lock the name a while, even for the right password', async ( {
		page,
		requestUtils,
	} ) => {
		const staff = await ensureUser(
			requestUtils,
			'khoa_dang_nhap',
			'author'
		);
		for ( let i = 1; i <= 5; i++ ) {
			await logIn( page, staff.username, `sai-mat-khau-${ i }` );
			await expect( page.locator( '#login_error' ) ).toContainText(
				'Tên đăng nhập, địa chỉ email hoặc mật khẩu không đúng.'
			);
		}

		// The right password now gets the lock's answer, which tells how long to wait.
		await logIn( page, staff.username, staff.password );
		await expect( page.locator( '#login_error' ) ).toContainText( LOCKED );
		await expect( page ).toHaveURL( /wp-login\.php/ );
		expect(
			( await page.context().cookies() ).filter( ( cookie ) =>
				cookie.name.startsWith( 'wordpress_logged_in' )
			)
		).toEqual( [] );

		// Once the window has passed (here: the counters cleared), the account logs in.
		await resetLimits( { requestUtils } );
		await logIn( page, staff.username, staff.password );
		await expect( page ).toHaveURL( /wp-admin/ );
	} );
} );
