/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Portal settings screen', () => {
	// These run on Playground, whose one PHP worker answers the screen's and the public page's
	// requests in turn: over a minute beside the native stage.
	test.describe.configure( { timeout: 180_000 } );

	test( 'saves the owning agency, which the public page then shows', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const pageWithNotice = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'Liên hệ',
				status: 'publish',
				content: '<!-- wp:ttdt/agency-notice /-->',
			},
		} ) ) as { link: string };
		const agency = `Ủy ban nhân dân phường Mới ${ Date.now() }`;

		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-settings' );
		// Script translations: the React screen is in Vietnamese.
		await expect(
			page.getByRole( 'heading', { name: 'Đơn vị và cơ quan chủ quản' } )
		).toBeVisible();
		const field = page.getByLabel( 'Cơ quan chủ quản', { exact: true } );
		await field.fill( agency );
		await page.getByRole( 'button', { name: 'Lưu cài đặt' } ).click();
		await expect(
			page
				.locator( '.components-notice' )
				.filter( { hasText: 'Đã lưu cài đặt.' } )
		).toBeVisible();

		// The saved value survives a reload: it came back from the server.
		await page.reload();
		await expect(
			page.getByLabel( 'Cơ quan chủ quản', { exact: true } )
		).toHaveValue( agency );

		// PHP translations and the server-rendered block on the public page.
		await page.goto( pageWithNotice.link );
		await expect(
			page.locator( '.wp-block-ttdt-agency-notice' )
		).toContainText( `Cơ quan chủ quản: ${ agency }` );
	} );

	test( 'shows the reason the server gives when it refuses a value', async ( {
		admin,
		page,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-settings' );
		// Passes the browser's own e-mail check, but not WordPress's.
		await page
			.getByLabel( 'Thư điện tử', { exact: true } )
			.fill( 'hop-thu@localhost' );
		await page.getByRole( 'button', { name: 'Lưu cài đặt' } ).click();
		// Playground's one PHP worker may still be answering the screen's own reads.
		await expect(
			page.locator( '.components-notice.is-error' )
		).toContainText( 'email', { timeout: 45_000 } );
		// …and under the field itself, which is marked invalid and described by the reason.
		const email = page.getByLabel( 'Thư điện tử', { exact: true } );
		await expect( email ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect( email ).toHaveAccessibleDescription( /email/ );
		await email.fill( 'hop-thu@example.test' );
		await expect( email ).not.toHaveAttribute( 'aria-invalid', 'true' );
		await email.fill( 'hop-thu@localhost' );
		await page.reload();
		await expect(
			page.getByLabel( 'Thư điện tử', { exact: true } )
		).not.toHaveValue( 'hop-thu@localhost' );
	} );
} );
