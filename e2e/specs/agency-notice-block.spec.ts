/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Block ttdt/agency-notice', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/settings',
			data: {
				agency_name: 'Ủy ban nhân dân xã Khối Thử',
				board_head: 'Bà Nguyễn Thị Biên – Trưởng Ban biên tập',
				address: 'Số 1 đường Làng, xã Khối Thử',
				phone: '0238 3 000 111',
				email: 'lienhe@example.test',
			},
		} );
	} );

	test( 'is inserted in the editor and rendered by the server without front-end scripts', async ( {
		admin,
		editor,
		page,
	} ) => {
		// Playground answers one request at a time, and the native stage runs beside it.
		test.setTimeout( 300_000 );
		await admin.createNewPost( {
			title: 'Thông tin liên hệ',
			postType: 'page',
		} );
		await editor.insertBlock( { name: 'ttdt/agency-notice' } );

		// The editor previews the same server rendering the public page gets.
		const preview = editor.canvas.locator(
			'[data-type="ttdt/agency-notice"]'
		);
		// Playground answers one request at a time; the editor queues many on load.
		await expect( preview ).toContainText( 'Ủy ban nhân dân xã Khối Thử', {
			timeout: 150_000,
		} );

		const postId = await editor.publishPost();
		const response = await page.goto( `/?page_id=${ postId }` );
		expect( response?.status() ).toBe( 200 );

		const notice = page.locator( '.wp-block-ttdt-agency-notice' );
		await expect( notice ).toContainText(
			'Cơ quan chủ quản: Ủy ban nhân dân xã Khối Thử'
		);
		await expect( notice ).toContainText( 'Trưởng Ban biên tập:' );
		await expect(
			notice.getByRole( 'link', { name: 'lienhe@example.test' } )
		).toHaveAttribute( 'href', 'mailto:lienhe@example.test' );

		// No script of the plugin is sent to visitors.
		const scripts = await page
			.locator( 'script[src]' )
			.evaluateAll( ( nodes ) =>
				nodes.map( ( node ) => node.getAttribute( 'src' ) ?? '' )
			);
		expect(
			scripts.filter( ( src ) => src.includes( 'ttdt-portal' ) )
		).toEqual( [] );
	} );
} );
