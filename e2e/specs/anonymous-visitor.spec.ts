/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'A citizen who has not logged in', () => {
	// A brand-new browser: no cookies at all, as a citizen on a phone.
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'is anonymous on the public pages and in the admin', async ( {
		page,
	} ) => {
		await page.goto( '/' );
		await expect( page.locator( '#wpadminbar' ) ).toHaveCount( 0 );
		expect(
			( await page.context().cookies() ).filter( ( cookie ) =>
				cookie.name.startsWith( 'wordpress_logged_in' )
			)
		).toEqual( [] );

		await page.goto( '/wp-admin/' );
		await expect( page ).toHaveURL( /wp-login\.php/ );
		await expect( page.locator( '#loginform' ) ).toBeVisible();
	} );

	test( 'is anonymous for the REST API', async ( { page } ) => {
		const response = await page.request.get( '/wp-json/wp/v2/users/me' );
		expect( response.status() ).toBe( 401 );
	} );

	test( 'learns nothing of the accounts: no list, author archive or users sitemap', async ( {
		page,
	} ) => {
		const users = await page.request.get( '/wp-json/wp/v2/users' );
		expect( users.status() ).toBe( 401 );
		expect( ( await users.json() ).message ).toBe(
			'Các tài khoản của trang không được liệt kê công khai.'
		);
		// WordPress would redirect to /author/<login>/, naming the login.
		const archive = await page.request.get( '/?author=1', {
			maxRedirects: 0,
		} );
		expect( archive.status() ).toBe( 404 );
		expect( archive.headers().location ).toBeUndefined();
		const sitemap = await page.request.get( '/?sitemap=index' );
		expect( sitemap.status() ).toBe( 200 );
		expect( await sitemap.text() ).not.toContain( 'sitemap-users' );
	} );

	test( 'cannot tell from the log-in screen whether an account exists', async ( {
		page,
	} ) => {
		const error = async ( login: string ) => {
			await page.goto( '/wp-login.php' );
			await page.locator( '#user_login' ).fill( login );
			await page.locator( '#user_pass' ).fill( 'sai-mat-khau' );
			await page.locator( '#wp-submit' ).click();
			return page.locator( '#login_error' ).innerText();
		};
		const unknown = await error( 'khong-co-tai-khoan-nay' );
		expect( unknown ).toContain(
			'Tên đăng nhập, địa chỉ email hoặc mật khẩu không đúng.'
		);
		expect( await error( 'admin' ) ).toBe( unknown );

		// A reset asked for no account, by name or by e-mail address, answers as one that
		// sent an e-mail.
		for ( const login of [
			'khong-co-tai-khoan-nay',
			'khong-co-tai-khoan@example.org',
		] ) {
			await page.goto( '/wp-login.php?action=lostpassword' );
			await page.locator( '#user_login' ).fill( login );
			await page.locator( '#wp-submit' ).click();
			await expect( page ).toHaveURL( /checkemail=confirm/ );
		}
	} );
} );
