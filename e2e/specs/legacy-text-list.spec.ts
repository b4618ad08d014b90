/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

const TCVN3_TITLE = 'Th«ng b¸o lÞch tiÕp c«ng d©n';
const UNICODE_TITLE = 'Thông báo lịch tiếp công dân';

test.describe( 'Legacy Vietnamese encodings in existing content', () => {
	test( 'the Posts screen converts an old item with one click', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const createDraft = ( data: Record< string, string > ) =>
			requestUtils.rest< { id: number } >( {
				method: 'POST',
				path: '/wp/v2/posts',
				data: { status: 'draft', ...data },
			} );
		const legacy = await createDraft( {
			title: TCVN3_TITLE,
			content:
				'<!-- wp:paragraph --><p>Tõ ngµy 01/01</p><!-- /wp:paragraph -->',
		} );
		const clean = await createDraft( {
			title: 'Lịch tiếp công dân quý I',
		} );

		await admin.visitAdminPage( 'edit.php', 'post_status=draft' );
		// Offered only where there is something to convert.
		await expect(
			page
				.locator( `#post-${ clean.id }` )
				.getByRole( 'link', { name: /sang Unicode/ } )
		).toHaveCount( 0 );
		const row = page.locator( `#post-${ legacy.id }` );
		await row.hover();
		await row
			.getByRole( 'link', {
				name: `Chuyển văn bản của "${ TCVN3_TITLE }" sang Unicode`,
			} )
			.click();

		await expect( page.locator( '.notice-success' ) ).toContainText(
			'Đã chuyển văn bản của 1 bài sang Unicode.'
		);
		await expect(
			page.locator( `#post-${ legacy.id } .row-title` )
		).toHaveText( UNICODE_TITLE );
		const post = await requestUtils.rest( {
			path: `/wp/v2/posts/${ legacy.id }`,
			params: { context: 'edit' },
		} );
		expect( post.content.raw ).toBe(
			'<!-- wp:paragraph --><p>Từ ngày 01/01</p><!-- /wp:paragraph -->'
		);
	} );
} );
