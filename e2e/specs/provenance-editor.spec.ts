/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { fixtureWriter } from '../support/workflow';

test.describe( 'Source and writer in the block editor (Art. 7.1)', () => {
	test( 'the pre-publish check holds Publish until both are given; drafts still save; the page shows them', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		// Draft, held publish, publish and the public page: a long walk on Playground, whose one
		// PHP worker answers the editor's requests in turn (CI runs it beside the native suite).
		test.setTimeout( 240_000 );
		const heading = `Tin kiểm tra trước khi đăng ${ Date.now() }`;
		const writer = `Hoàng Thị Viết ${ Date.now() }`;
		const collaborator = await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/collaborators',
			data: { title: writer, meta: { ttdt_unit: 'Hội Nông dân' } },
		} );
		// Written by someone else: nobody approves their own item by publishing it.
		const draft = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: heading,
				status: 'draft',
				author: ( await fixtureWriter( requestUtils ) ).id,
			},
		} ) ) as { id: number };
		await admin.editPost( draft.id );
		await editor.insertBlock( {
			name: 'core/paragraph',
			attributes: { content: 'Nội dung tin bài thử nghiệm.' },
		} );

		// The document panel is there, in Vietnamese.
		await editor.openDocumentSettingsSidebar();
		await page.getByRole( 'tab', { name: /^(Post|Bài viết)$/ } ).click();
		await expect(
			page.getByRole( 'button', { name: 'Nguồn tin & người viết' } )
		).toBeVisible();

		// A draft saves although source and writer are missing.
		await page.locator( '.editor-post-save-draft' ).click();
		await expect( page.locator( '.editor-post-saved-state' ) ).toHaveClass(
			/is-saved/,
			{ timeout: 60_000 }
		);

		// Opening the publish panel: the check lists what is missing and Publish does not go through.
		await page.locator( '.editor-post-publish-panel__toggle' ).click();
		const panel = page.locator( '.editor-post-publish-panel' );
		const check = panel.locator( '.ttdt-provenance-check' );
		await expect( check ).toContainText( 'Chưa có nguồn tin.' );
		await expect( check ).toContainText( 'Chưa có người viết.' );
		const publish = panel.locator( '.editor-post-publish-button' );
		await expect( publish ).toHaveAttribute( 'aria-disabled', 'true' );
		// A click on the held button (which a user can still make) publishes nothing.
		await publish.click( { force: true } );
		await expect(
			panel.locator( '.editor-post-publish-panel__prepublish' )
		).toBeVisible();
		expect(
			await page.evaluate( () =>
				(
					window as unknown as {
						wp: {
							data: {
								select: ( store: string ) => {
									getCurrentPostAttribute: (
										key: string
									) => string;
								};
							};
						};
					}
				 ).wp.data
					.select( 'core/editor' )
					.getCurrentPostAttribute( 'status' )
			)
		).toBe( 'draft' );

		// Filling both in the panel releases Publish.
		await check
			.getByLabel( 'Nguồn tin', { exact: true } )
			.fill( 'Văn phòng – Thống kê UBND thị trấn' );
		await expect( check ).not.toContainText( 'Chưa có nguồn tin.' );
		await expect( publish ).toHaveAttribute( 'aria-disabled', 'true' );
		await check.getByLabel( 'Người viết', { exact: true } ).fill( writer );
		// The name is a registered collaborator's: the item gets linked to them.
		// Linked once the search for the typed name answers (the list of suggestions shows the
		// collaborator sooner, from the empty search, before the item is linked).
		await expect( check ).toContainText(
			'Đã đăng ký: Cộng tác viên, Hội Nông dân.',
			{ timeout: 60_000 }
		);
		await expect( check ).toContainText( 'Đã có nguồn tin và người viết.' );
		await expect( publish ).toHaveAttribute( 'aria-disabled', 'false' );
		await publish.click();
		await expect(
			panel.locator( '.post-publish-panel__postpublish' )
		).toBeVisible( { timeout: 60_000 } );

		const link = await page.evaluate( () =>
			(
				window as unknown as {
					wp: {
						data: {
							select: ( store: string ) => {
								getPermalink: () => string;
							};
						};
					};
				}
			 ).wp.data
				.select( 'core/editor' )
				.getPermalink()
		);
		await page.goto( link );
		const provenance = page.locator( '.wp-block-ttdt-post-source' );
		await expect( provenance ).toContainText( `Người viết: ${ writer }` );
		await expect( provenance ).toContainText(
			'Nguồn tin: Văn phòng – Thống kê UBND thị trấn'
		);
		// The theme's byline names the same writer, not the account that posted the item,
		// and links to no account's archive.
		const byline = page.locator( '.wp-block-post-author-name' );
		await expect( byline ).toHaveText( writer );
		await expect( byline.locator( 'a' ) ).toHaveCount( 0 );
		const saved = await requestUtils.rest( {
			path: '/wp/v2/posts',
			params: { search: heading, context: 'edit' },
		} );
		expect( saved[ 0 ].meta.ttdt_collaborator_id ).toBe( collaborator.id );
		// Official news carries no reference label or notice (other items the template lists
		// below it, e.g. "more posts", may be reference news and carry theirs).
		await expect( page.locator( 'h1 .ttdt-reference-label' ) ).toHaveCount(
			0
		);
		await expect(
			page.locator( '.wp-block-ttdt-reference-label' )
		).toHaveCount( 0 );
	} );

	test( 'quick edit cannot publish an item that lacks them', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const heading = `Tin sửa nhanh thiếu nguồn ${ Date.now() }`;
		const draft = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: { title: heading, status: 'draft' },
		} );
		await admin.visitAdminPage(
			'edit.php',
			`post_status=draft&orderby=date&order=desc`
		);
		const row = page.locator( `#post-${ draft.id }` );
		await row.hover();
		await row.locator( 'button.editinline' ).click();
		const inline = page.locator( `#edit-${ draft.id }` );
		await inline
			.locator( 'select[name="_status"]' )
			.selectOption( 'publish' );
		await inline.locator( 'button.save' ).click();
		await expect( page.locator( `#post-${ draft.id }` ) ).toBeVisible();
		await expect( inline ).toBeHidden();

		const after = await requestUtils.rest( {
			path: `/wp/v2/posts/${ draft.id }`,
			params: { context: 'edit' },
		} );
		expect( after.status ).toBe( 'draft' );

		// The next admin screen says why, in Vietnamese.
		await admin.visitAdminPage( 'edit.php' );
		await expect(
			page.locator( '.notice-error', { hasText: 'Chưa có nguồn tin' } )
		).toBeVisible();
	} );
} );
