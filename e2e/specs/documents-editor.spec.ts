/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { ensureUser } from '../support/users';
import { browserAs, workflowOf, type User } from '../support/workflow';

/** The editor's notice that an item waits for the moderator. */
const AWAITING = 'Tin bài này đang chờ bạn duyệt';

test.describe( 'Directive documents in the block editor (issue 13)', () => {
	test.describe.configure( { timeout: 300_000 } );
	// Numbers no earlier run used, so the relation search finds this run's document only.
	const number = String( Date.now() ).slice( -6 );
	const newer = String( Number( number ) + 1 );
	const oldTitle = `Quy chế làm việc của UBND xã năm ${ number }`;
	const newTitle = `Quy chế làm việc sửa đổi ${ newer }`;
	let updater: User;
	let moderator: User;
	let oldId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		updater = await ensureUser(
			requestUtils,
			've_capnhat',
			'ttdt_updater'
		);
		moderator = await ensureUser(
			requestUtils,
			've_kiemduyet',
			'ttdt_moderator'
		);
		// The older decision the new one replaces, written by the updater and published by the
		// administrator (which approves it).
		oldId = (
			( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/ttdt-documents',
				data: {
					title: oldTitle,
					status: 'publish',
					author: updater.id,
					meta: {
						ttdt_source: 'Văn phòng HĐND và UBND xã',
						ttdt_writer: 'Nguyễn Văn Viết',
						ttdt_doc_number: `${ number }/QĐ-UBND`,
						ttdt_doc_issued: '2024-01-05',
					},
				},
			} ) ) as { id: number }
		 ).id;
	} );

	test( 'an updater fills a document in the editor and submits it, a moderator approves it there, and the published page shows its fields', async ( {
		browser,
		requestUtils,
	} ) => {
		// The updater writes the document in the block editor.
		const writer = await browserAs( browser, updater );
		await writer.admin.createNewPost( {
			postType: 'ttdt_document',
			title: newTitle,
		} );
		const page = writer.page;
		const panel = page.locator( '.ttdt-documents-panel' );
		// Open by itself on a new document.
		await expect( panel.getByLabel( 'Số ký hiệu' ) ).toBeVisible( {
			timeout: 60_000,
		} );
		await panel.getByLabel( 'Số ký hiệu' ).fill( `${ newer }/QĐ-UBND` );
		await panel.getByLabel( 'Người ký' ).fill( 'Trần Văn Ký' );
		await panel.getByLabel( 'Ngày ban hành' ).fill( '01/03/2026' );
		await panel.getByLabel( 'Ngày hiệu lực' ).fill( '15/03/2026' );

		// The older decision, found by its number and symbol (not in its title: the token search).
		await panel
			.getByLabel( 'Tìm văn bản theo số hiệu hoặc trích yếu' )
			.fill( `${ number }/QĐ` );
		await panel
			.getByRole( 'button', {
				name: `Thay thế: ${ number }/QĐ-UBND — ${ oldTitle }`,
			} )
			.click( { timeout: 30_000 } );
		await expect(
			panel.locator( '.ttdt-documents__relation' )
		).toContainText( `${ number }/QĐ-UBND — ${ oldTitle }` );

		// Provenance and the workflow apply to documents as to news items.
		const provenance = page.locator( '.ttdt-provenance-panel' );
		if (
			( await provenance
				.getByRole( 'button', { name: 'Nguồn tin & người viết' } )
				.getAttribute( 'aria-expanded' ) ) === 'false'
		) {
			await provenance
				.getByRole( 'button', { name: 'Nguồn tin & người viết' } )
				.click();
		}
		await provenance.getByLabel( 'Nguồn tin' ).fill( 'Văn phòng UBND xã' );
		await provenance.getByLabel( 'Người viết' ).fill( 'Lê Thị Cập Nhật' );
		await expect( page.locator( '.ttdt-workflow-status' ) ).toBeVisible();

		const label = /^(Submit for Review|Gửi xét duyệt|Gửi để xét duyệt)$/;
		await page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: label } )
			.click();
		await page
			.getByRole( 'region', { name: 'Editor publish' } )
			.getByRole( 'button', { name: label } )
			.click();
		await expect(
			page.locator( '.components-notice' ).filter( {
				hasText: 'Đã gửi duyệt.',
			} )
		).toBeVisible( { timeout: 60_000 } );
		const id = Number( new URL( page.url() ).searchParams.get( 'post' ) );
		expect( id ).toBeGreaterThan( 0 );
		await writer.close();

		const stored = ( await requestUtils.rest( {
			path: `/wp/v2/ttdt-documents/${ id }`,
			params: { context: 'edit' },
		} ) ) as { meta: Record< string, unknown >; status: string };
		expect( stored.status ).toBe( 'pending' );
		expect( stored.meta ).toMatchObject( {
			ttdt_doc_number: `${ newer }/QĐ-UBND`,
			ttdt_doc_signer: 'Trần Văn Ký',
			ttdt_doc_issued: '2026-03-01',
			ttdt_doc_effective: '2026-03-15',
			ttdt_doc_replaces: [ oldId ],
		} );
		expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
			'submitted'
		);

		// The moderator approves it in the editor, and sees its fields there.
		const reviewer = await browserAs( browser, moderator );
		await reviewer.admin.editPost( id );
		// The updater had it open moments ago: the editor's lock asks the moderator to take over.
		await reviewer.page
			.getByRole( 'dialog' )
			.getByRole( 'link', { name: /^(Take over|Tiếp quản)$/ } )
			.click( { timeout: 60_000 } );
		const awaiting = reviewer.page
			.locator( '.components-notice' )
			.filter( { hasText: AWAITING } );
		await expect(
			reviewer.page.locator( '.ttdt-documents-panel' )
		).toBeVisible( { timeout: 60_000 } );
		await awaiting
			.getByRole( 'button', { name: 'Duyệt', exact: true } )
			.click( { timeout: 60_000 } );
		await expect(
			reviewer.page
				.locator( '.ttdt-workflow-status' )
				.getByText( 'Đã duyệt, đang chờ xuất bản', { exact: true } )
		).toBeVisible( { timeout: 60_000 } );
		await reviewer.close();
		const approved = await workflowOf( requestUtils, id );
		expect( approved.state ).toBe( 'approved' );
		expect( approved.approved?.by.id ).toBe( moderator.id );

		// Published, the citizen's page shows the fields and the relation, both ways.
		const published = ( await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/ttdt-documents/${ id }`,
			data: { status: 'publish' },
		} ) ) as { link: string };
		const visitor = await browser.newContext( {
			baseURL: process.env.WP_BASE_URL,
		} );
		const citizen = await visitor.newPage();
		await citizen.goto( published.link );
		const fields = citizen.locator( '.ttdt-item-details__fields' );
		await expect( fields ).toContainText( `${ newer }/QĐ-UBND` );
		await expect( fields ).toContainText( 'Trần Văn Ký' );
		await expect( fields ).toContainText( '01/03/2026' );
		await expect( fields ).toContainText( '15/03/2026' );
		await expect(
			citizen.locator( '.ttdt-item-details__relations' )
		).toContainText( `${ number }/QĐ-UBND` );
		await citizen
			.locator( '.ttdt-item-details__relations' )
			.getByRole( 'link', { name: new RegExp( `${ number }/QĐ-UBND` ) } )
			.click();
		await expect(
			citizen.locator( '.ttdt-item-details__notice' )
		).toContainText( `${ newer }/QĐ-UBND` );
		await visitor.close();
	} );
} );
