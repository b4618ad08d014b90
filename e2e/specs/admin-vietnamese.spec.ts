/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * The list screens bundle DataViews, whose strings WordPress does not translate for a bundled
 * copy: the plugin ships their Vietnamese translation and loads it into their domain.
 */
test.describe( 'Admin screens in Vietnamese', () => {
	test( 'the collaborator list shows DataViews’ own controls in Vietnamese', async ( {
		admin,
		page,
	} ) => {
		await admin.visitAdminPage(
			'admin.php',
			'page=ttdt-portal-collaborators'
		);

		const viewOptions = page.getByRole( 'button', {
			name: 'Tuỳ chọn hiển thị',
		} );
		await expect( viewOptions ).toBeVisible();
		// No English control label of DataViews is left on the screen.
		for ( const english of [ 'View options', 'Add filter', 'Actions' ] ) {
			await expect(
				page.getByRole( 'button', { name: english, exact: true } )
			).toHaveCount( 0 );
		}

		// A column's own menu and the view options are DataViews' too.
		await page.getByRole( 'button', { name: /Họ và tên/i } ).click();
		await expect(
			page.getByRole( 'menuitemradio', { name: 'Sắp xếp tăng dần' } )
		).toBeVisible();
		await page.keyboard.press( 'Escape' );
		await viewOptions.click();
		await expect( page.getByText( 'Số mục mỗi trang' ) ).toBeVisible();
	} );
} );
