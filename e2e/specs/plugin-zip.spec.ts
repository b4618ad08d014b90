/**
 * External dependencies
 */
import path from 'node:path';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

const zipPath = path.resolve( __dirname, '../../ttdt-portal.zip' );

test.describe( 'Installing the plugin zip on a clean site', () => {
	test( 'uploads through Plugins › Add New, activates, and speaks Vietnamese', async ( {
		page,
	} ) => {
		// Playground answers one request at a time, and the native stage runs beside it.
		test.setTimeout( 300_000 );
		// Playground itself (not the project) logs a first visitor in as admin; a real site
		// shows the login form.
		await page.goto( '/wp-admin/' );
		if ( await page.locator( '#user_login' ).isVisible() ) {
			await page.locator( '#user_login' ).fill( 'admin' );
			await page.locator( '#user_pass' ).fill( 'password' );
			await page.locator( '#wp-submit' ).click();
		}
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();

		// The site is WordPress as a commune gets it: nothing of the project runs there yet.
		await page.goto( '/wp-admin/plugins.php' );
		await expect(
			page.locator( 'tr[data-slug="ttdt-portal"]' )
		).toHaveCount( 0 );
		await page.goto( '/wp-admin/plugins.php?plugin_status=mustuse' );
		await expect( page.locator( 'body' ) ).not.toContainText( 'ttdt' );

		// Its administrator chooses Vietnamese, as a commune's site would be.
		await page.goto( '/wp-admin/options-general.php' );
		await page.locator( '#WPLANG' ).selectOption( 'vi' );
		await page.locator( '#submit' ).click();
		await expect( page.locator( 'html' ) ).toHaveAttribute( 'lang', 'vi' );

		await page.goto( '/wp-admin/plugin-install.php?tab=upload' );
		await page.locator( '#pluginzip' ).setInputFiles( zipPath );
		await page.locator( '#install-plugin-submit' ).click();
		const activate = page.locator(
			'a.button-primary[href*="action=activate"]'
		);
		await expect( activate ).toBeVisible( { timeout: 150_000 } );
		await activate.click();

		await expect( page ).toHaveURL( /plugins\.php/ );
		const row = page.locator( 'tr[data-slug="ttdt-portal"]' );
		await expect( row ).toHaveClass( /\bactive\b/ );

		// The plugin works once activated, in the Vietnamese shipped in the zip: its menu
		// (PHP catalogue) and its settings screen (script translations).
		await page.goto( '/wp-admin/admin.php?page=ttdt-portal-settings' );
		await expect(
			page
				.locator( '#adminmenu' )
				.getByRole( 'link', { name: 'Trang thông tin điện tử' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'heading', { name: 'Đơn vị và cơ quan chủ quản' } )
		).toBeVisible( { timeout: 150_000 } );
	} );
} );
