/**
 * External dependencies
 */
import { request } from '@playwright/test';

/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sessionFor, type Session } from '../support/session';
import { ensureUser } from '../support/users';
import { browserAs, fixtureWriter } from '../support/workflow';

/**
 * Reference news stays labelled and filed (Art. 7.1), whatever a writer puts in a title and
 * whatever a staff member with access to the sections tries: the label comes from the stored
 * flag alone, and only an administrator may rename or delete the reference section (Art. 12.2).
 */

type Item = {
	id: number;
	link: string;
	categories: number[];
	title: { raw?: string; rendered: string };
	ttdt_reference_label: string | null;
};

const LABEL = '[Tin tham khảo]';
const TOKEN = `nhanthamkhao${ Date.now() }`;
const provenance = {
	ttdt_source: 'Ban quản lý chợ',
	ttdt_writer: 'Nguyễn Văn Cộng Tác',
};

/**
 * Term ID of the category with a slug (0 when there is none).
 *
 * @param requestUtils Admin request utilities.
 * @param slug         Category slug.
 */
async function categoryId( requestUtils: RequestUtils, slug: string ) {
	const terms = ( await requestUtils.rest( {
		path: '/wp/v2/categories',
		params: { slug, context: 'edit' },
	} ) ) as { id: number }[];
	return terms[ 0 ]?.id ?? 0;
}

/**
 * An item as the administrator reads it.
 *
 * @param requestUtils Admin request utilities.
 * @param id           Item ID.
 */
function itemOf( requestUtils: RequestUtils, id: number ): Promise< Item > {
	return requestUtils.rest( {
		path: `/wp/v2/posts/${ id }`,
		params: { context: 'edit' },
	} );
}

test.describe( 'Reference news stays labelled and filed (Art. 7.1)', () => {
	test( 'no title markup or label text hides or imitates the label', async ( {
		requestUtils,
		browser,
	} ) => {
		const writer = await ensureUser(
			requestUtils,
			'e2e_refint_ctv',
			'ttdt_collaborator'
		);
		const collaborator = await sessionFor( writer );
		const hidden = `Giải tỏa chợ ${ TOKEN }`;
		const attempts = [
			// The marker the old code looked for, in an element kses lets a collaborator keep.
			{ title: `${ hidden }<abbr title="ttdt-reference-label"></abbr>` },
			// The label's own class, and its text typed by hand.
			{
				title: `<span class="ttdt-reference-label"></span>Chợ tạm ${ TOKEN }`,
			},
			{ title: `${ LABEL } Chợ đêm ${ TOKEN }` },
			// Plain text that merely names the marker: kept as typed, and still labelled.
			{ title: `Chợ ttdt-reference-label ${ TOKEN }` },
		];
		const ids: number[] = [];
		for ( const attempt of attempts ) {
			const response = await collaborator.rest( 'POST', '/wp/v2/posts', {
				...attempt,
				status: 'draft',
				meta: { ...provenance, ttdt_is_reference: true },
			} );
			expect( response.status(), await response.text() ).toBe( 201 );
			ids.push( ( await response.json() ).id );
		}
		await collaborator.dispose();

		// An official item whose title pretends to be reference news, by an administrator (who
		// may post any markup): no role keeps markup or the label's text in a title.
		const official: Item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `${ LABEL } <em>Lịch</em> tiếp dân ${ TOKEN }`,
				status: 'publish',
				// Filed for a writer: nobody approves (by publishing) an item of their own.
				author: ( await fixtureWriter( requestUtils ) ).id,
				meta: provenance,
			},
		} );

		const expected = [
			hidden,
			`Chợ tạm ${ TOKEN }`,
			`Chợ đêm ${ TOKEN }`,
			`Chợ ttdt-reference-label ${ TOKEN }`,
		];
		const published: Item[] = [];
		for ( const [ index, id ] of ids.entries() ) {
			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/posts/${ id }`,
				data: { status: 'publish' },
			} );
			const item = await itemOf( requestUtils, id );
			expect( item.title.raw ).toBe( expected[ index ] );
			expect( item.ttdt_reference_label ).toBe( 'Tin tham khảo' );
			published.push( item );
		}
		const officialRead = await itemOf( requestUtils, official.id );
		expect( officialRead.title.raw ).toBe( `Lịch tiếp dân ${ TOKEN }` );
		expect( officialRead.ttdt_reference_label ).toBeNull();

		// Read by a visitor: REST, the item's page, search and the feed all carry the label once.
		const visitor = await sessionFor( null );
		for ( const [ index, item ] of published.entries() ) {
			const read = await (
				await visitor.rest( 'GET', `/wp/v2/posts/${ item.id }` )
			).json();
			expect( read.title.rendered ).toBe(
				`${ LABEL } ${ expected[ index ] }`
			);
		}
		const officialPublic = await (
			await visitor.rest( 'GET', `/wp/v2/posts/${ official.id }` )
		).json();
		expect( officialPublic.title.rendered ).toBe(
			`Lịch tiếp dân ${ TOKEN }`
		);
		await visitor.dispose();

		const context = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const page = await context.newPage();
		await page.goto( published[ 0 ].link );
		await expect( page.locator( 'h1 .ttdt-reference-label' ) ).toHaveText(
			LABEL
		);
		await expect( page.locator( 'h1' ).first() ).toHaveText(
			`${ LABEL } ${ hidden }`
		);
		expect( await page.title() ).toContain( `${ LABEL } ${ hidden }` );
		// The notice, once, although Block Hooks and the content block could both print it.
		await expect(
			page.locator( '.wp-block-ttdt-reference-label' )
		).toHaveCount( 1 );

		await page.goto( `/?s=${ TOKEN }` );
		for ( const title of expected ) {
			await expect(
				page
					.getByRole( 'link', { name: `${ LABEL } ${ title }` } )
					.first()
			).toBeVisible();
		}
		await expect(
			page
				.getByRole( 'link', {
					name: `Lịch tiếp dân ${ TOKEN }`,
					exact: true,
				} )
				.first()
		).toBeVisible();

		const feed = await ( await page.request.get( '/?feed=rss2' ) ).text();
		for ( const title of expected ) {
			expect( feed ).toContain( `<title>${ LABEL } ${ title }</title>` );
		}
		expect( feed ).toContain( `<title>Lịch tiếp dân ${ TOKEN }</title>` );
		await context.close();
	} );

	test( 'the notice shows on a reference item even when the template drops its block', async ( {
		requestUtils,
		browser,
	} ) => {
		const reference: Item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Chợ phiên dời ngày ${ TOKEN }`,
				status: 'publish',
				// Filed for a writer: nobody approves (by publishing) an item of their own.
				author: ( await fixtureWriter( requestUtils ) ).id,
				meta: { ...provenance, ttdt_is_reference: true },
			},
		} );
		const official: Item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Chợ phiên chính thức ${ TOKEN }`,
				status: 'publish',
				// Filed for a writer: nobody approves (by publishing) an item of their own.
				author: ( await fixtureWriter( requestUtils ) ).id,
				meta: provenance,
			},
		} );
		// A template edited so that it no longer holds the notice block still shows the notice.
		const template = 'twentytwentyfive//single';
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/templates/${ template }`,
			data: {
				content:
					'<!-- wp:post-title {"level":1} /--><!-- wp:post-content /-->',
			},
		} );
		try {
			const bare = await browser.newContext( {
				storageState: { cookies: [], origins: [] },
			} );
			const barePage = await bare.newPage();
			await barePage.goto( reference.link );
			await expect(
				barePage.locator( '.wp-block-ttdt-reference-label' )
			).toHaveCount( 1 );
			await expect(
				barePage.locator( '.wp-block-ttdt-reference-label' )
			).toContainText( 'chưa được cơ quan có thẩm quyền xác nhận' );
			await barePage.goto( official.link );
			await expect(
				barePage.locator( '.wp-block-ttdt-reference-label' )
			).toHaveCount( 0 );
			await bare.close();
		} finally {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/templates/${ template }`,
				params: { force: true },
			} );
		}
	} );

	test( 'no permission level but the administrator renames or deletes the reference section', async ( {
		requestUtils,
		browser,
	} ) => {
		const referenceId = await categoryId( requestUtils, 'tin-tham-khao' );
		expect( referenceId ).toBeGreaterThan( 0 );
		const flagged: Item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Tin chưa xác nhận ${ TOKEN }`,
				status: 'draft',
				meta: { ...provenance, ttdt_is_reference: true },
			},
		} );
		expect( flagged.categories ).toEqual( [ referenceId ] );

		// The four levels of Art. 12.2 below the administrator do not manage sections at all;
		// a core editor does, but not the reference section.
		const sessions: Record< string, Session > = {};
		for ( const role of [
			'ttdt_updater',
			'ttdt_moderator',
			'ttdt_publisher',
			'editor',
		] ) {
			sessions[ role ] = await sessionFor(
				await ensureUser( requestUtils, `e2e_refint_${ role }`, role )
			);
		}
		for ( const [ role, session ] of Object.entries( sessions ) ) {
			const created = await session.rest( 'POST', '/wp/v2/categories', {
				name: `Chuyên mục của ${ role } ${ TOKEN }`,
			} );
			expect( created.status(), role ).toBe(
				role === 'editor' ? 201 : 403
			);
			if ( created.status() === 201 ) {
				const own = await created.json();
				const renamed = await session.rest(
					'POST',
					`/wp/v2/categories/${ own.id }`,
					{ name: `Đổi tên ${ TOKEN }` }
				);
				expect( renamed.status(), role ).toBe( 200 );
				expect(
					(
						await session.rest(
							'DELETE',
							`/wp/v2/categories/${ own.id }?force=true`
						)
					).status(),
					role
				).toBe( 200 );
			}
			for ( const change of [
				{ name: 'Tin đã xác nhận' },
				{ slug: 'tin-chinh-thuc' },
				{ description: 'Tin chính thức.' },
			] ) {
				const refused = await session.rest(
					'POST',
					`/wp/v2/categories/${ referenceId }`,
					change
				);
				expect(
					refused.status(),
					`${ role } ${ JSON.stringify( change ) }`
				).toBe( 403 );
			}
			const deleted = await session.rest(
				'DELETE',
				`/wp/v2/categories/${ referenceId }?force=true`
			);
			expect( deleted.status(), role ).toBe( 403 );
			await session.dispose();
		}

		// XML-RPC asks the same per-term capabilities.
		const editorUser = await ensureUser(
			requestUtils,
			'e2e_refint_editor',
			'editor'
		);
		const rpc = await request.newContext( {
			baseURL: process.env.WP_BASE_URL,
		} );
		const auth = `<param><value><int>1</int></value></param><param><value><string>${ editorUser.username }</string></value></param><param><value><string>${ editorUser.password }</string></value></param>`;
		for ( const call of [
			`<methodName>wp.editTerm</methodName><params>${ auth }<param><value><int>${ referenceId }</int></value></param><param><value><struct><member><name>taxonomy</name><value><string>category</string></value></member><member><name>name</name><value><string>Tin đã xác nhận</string></value></member></struct></value></param></params>`,
			`<methodName>wp.deleteTerm</methodName><params>${ auth }<param><value><string>category</string></value></param><param><value><int>${ referenceId }</int></value></param></params>`,
		] ) {
			const answer = await (
				await rpc.post( '/xmlrpc.php', {
					headers: { 'Content-Type': 'text/xml' },
					data: `<?xml version="1.0"?><methodCall>${ call }</methodCall>`,
				} )
			).text();
			expect( answer ).toMatch(
				/<name>faultCode<\/name>\s*<value><int>401<\/int><\/value>/
			);
		}
		await rpc.dispose();

		// The Categories screen's bulk delete checks no per-term capability: refused too.
		const editor = await browserAs( browser, editorUser );
		await editor.page.goto( '/wp-admin/edit-tags.php?taxonomy=category' );
		// The screen offers no checkbox for it; the request is forged with the screen's nonce.
		await expect(
			editor.page.locator( `#cb-select-${ referenceId }` )
		).toHaveCount( 0 );
		const nonce = await editor.page
			.locator( '#posts-filter input[name="_wpnonce"]' )
			.inputValue();
		const bulk = await editor.page.request.post(
			'/wp-admin/edit-tags.php',
			{
				form: {
					taxonomy: 'category',
					action: 'delete',
					'delete_tags[]': String( referenceId ),
					_wpnonce: nonce,
				},
				maxRedirects: 0,
			}
		);
		expect( bulk.status() ).toBe( 403 );
		expect( await bulk.text() ).toContain(
			'Chỉ quản trị hệ thống mới được xóa chuyên mục Tin tham khảo'
		);
		await editor.close();

		const unchanged = await requestUtils.rest( {
			path: `/wp/v2/categories/${ referenceId }`,
			params: { context: 'edit' },
		} );
		expect( unchanged ).toMatchObject( {
			name: 'Tin tham khảo',
			slug: 'tin-tham-khao',
		} );
	} );

	test( 'renamed by an administrator it stays the reference section; deleted, its items move to a new one', async ( {
		requestUtils,
	} ) => {
		const referenceId = await categoryId( requestUtils, 'tin-tham-khao' );
		const flagged: Item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Tin chưa xác nhận trước khi đổi tên ${ TOKEN }`,
				status: 'draft',
				meta: { ...provenance, ttdt_is_reference: true },
			},
		} );
		expect( flagged.categories ).toEqual( [ referenceId ] );

		// The administrator renames it: it is still the reference section.
		const renamed = await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/categories/${ referenceId }`,
			data: { name: 'Thông tin tham khảo', slug: 'thong-tin-tham-khao' },
		} );
		expect( renamed.slug ).toBe( 'thong-tin-tham-khao' );
		const after: Item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Tin chưa xác nhận sau khi đổi tên ${ TOKEN }`,
				status: 'draft',
				meta: { ...provenance, ttdt_is_reference: true },
			},
		} );
		expect( after.categories ).toEqual( [ referenceId ] );

		// The administrator deletes it: a new reference section takes its items.
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/categories/${ referenceId }`,
			params: { force: true },
		} );
		const recreated = await categoryId( requestUtils, 'tin-tham-khao' );
		expect( recreated ).toBeGreaterThan( 0 );
		expect( recreated ).not.toBe( referenceId );
		for ( const item of [ flagged, after ] ) {
			const read = await itemOf( requestUtils, item.id );
			expect( read.categories ).toEqual( [ recreated ] );
			expect( read.ttdt_reference_label ).toBe( 'Tin tham khảo' );
		}
		const section = await requestUtils.rest( {
			path: `/wp/v2/categories/${ recreated }`,
		} );
		expect( section.name ).toBe( 'Tin tham khảo' );
	} );
} );
