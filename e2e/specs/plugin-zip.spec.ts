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
	test( 'uploads through Plugins › Add New and activates', async ( {
		page,
	} ) => {
		await page.goto( '/wp-login.php' );
		await page.locator( '#user_login' ).fill( 'admin' );
		await page.locator( '#user_pass' ).fill( 'password' );
		await page.locator( '#wp-submit' ).click();
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();

		await page.goto( '/wp-admin/plugin-install.php?tab=upload' );
		await page.locator( '#pluginzip' ).setInputFiles( zipPath );
		await page.locator( '#install-plugin-submit' ).click();
		const activate = page.locator(
			'a.button-primary[href*="action=activate"]'
		);
		await expect( activate ).toBeVisible( { timeout: 60_000 } );
		await activate.click();

		await expect( page ).toHaveURL( /plugins\.php/ );
		const row = page.locator( 'tr[data-slug="ttdt-portal"]' );
		await expect( row ).toHaveClass( /\bactive\b/ );

		// The plugin works once activated: its settings screen loads its built script.
		await page.goto( '/wp-admin/admin.php?page=ttdt-portal-settings' );
		await expect(
			page.locator( '#ttdt-screen-settings form' )
		).toBeVisible( {
			timeout: 60_000,
		} );
	} );
} );
