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

		const search = page.getByRole( 'searchbox' );
		await expect( search ).toBeVisible();
		await expect( search ).toHaveAttribute( 'placeholder', 'Tìm kiếm' );
		await expect(
			page.getByRole( 'button', { name: 'Tuỳ chọn hiển thị' } )
		).toBeVisible();

		// No English control label of DataViews is left on the screen.
		for ( const english of [ 'View options', 'Search', 'Add filter' ] ) {
			await expect(
				page.getByRole( 'button', { name: english, exact: true } )
			).toHaveCount( 0 );
		}
		await page.getByRole( 'button', { name: 'Tuỳ chọn hiển thị' } ).click();
		await expect( page.getByText( 'Số mục mỗi trang' ) ).toBeVisible();
	} );
} );
