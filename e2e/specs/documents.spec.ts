/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { ensureUser } from '../support/users';
import { Sessions, type User } from '../support/workflow';

const PROVENANCE = {
	ttdt_source: 'Văn phòng HĐND và UBND xã',
	ttdt_writer: 'Nguyễn Văn Viết',
};

/** A one-page PDF: the smallest file a PDF reader opens. */
const PDF =
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

test.describe( 'Directive documents and procedures (issue 13)', () => {
	test.describe.configure( { timeout: 180_000 } );
	const sessions = new Sessions();
	// Numbers no earlier run used, so a search finds this run's documents only.
	const number = String( Date.now() ).slice( -6 );
	const newer = String( Number( number ) + 1 );
	let writer: User;
	let pageUrl = '';
	let oldTitle = '';
	let newTitle = '';
	let procedureTitle = '';

	test.beforeAll( async ( { requestUtils } ) => {
		test.setTimeout( 180_000 );
		// Items written by someone else, so the administrator's publishing approves them.
		writer = await ensureUser(
			requestUtils,
			'vb_ctv',
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
		const decision = await term( 'ttdt_doc_type', 'Quyết định' );
		const committee = await term( 'ttdt_agency', 'UBND xã' );
		const civil = await term( 'ttdt_field', 'Hộ tịch' );

		const document = async (
			title: string,
			meta: Record< string, unknown >
		) =>
			( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/ttdt-documents',
				data: {
					title,
					status: 'publish',
					author: writer.id,
					ttdt_doc_type: [ decision ],
					ttdt_agency: [ committee ],
					meta: { ...PROVENANCE, ...meta },
				},
			} ) ) as { id: number; link: string };
		oldTitle = `Về việc ban hành quy chế tiếp công dân năm ${ number }`;
		newTitle = `Về việc ban hành quy chế tiếp công dân (thay thế) ${ newer }`;
		const old = await document( oldTitle, {
			ttdt_doc_number: `${ number }/QĐ-UBND`,
			ttdt_doc_signer: 'Trần Văn Ký',
			ttdt_doc_issued: '2024-03-01',
			ttdt_doc_effective: '2024-03-15',
		} );
		await document( newTitle, {
			ttdt_doc_number: `${ newer }/QĐ-UBND`,
			ttdt_doc_signer: 'Trần Văn Ký',
			ttdt_doc_issued: '2025-06-01',
			ttdt_doc_replaces: [ old.id ],
		} );

		const file = path.join(
			os.tmpdir(),
			`to-khai-khai-sinh-${ number }.pdf`
		);
		fs.writeFileSync( file, PDF );
		const form = await requestUtils.uploadMedia( file );
		procedureTitle = `Đăng ký khai sinh lưu động đợt ${ number }`;
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/ttdt-procedures',
			data: {
				title: procedureTitle,
				status: 'publish',
				author: writer.id,
				ttdt_field: [ civil ],
				ttdt_agency: [ committee ],
				meta: {
					...PROVENANCE,
					ttdt_proc_code: `1.00${ number }`,
					ttdt_proc_time: 'Ngay trong ngày làm việc',
					ttdt_proc_fees: 'Miễn lệ phí',
					ttdt_proc_steps:
						'Bước 1: Nộp hồ sơ tại bộ phận một cửa.\nBước 2: Nhận kết quả.',
					ttdt_proc_url: 'https://dichvucong.gov.vn/',
					ttdt_proc_forms: [ form.id ],
				},
			},
		} );

		const library = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: `Văn bản và thủ tục ${ number }`,
				status: 'publish',
				content:
					'<!-- wp:ttdt/documents {"perPage":5} /--><!-- wp:ttdt/procedures {"perPage":5} /-->',
			},
		} ) ) as { link: string };
		pageUrl = library.link;
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	test.describe( 'as a citizen, without JavaScript', () => {
		test.use( {
			storageState: { cookies: [], origins: [] },
			javaScriptEnabled: false,
			viewport: { width: 360, height: 740 },
		} );

		test( 'finds a decision by its number typed without accents, sees it is replaced and follows the link', async ( {
			page,
		} ) => {
			await page.goto( pageUrl );
			const library = page.locator( '.wp-block-ttdt-documents' );
			await library
				.locator( 'input[name="vb_q"]' )
				.fill( `quyet dinh ${ number }` );
			await library.locator( 'button[type="submit"]' ).click();

			// The search has its own address, and finds the decision.
			await expect( page ).toHaveURL(
				new RegExp( `vb_q=quyet(\\+|%20)dinh(\\+|%20)${ number }` )
			);
			const found = library.locator( '.ttdt-item-list__item' );
			await expect( found ).toHaveCount( 1 );
			await expect( found ).toContainText( `${ number }/QĐ-UBND` );
			await expect(
				found.locator( '.ttdt-standing--replaced' )
			).toBeVisible();

			// Nothing overflows a 360 px phone.
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth
				)
			).toBeLessThanOrEqual( 360 );

			await found.getByRole( 'link', { name: oldTitle } ).click();
			const notice = page.locator( '.ttdt-item-details__notice' );
			await expect( notice ).toBeVisible();
			await expect(
				page.locator( '.ttdt-item-details__fields' )
			).toContainText( 'Trần Văn Ký' );
			await notice
				.getByRole( 'link', {
					name: new RegExp( `${ newer }/QĐ-UBND` ),
				} )
				.click();
			await expect(
				page.locator( '.ttdt-item-details__fields' )
			).toContainText( `${ newer }/QĐ-UBND` );
			await expect(
				page.locator( '.ttdt-item-details__notice' )
			).toHaveCount( 0 );
			// The newer decision names the one it replaces.
			await expect(
				page.locator( '.ttdt-item-details__relations' )
			).toContainText( `${ number }/QĐ-UBND` );
		} );

		test( 'filters by standing with a stable address', async ( {
			page,
		} ) => {
			await page.goto(
				`${ pageUrl }${ pageUrl.includes( '?' ) ? '&' : '?' }vb_q=${ number }&vb_hieuluc=in-force`
			);
			await expect(
				page.locator( '.wp-block-ttdt-documents .ttdt-item-list__item' )
			).toHaveCount( 0 );
			await page.goto(
				`${ pageUrl }${ pageUrl.includes( '?' ) ? '&' : '?' }vb_q=${ newer }&vb_hieuluc=in-force`
			);
			await expect(
				page.locator( '.wp-block-ttdt-documents .ttdt-item-list__item' )
			).toHaveCount( 1 );
		} );

		test( 'finds a procedure and downloads its form', async ( {
			page,
		} ) => {
			await page.goto( pageUrl );
			const procedures = page.locator( '.wp-block-ttdt-procedures' );
			await procedures
				.locator( 'input[name="tt_q"]' )
				.fill( `dang ky khai sinh luu dong dot ${ number }` );
			await procedures.locator( 'button[type="submit"]' ).click();
			const found = procedures.locator( '.ttdt-item-list__item' );
			await expect( found ).toHaveCount( 1 );
			await found.getByRole( 'link', { name: procedureTitle } ).click();

			const details = page.locator( '.wp-block-ttdt-item-details' );
			await expect( details ).toContainText( 'Miễn lệ phí' );
			const link = details.locator( '.ttdt-item-details__files a' );
			await expect( link ).toHaveAttribute( 'href', /to-khai-khai-sinh/ );
			const response = await page.request.get(
				( await link.getAttribute( 'href' ) ) as string
			);
			expect( response.status() ).toBe( 200 );
			expect(
				( await response.body() ).subarray( 0, 5 ).toString()
			).toBe( '%PDF-' );
		} );
	} );

	test( 'a document is published only once approved (REST)', async ( {
		requestUtils,
	} ) => {
		const publisher = await ensureUser(
			requestUtils,
			'vb_xuatban',
			'ttdt_publisher'
		);
		const moderator = await ensureUser(
			requestUtils,
			'vb_kiemduyet',
			'ttdt_moderator'
		);
		const updater = await ensureUser(
			requestUtils,
			'vb_capnhat',
			'ttdt_updater'
		);
		const fields = {
			title: `Kế hoạch phòng chống thiên tai ${ number }`,
			meta: {
				...PROVENANCE,
				ttdt_doc_number: `${ number }/KH-UBND`,
				ttdt_doc_issued: '2025-01-10',
			},
		};

		// An updater may write a document, never publish it.
		const asUpdater = await sessions.of( updater );
		const refused = await asUpdater.rest( 'POST', '/wp/v2/ttdt-documents', {
			...fields,
			status: 'publish',
		} );
		expect( refused.status() ).toBe( 403 );
		expect( JSON.stringify( await refused.json() ) ).toContain(
			'rest_cannot_publish'
		);

		// The publisher's own document needs another person's approval first.
		const asPublisher = await sessions.of( publisher );
		const draft = ( await (
			await asPublisher.rest( 'POST', '/wp/v2/ttdt-documents', {
				...fields,
				status: 'draft',
			} )
		).json() ) as { id: number };
		expect( draft.id ).toBeGreaterThan( 0 );
		const own = await asPublisher.rest(
			'POST',
			`/wp/v2/ttdt-documents/${ draft.id }`,
			{ status: 'publish' }
		);
		expect( own.status() ).toBe( 403 );
		const reasons = (
			( await own.json() ) as { data: { reasons: { code: string }[] } }
		 ).data.reasons.map( ( reason ) => reason.code );
		expect( reasons ).toEqual( [ 'ttdt_own_item' ] );
		const stored = ( await (
			await asPublisher.rest(
				'GET',
				`/wp/v2/ttdt-documents/${ draft.id }?context=edit`
			)
		).json() ) as { status: string };
		expect( stored.status ).toBe( 'draft' );

		// Through the workflow: submitted, approved by a moderator, then published.
		expect(
			(
				await asPublisher.rest(
					'POST',
					`/ttdt/v1/workflow/${ draft.id }/submit`
				)
			).status()
		).toBe( 200 );
		const asModerator = await sessions.of( moderator );
		const view = ( await (
			await asModerator.rest( 'GET', `/ttdt/v1/workflow/${ draft.id }` )
		).json() ) as { fingerprint: string };
		expect(
			(
				await asModerator.rest(
					'POST',
					`/ttdt/v1/workflow/${ draft.id }/approve`,
					{ fingerprint: view.fingerprint }
				)
			).status()
		).toBe( 200 );
		const published = await asPublisher.rest(
			'POST',
			`/wp/v2/ttdt-documents/${ draft.id }`,
			{ status: 'publish' }
		);
		expect( await published.text() ).toContain( '"status":"publish"' );
		expect( published.status() ).toBe( 200 );
	} );
} );
