/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

// "Hội nghị tổng kết công tác năm 2023" copied from a Word file set in `.VnTime` (TCVN3).
const TCVN3 = 'Héi nghÞ tæng kÕt c«ng t¸c n¨m 2023';
const UNICODE = 'Hội nghị tổng kết công tác năm 2023';

test.describe( 'Legacy Vietnamese encodings in the editor', () => {
	test.beforeEach( async ( { admin } ) => {
		await admin.createNewPost();
	} );

	test( 'converts TCVN3 text as soon as it is pasted', async ( {
		editor,
		page,
		pageUtils,
	} ) => {
		await editor.insertBlock( { name: 'core/paragraph' } );
		pageUtils.setClipboardData( {
			plainText: `${ TCVN3 }\nThÞ trÊn Thanh Ch\u00ad¬ng`,
			html: `<p>${ TCVN3 }</p><p>ThÞ trÊn Thanh Ch\u00ad¬ng</p>`,
		} );
		await pageUtils.pressKeys( 'primary+v' );

		await expect(
			page.getByTestId( 'snackbar' ).filter( {
				hasText:
					'Văn bản ở bảng mã cũ TCVN3 đã được chuyển sang Unicode.',
			} )
		).toBeVisible();
		await expect
			.poll( () => editor.getBlocks() )
			.toMatchObject( [
				{ name: 'core/paragraph', attributes: { content: UNICODE } },
				{
					name: 'core/paragraph',
					attributes: { content: 'Thị trấn Thanh Chương' },
				},
			] );
	} );

	test( 'flags TCVN3 text typed in and converts it with one click', async ( {
		editor,
		page,
	} ) => {
		await editor.canvas
			.getByRole( 'textbox', { name: /Add title|Thêm tiêu đề/ } )
			.fill( TCVN3 );

		const warning = page
			.locator( '.components-notice.is-warning' )
			.filter( {
				hasText: 'Một phần bài viết đang ở bảng mã cũ TCVN3',
			} );
		await expect( warning ).toBeVisible();
		await editor.openDocumentSettingsSidebar();
		const panel = page.getByRole( 'button', {
			name: 'Bảng mã tiếng Việt',
		} );
		if ( ( await panel.getAttribute( 'aria-expanded' ) ) === 'false' ) {
			await panel.click();
		}
		await expect(
			page.locator( '.ttdt-vietnamese-text-panel' )
		).toContainText( 'Phát hiện văn bản ở bảng mã cũ TCVN3 tại 1 chỗ.' );

		await warning
			.getByRole( 'button', { name: 'Chuyển sang Unicode' } )
			.click();

		await expect
			.poll( () =>
				page.evaluate( () =>
					(
						window as unknown as {
							wp: {
								data: {
									select: ( store: string ) => {
										getEditedPostAttribute: (
											name: string
										) => string;
									};
								};
							};
						}
					 ).wp.data
						.select( 'core/editor' )
						.getEditedPostAttribute( 'title' )
				)
			)
			.toBe( UNICODE );
		await expect( warning ).toHaveCount( 0 );
		await expect(
			page.locator( '.ttdt-vietnamese-text-panel' )
		).toContainText( 'Toàn bộ văn bản đã ở Unicode (TCVN 6909:2001).' );
	} );
} );
