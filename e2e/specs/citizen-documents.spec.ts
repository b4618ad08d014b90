/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ensureUser } from '../support/users';
import type { User } from '../support/workflow';

const PROVENANCE = {
	ttdt_source: 'Văn phòng HĐND và UBND xã',
	ttdt_writer: 'Nguyễn Văn Viết',
};

/** A one-page PDF: the smallest file a PDF reader opens. */
const PDF =
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** The form refuses a submission sent sooner than a person can fill it in (3 s). */
const MIN_FILL_MS = 3_200;

/** What the draft's page says once its comment period is over. */
const CLOSED = /Thời gian lấy ý kiến về dự thảo này đã kết thúc ngày/;

/**
 * A calendar day `days` from today, `YYYY-MM-DD`. Three days or more either way, so the time
 * zone of the site cannot move it across today.
 *
 * @param days Days from today.
 */
function day( days: number ): string {
	return new Date( Date.now() + days * 86_400_000 )
		.toISOString()
		.slice( 0, 10 );
}

/**
 * The serious and critical WCAG 2.1 AA violations axe finds in a part of the page.
 *
 * @param page    The page, loaded.
 * @param include Selector of the part to check.
 */
async function violations( page: Page, include: string ): Promise< string[] > {
	const { violations: found } = await new AxeBuilder( { page } )
		.withTags( [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa' ] )
		.include( include )
		.analyze();
	return found
		.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' )
		.flatMap( ( v ) =>
			v.nodes.map(
				( node ) => `${ v.id }: ${ node.html.slice( 0, 160 ) }`
			)
		);
}

/**
 * The hidden fields of the comment form on the page: what a script would replay.
 *
 * @param page The draft's page.
 */
async function hiddenFields( page: Page ): Promise< Record< string, string > > {
	const form = page.locator( '.ttdt-draft-comments__form' );
	const fields: Record< string, string > = {};
	for ( const name of [ 'action', 'started', 'ttdt_nonce', 'draft' ] ) {
		fields[ name ] = ( await form
			.locator( `input[name="${ name }"]` )
			.getAttribute( 'value' ) ) as string;
	}
	return fields;
}

test.describe( 'A citizen looks for documents, comments on a draft and gets a form (issue 13)', () => {
	test.describe.configure( { timeout: 240_000 } );
	// Numbers no earlier run used, so a search finds this run's items only.
	const number = String( Date.now() ).slice( -6 );
	const newer = String( Number( number ) + 1 );
	const oldTitle = `Về việc quy định giờ tiếp công dân năm ${ number }`;
	const newTitle = `Về việc quy định giờ tiếp công dân (thay thế) ${ newer }`;
	const procedureTitle = `Đăng ký kết hôn đợt ${ number }`;
	const openTitle = `Dự thảo quy chế quản lý chợ xã ${ number }`;
	const closedTitle = `Dự thảo quy ước khu dân cư ${ number }`;
	let writer: User;
	let libraryUrl = '';
	let openDraft = { id: 0, link: '' };
	let closedDraft = { id: 0, link: '' };

	test.beforeAll( async ( { requestUtils } ) => {
		test.setTimeout( 180_000 );
		// Items written by a collaborator, so the administrator's publishing approves them.
		writer = await ensureUser(
			requestUtils,
			'cd_ctv',
			'ttdt_collaborator'
		);
		const term = async ( taxonomy: string, name: string ) => {
			const found = ( await requestUtils.rest( {
				path: `/wp/v2/${ taxonomy }`,
				params: { search: name },
			} ) ) as Array< { id: number; name: string } >;
			const existing = found.find( ( item ) => item.name === name );
			return existing
				? existing.id
				: (
						( await requestUtils.rest( {
							method: 'POST',
							path: `/wp/v2/${ taxonomy }`,
							data: { name },
						} ) ) as { id: number }
					 ).id;
		};
		const upload = async ( name: string ) => {
			const file = path.join( os.tmpdir(), `${ name }-${ number }.pdf` );
			fs.writeFileSync( file, PDF );
			return ( await requestUtils.uploadMedia( file ) ).id;
		};
		const item = async (
			base: string,
			title: string,
			data: Record< string, unknown >
		) =>
			( await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/${ base }`,
				data: {
					title,
					status: 'publish',
					author: writer.id,
					...data,
					meta: {
						...PROVENANCE,
						...( data.meta as Record< string, unknown > ),
					},
				},
			} ) ) as { id: number; link: string };

		const decision = await term( 'ttdt_doc_type', 'Quyết định' );
		const committee = await term( 'ttdt_agency', 'UBND xã' );
		const civil = await term( 'ttdt_field', 'Hộ tịch' );
		const old = await item( 'ttdt-documents', oldTitle, {
			ttdt_doc_type: [ decision ],
			ttdt_agency: [ committee ],
			meta: {
				ttdt_doc_number: `${ number }/QĐ-UBND`,
				ttdt_doc_signer: 'Trần Văn Ký',
				ttdt_doc_issued: '2024-02-01',
			},
		} );
		await item( 'ttdt-documents', newTitle, {
			ttdt_doc_type: [ decision ],
			ttdt_agency: [ committee ],
			meta: {
				ttdt_doc_number: `${ newer }/QĐ-UBND`,
				ttdt_doc_signer: 'Trần Văn Ký',
				ttdt_doc_issued: '2025-09-01',
				ttdt_doc_replaces: [ old.id ],
			},
		} );
		await item( 'ttdt-procedures', procedureTitle, {
			ttdt_field: [ civil ],
			ttdt_agency: [ committee ],
			meta: {
				ttdt_proc_code: `2.00${ number }`,
				ttdt_proc_fees: 'Miễn lệ phí',
				ttdt_proc_forms: [ await upload( 'to-khai-dang-ky-ket-hon' ) ],
			},
		} );
		openDraft = await item( 'ttdt-drafts', openTitle, {
			content:
				'<!-- wp:paragraph --><p>Điều 1. Phạm vi điều chỉnh.</p><!-- /wp:paragraph -->',
			meta: {
				ttdt_draft_opens: day( -3 ),
				ttdt_draft_closes: day( 30 ),
				ttdt_draft_files: [ await upload( 'du-thao-quy-che-cho' ) ],
			},
		} );
		closedDraft = await item( 'ttdt-drafts', closedTitle, {
			meta: {
				ttdt_draft_opens: day( -40 ),
				ttdt_draft_closes: day( -3 ),
				ttdt_draft_report:
					'Đã nhận 12 ý kiến; tiếp thu 9 ý kiến, giải trình 3 ý kiến.',
			},
		} );
		libraryUrl = (
			( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					title: `Tra cứu văn bản ${ number }`,
					status: 'publish',
					content:
						'<!-- wp:ttdt/documents {"perPage":5} /--><!-- wp:ttdt/procedures {"perPage":5} /--><!-- wp:ttdt/drafts {"perPage":50} /-->',
				},
			} ) ) as { link: string }
		 ).link;
	} );

	test.describe( 'as a citizen, without JavaScript', () => {
		test.use( {
			storageState: { cookies: [], origins: [] },
			javaScriptEnabled: false,
		} );

		test( 'finds a decision by its number without accents, follows it to the newer one, comments on an open draft, finds a closed one and downloads a procedure form', async ( {
			page,
		} ) => {
			// 1. The decision, by its number typed without accents.
			await page.goto( libraryUrl );
			const library = page.locator( '.wp-block-ttdt-documents' );
			await library
				.locator( 'input[name="vb_q"]' )
				.fill( `quyet dinh so ${ number }` );
			await library.locator( 'button[type="submit"]' ).click();
			const found = library.locator( '.ttdt-item-list__item' );
			await expect( found ).toHaveCount( 1 );
			await expect( found ).toContainText( `${ number }/QĐ-UBND` );

			// 2. Its page says it was replaced, and links to the newer decision.
			await found.getByRole( 'link', { name: oldTitle } ).click();
			const notice = page.locator( '.ttdt-item-details__notice' );
			await expect( notice ).toContainText( 'đã được thay thế' );
			// The commune's document, not a blog post: no account named as its author, and
			// no list of news under it (the plugin's template, not the theme's blog one).
			const main = page.locator( 'main' );
			await expect(
				main.locator( '.wp-block-post-author-name' )
			).toHaveCount( 0 );
			await expect( main.locator( '.wp-block-query' ) ).toHaveCount( 0 );
			await notice
				.getByRole( 'link', {
					name: new RegExp( `${ newer }/QĐ-UBND` ),
				} )
				.click();
			await expect( page.locator( 'h1' ) ).toContainText( newTitle );
			await expect(
				page.locator( '.ttdt-item-details__notice' )
			).toHaveCount( 0 );

			// 3. The drafts open for comment, listed at their own address; this run's closed
			// draft is not among them.
			await page.goto( libraryUrl );
			const drafts = page.locator( '.wp-block-ttdt-drafts' );
			await drafts
				.getByRole( 'link', { name: 'Đang lấy ý kiến' } )
				.click();
			await expect( page ).toHaveURL( /dt_tinhtrang=open/ );
			await expect(
				drafts.getByRole( 'link', { name: closedTitle } )
			).toHaveCount( 0 );
			const listed = drafts
				.locator( '.ttdt-item-list__item' )
				.filter( { hasText: openTitle } );
			await expect( listed ).toContainText( 'Đang lấy ý kiến' );
			await listed.getByRole( 'link', { name: openTitle } ).click();
			await expect( page ).toHaveURL( openDraft.link );

			// The open draft: its period, its file and a form that works without scripts.
			const section = page.locator( '.wp-block-ttdt-draft-comments' );
			await expect( section ).toContainText(
				'Thời gian lấy ý kiến: từ ngày'
			);
			await expect(
				section.locator( '.ttdt-draft-comments__files a' )
			).toHaveAttribute( 'href', /du-thao-quy-che-cho/ );
			const form = section.locator( '.ttdt-draft-comments__form' );
			await form.getByLabel( 'Họ và tên' ).fill( 'Phạm Thị Góp Ý' );
			await form
				.getByLabel( 'Email hoặc số điện thoại' )
				.fill( `09${ number } 00` );
			await form
				.getByLabel( 'Ý kiến góp ý của bạn về dự thảo' )
				.fill(
					`Đề nghị bổ sung quy định giờ mở cửa chợ vào buổi sáng sớm (${ number }).`
				);
			await form.getByRole( 'checkbox' ).check();
			await page.waitForTimeout( MIN_FILL_MS );
			await form.getByRole( 'button', { name: 'Gửi góp ý' } ).click();
			await expect(
				section.locator( '.ttdt-draft-comments__thanks' )
			).toContainText( 'Góp ý của bạn đã được tiếp nhận' );
			// Comments are for the board: the public page does not show them.
			await page.goto( openDraft.link );
			await expect( page.locator( 'body' ) ).not.toContainText(
				'Phạm Thị Góp Ý'
			);

			// 4. A closed draft, listed as ended: no form, the date it closed, and the board's
			// report.
			await page.goto( libraryUrl );
			await drafts
				.getByRole( 'link', { name: 'Đã hết thời gian lấy ý kiến' } )
				.click();
			const ended = drafts
				.locator( '.ttdt-item-list__item' )
				.filter( { hasText: closedTitle } );
			await expect( ended ).toContainText(
				'Đã hết thời gian lấy ý kiến'
			);
			await expect(
				drafts.getByRole( 'link', { name: openTitle } )
			).toHaveCount( 0 );
			await ended.getByRole( 'link', { name: closedTitle } ).click();
			const closed = page.locator( '.wp-block-ttdt-draft-comments' );
			await expect( closed.locator( 'form' ) ).toHaveCount( 0 );
			await expect( closed.locator( '[role="note"]' ) ).toContainText(
				CLOSED
			);
			await expect( closed ).toContainText( 'tiếp thu 9 ý kiến' );

			// A late comment is refused by the server too: the open draft's form, replayed
			// by a script with the closed draft's ID, comes back refused with the reason.
			await page.goto( openDraft.link );
			const fields = await hiddenFields( page );
			await page.waitForTimeout( MIN_FILL_MS );
			const late = await page.request.post( '/wp-admin/admin-post.php', {
				form: {
					...fields,
					draft: String( closedDraft.id ),
					name: 'Người Gửi Muộn',
					contact: 'muon@example.test',
					content: 'Góp ý gửi sau khi đã hết thời gian lấy ý kiến.',
					consent: '1',
					website: '',
				},
				maxRedirects: 0,
			} );
			expect( late.status() ).toBe( 303 );
			await page.goto( late.headers().location as string );
			await expect(
				page.locator( '.ttdt-draft-comments__summary' )
			).toContainText( 'Góp ý của bạn chưa được tiếp nhận' );
			await expect(
				page.locator( '.wp-block-ttdt-draft-comments [role="note"]' )
			).toContainText( CLOSED );

			// 5. A procedure, found without accents, and its form downloaded.
			await page.goto( libraryUrl );
			const procedures = page.locator( '.wp-block-ttdt-procedures' );
			await procedures
				.locator( 'input[name="tt_q"]' )
				.fill( `dang ky ket hon dot ${ number }` );
			await procedures.locator( 'button[type="submit"]' ).click();
			await procedures
				.locator( '.ttdt-item-list__item' )
				.getByRole( 'link', { name: procedureTitle } )
				.click();
			const link = page.locator(
				'.wp-block-ttdt-item-details .ttdt-item-details__files a'
			);
			await expect( link ).toHaveAttribute(
				'href',
				/to-khai-dang-ky-ket-hon/
			);
			const download = await page.request.get(
				( await link.getAttribute( 'href' ) ) as string
			);
			expect( download.status() ).toBe( 200 );
			expect(
				( await download.body() ).subarray( 0, 5 ).toString()
			).toBe( '%PDF-' );
		} );
	} );

	test.describe( 'as a visitor, with JavaScript for the checker', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		test( 'the drafts list and the comment form have no serious or critical WCAG violations', async ( {
			page,
		} ) => {
			await page.goto( libraryUrl );
			expect( await violations( page, '.wp-block-ttdt-drafts' ) ).toEqual(
				[]
			);
			await page.goto( openDraft.link );
			expect(
				await violations( page, '.wp-block-ttdt-draft-comments' )
			).toEqual( [] );
			await page.goto( closedDraft.link );
			expect(
				await violations( page, '.wp-block-ttdt-draft-comments' )
			).toEqual( [] );
		} );
	} );

	test( 'the board reads the comments with their count; nobody else does', async ( {
		requestUtils,
		page,
	} ) => {
		// Stored for the board: one comment on the open draft, none accepted on the closed one.
		const list = async ( id: number ) =>
			( await requestUtils.rest( {
				path: `/ttdt/v1/drafts/${ id }/comments`,
			} ) ) as Array< {
				id: number;
				name: string;
				phone: string;
				content: string;
				status: string;
			} >;
		const comments = await list( openDraft.id );
		expect( comments ).toHaveLength( 1 );
		expect( comments[ 0 ] ).toMatchObject( {
			name: 'Phạm Thị Góp Ý',
			phone: `09${ number }00`,
		} );
		expect( await list( closedDraft.id ) ).toHaveLength( 0 );

		// Not public: a visitor is refused (without the REST nonce the cookie signs no one in).
		const anonymous = await page.request.get(
			`/wp-json/ttdt/v1/drafts/${ openDraft.id }/comments`
		);
		expect( anonymous.status() ).toBe( 401 );

		// The admin list counts them per draft; the draft's screen shows them.
		await page.goto(
			`/wp-admin/edit.php?post_type=ttdt_draft&s=${ encodeURIComponent(
				number
			) }`
		);
		const row = page.locator( `#post-${ openDraft.id }` );
		await expect( row.locator( 'td.column-ttdt_comments' ) ).toHaveText(
			'1'
		);
		await expect(
			page.locator( `#post-${ closedDraft.id } td.column-ttdt_comments` )
		).toHaveText( '0' );
		await expect( page.locator( 'th#ttdt_comments' ) ).toHaveText(
			'Góp ý đã nhận'
		);

		// On the draft's screen: its period in the editor panel, the comments below.
		await page.goto(
			`/wp-admin/post.php?post=${ openDraft.id }&action=edit`
		);
		const panel = page.locator( '.ttdt-documents-panel' );
		if (
			( await panel
				.getByRole( 'button', {
					name: 'Thời gian lấy ý kiến và tệp dự thảo',
				} )
				.getAttribute( 'aria-expanded', { timeout: 60_000 } ) ) ===
			'false'
		) {
			await panel
				.getByRole( 'button', {
					name: 'Thời gian lấy ý kiến và tệp dự thảo',
				} )
				.click();
		}
		await expect(
			panel.getByLabel( 'Nhận góp ý đến hết ngày' )
		).toBeVisible();
		const box = page.locator( '#ttdt-draft-comments' );
		await expect( box ).toContainText( 'Góp ý đã nhận (1)' );
		await expect( box ).toContainText( 'Phạm Thị Góp Ý' );
		await expect( box ).toContainText(
			'Đề nghị bổ sung quy định giờ mở cửa chợ'
		);

		// The board moderates it there, without a script: the comment is taken into account.
		await expect(
			box.locator( '.ttdt-draft-comments__status' )
		).toContainText( 'Chưa xem xét' );
		await box.getByRole( 'link', { name: 'Tiếp thu' } ).click();
		await expect(
			page.locator(
				'#ttdt-draft-comments .ttdt-draft-comments__status strong'
			)
		).toHaveText( 'Tiếp thu', { timeout: 60_000 } );
		const [ moderated ] = await list( openDraft.id );
		expect( moderated ).toMatchObject( { status: 'accepted' } );

		// And through REST, within the draft only.
		const explained = ( await requestUtils.rest( {
			method: 'POST',
			path: `/ttdt/v1/drafts/${ openDraft.id }/comments/${ moderated.id }`,
			data: { status: 'explained' },
		} ) ) as { status: string };
		expect( explained.status ).toBe( 'explained' );
		await expect(
			requestUtils.rest( {
				method: 'POST',
				path: `/ttdt/v1/drafts/${ closedDraft.id }/comments/${ moderated.id }`,
				data: { status: 'accepted' },
			} )
		).rejects.toMatchObject( {
			code: 'ttdt_draft_comment_not_found',
			message: expect.stringContaining( 'không có trong dự thảo' ),
		} );
	} );
} );
