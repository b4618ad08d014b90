/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';
import { browserAs, workflowOf } from '../support/workflow';

/**
 * `2026-02-13` → `13/02/2026`.
 *
 * @param ymd Date.
 */
const vnDate = ( ymd: string ) =>
	ymd.slice( 0, 10 ).split( '-' ).reverse().join( '/' );

/**
 * Opens the approval panel of the block editor's sidebar.
 *
 * @param page Editor page.
 */
async function workflowPanel( page: Page ) {
	const toggle = page.getByRole( 'button', {
		name: 'Duyệt tin bài',
		exact: true,
	} );
	if ( ( await toggle.getAttribute( 'aria-expanded' ) ) !== 'true' ) {
		await toggle.click();
	}
	const panel = page.locator( '.ttdt-workflow' );
	await panel.waitFor( { timeout: 150_000 } );
	return panel;
}

/**
 * Opens an item in the block editor, taking it over from the previous person (their tab was
 * closed without releasing the post lock).
 *
 * @param tab        A logged-in tab.
 * @param tab.page   Its page.
 * @param tab.admin  Its admin helpers.
 * @param tab.editor Its editor helpers.
 * @param id         Item ID.
 */
async function openEditor(
	tab: Awaited< ReturnType< typeof browserAs > >,
	id: number
) {
	await tab.admin.editPost( id );
	const takeOver = tab.page.getByRole( 'link', {
		name: /^(Take over|Tiếp quản)$/,
	} );
	const toggle = tab.page.getByRole( 'button', {
		name: 'Duyệt tin bài',
		exact: true,
	} );
	await expect( takeOver.or( toggle ) ).toBeVisible( { timeout: 60_000 } );
	if ( await takeOver.isVisible() ) {
		// The editor loads again: its welcome guide must be dismissed again.
		await Promise.all( [
			tab.page.waitForEvent( 'load', { timeout: 60_000 } ),
			takeOver.click( { timeout: 60_000 } ),
		] );
		await tab.editor.setPreferences( 'core/edit-post', {
			welcomeGuide: false,
			fullscreenMode: false,
		} );
		await expect( toggle ).toBeVisible( { timeout: 60_000 } );
	}
}

/**
 * Clicks "Submit for Review" in the top bar and confirms it in the pre-publish panel.
 *
 * @param page Editor page.
 */
async function submitForReview( page: Page ) {
	const label = /^(Submit for Review|Gửi xét duyệt)$/;
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: label } )
		.click();
	await page
		.getByRole( 'region', { name: 'Editor publish' } )
		.getByRole( 'button', { name: label } )
		.click();
}

test.describe( 'Approval workflow, from submission to publication', () => {
	test( 'a collaborator submits, a moderator returns then approves, a publisher publishes; audit log and e-mails follow', async ( {
		browser,
		requestUtils,
		mailbox,
	} ) => {
		test.setTimeout( 900_000 );
		const writer = await ensureUser(
			requestUtils,
			'wf_ctv',
			'ttdt_collaborator'
		);
		const moderator = await ensureUser(
			requestUtils,
			'wf_kiemduyet',
			'ttdt_moderator'
		);
		const publisher = await ensureUser(
			requestUtils,
			'wf_xuatban',
			'ttdt_publisher'
		);
		const title = `Hội nghị tổng kết công tác ${ Date.now() }`;

		// The collaborator's draft, written through REST like any client would.
		const asWriter = await sessionFor( writer );
		const { id } = await (
			await asWriter.rest( 'POST', '/wp/v2/posts', {
				title,
				content:
					'<!-- wp:paragraph --><p>Sáng nay, UBND thị trấn tổ chức hội nghị.</p><!-- /wp:paragraph -->',
				status: 'draft',
				meta: {
					ttdt_source: 'Văn phòng UBND thị trấn',
					ttdt_writer: 'Phạm Thị Cộng',
				},
			} )
		).json();
		mailbox.clear();

		await test.step( 'the collaborator submits it from the editor', async () => {
			const tab = await browserAs( browser, writer );
			await openEditor( tab, id );
			// A collaborator has no Publish button at all.
			await expect(
				tab.page
					.getByRole( 'region', { name: 'Editor top bar' } )
					.getByRole( 'button', { name: /^(Publish|Đăng)$/ } )
			).toHaveCount( 0 );
			await submitForReview( tab.page );
			await expect
				.poll(
					// A slow answer (Playground serves one request at a time, behind the
					// mails of the submission) is asked again within the poll's own time.
					async () =>
						(
							await workflowOf( requestUtils, id ).catch(
								() => null
							)
						)?.state,
					{
						timeout: 150_000,
					}
				)
				.toBe( 'submitted' );
			await tab.close();
		} );

		const submitted = await workflowOf( requestUtils, id );
		expect( submitted.received_via ).toBe( 'online' );
		expect( submitted.received_at ).not.toBe( '' );
		expect( submitted.deadline ).toMatch( /^\d{4}-\d{2}-\d{2}$/ );
		const deadline = vnDate( submitted.deadline as string );

		const notice = await mailbox.waitFor(
			( mail ) =>
				mail.to.includes( 'wf_kiemduyet@example.test' ) &&
				mail.subject.includes( title )
		);
		expect( notice.subject ).toContain( 'Tin bài chờ duyệt' );
		expect( notice.text ).toContain( 'wf_ctv đã gửi duyệt tin bài' );
		expect( notice.text ).toContain( deadline );
		expect( notice.text ).toContain( `post.php?post=${ id }&action=edit` );
		// The writer is not told about their own submission.
		expect( mailbox.to( 'wf_ctv@example.test' ) ).toHaveLength( 0 );

		await test.step( 'the moderator finds it in the review queue and returns it', async () => {
			const tab = await browserAs( browser, moderator );
			await tab.admin.visitAdminPage(
				'admin.php',
				'page=ttdt-portal-review-queue'
			);
			await expect(
				tab.page.getByRole( 'heading', {
					name: 'Tin bài đang chờ duyệt',
				} )
			).toBeVisible();
			// Other items may fill the first page: look this one up.
			await tab.page
				.getByRole( 'searchbox', { name: 'Tìm theo tiêu đề' } )
				.fill( title );
			const row = tab.page
				.getByRole( 'row' )
				.filter( { hasText: title } );
			await expect( row ).toBeVisible( { timeout: 150_000 } );
			await expect( row ).toContainText( deadline );
			await expect( row ).toContainText( 'Đang chờ duyệt' );
			await expect( row ).toContainText( 'Phạm Thị Cộng' );

			await row.getByRole( 'button', { name: 'Thao tác' } ).click();
			await tab.page
				.getByRole( 'menuitem', { name: 'Trả lại người viết' } )
				.click();
			const dialog = tab.page.getByRole( 'dialog' );
			const send = dialog.getByRole( 'button', {
				name: 'Trả lại',
				exact: true,
			} );
			await expect( send ).toBeDisabled();
			await dialog
				.getByLabel( 'Lý do trả lại' )
				.fill( 'Thiếu số liệu về số đại biểu tham dự.' );
			await send.click();
			await expect(
				tab.page.locator( '.components-notice' ).filter( {
					hasText: 'Đã trả lại 1 tin bài cho người viết.',
				} )
			).toBeVisible( { timeout: 150_000 } );
			await tab.close();
		} );

		expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
			'returned'
		);
		const returned = await mailbox.waitFor(
			( mail ) =>
				mail.to.includes( 'wf_ctv@example.test' ) &&
				mail.subject.includes( 'bị trả lại' )
		);
		expect( returned.subject ).toContain( title );
		expect( returned.text ).toContain(
			'Lý do: Thiếu số liệu về số đại biểu tham dự.'
		);

		await test.step( 'the collaborator reads the reason, corrects the item and submits it again', async () => {
			const tab = await browserAs( browser, writer );
			await openEditor( tab, id );
			const panel = await workflowPanel( tab.page );
			await expect( panel ).toContainText( 'Đã trả lại người viết' );
			await expect( panel ).toContainText(
				'Thiếu số liệu về số đại biểu tham dự.'
			);
			await tab.editor.canvas
				.getByText( 'Sáng nay, UBND thị trấn tổ chức hội nghị.' )
				.click();
			await tab.page.keyboard.press( 'End' );
			await tab.page.keyboard.type( ' Có 120 đại biểu tham dự.' );
			await submitForReview( tab.page );
			await expect
				.poll(
					// A slow answer (Playground serves one request at a time, behind the
					// mails of the submission) is asked again within the poll's own time.
					async () =>
						(
							await workflowOf( requestUtils, id ).catch(
								() => null
							)
						)?.state,
					{
						timeout: 150_000,
					}
				)
				.toBe( 'submitted' );
			await tab.close();
		} );

		await test.step( 'the moderator approves it from the editor panel', async () => {
			const tab = await browserAs( browser, moderator );
			await openEditor( tab, id );
			await expect(
				tab.page
					.getByRole( 'region', { name: 'Editor top bar' } )
					.getByRole( 'button', { name: /^(Publish|Đăng)$/ } )
			).toHaveCount( 0 );
			const panel = await workflowPanel( tab.page );
			await expect( panel ).toContainText( 'Đang chờ duyệt' );
			await expect( panel ).toContainText( `Hạn duyệt: ${ deadline }` );
			await panel
				.getByLabel( 'Ý kiến gửi người viết' )
				.fill( 'Tin đạt yêu cầu.' );
			await panel
				.getByRole( 'button', { name: 'Duyệt', exact: true } )
				.click();
			await expect( panel ).toContainText(
				'Đã duyệt, đang chờ xuất bản',
				{ timeout: 150_000 }
			);
			await tab.close();
		} );

		const approved = await mailbox.waitFor(
			( mail ) =>
				mail.to.includes( 'wf_ctv@example.test' ) &&
				mail.subject.includes( 'đã được duyệt' )
		);
		expect( approved.text ).toContain( 'wf_kiemduyet đã duyệt tin bài' );
		expect( approved.text ).toContain( 'Tin đạt yêu cầu.' );

		await test.step( 'the publisher publishes it', async () => {
			const tab = await browserAs( browser, publisher );
			await openEditor( tab, id );
			const panel = await workflowPanel( tab.page );
			await expect( panel ).toContainText(
				'Đã duyệt, đang chờ xuất bản'
			);
			const label = /^(Publish|Đăng)$/;
			await tab.page
				.getByRole( 'region', { name: 'Editor top bar' } )
				.getByRole( 'button', { name: label } )
				.click();
			await tab.page
				.getByRole( 'region', { name: 'Editor publish' } )
				.getByRole( 'button', { name: label } )
				.click();
			await expect
				.poll(
					// A slow answer (Playground serves one request at a time, behind the
					// mails of the submission) is asked again within the poll's own time.
					async () =>
						(
							await workflowOf( requestUtils, id ).catch(
								() => null
							)
						)?.state,
					{
						timeout: 150_000,
					}
				)
				.toBe( 'published' );
			await tab.close();
		} );

		const final = await workflowOf( requestUtils, id );
		expect(
			final.history.map( ( entry ) => [ entry.action, entry.user.id ] )
		).toEqual( [
			[ 'submit', writer.id ],
			[ 'return', moderator.id ],
			[ 'submit', writer.id ],
			[ 'approve', moderator.id ],
			[ 'publish', publisher.id ],
		] );

		// The audit log holds every step, each attributed.
		const audit = ( await requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: { object_id: id, per_page: 50 },
		} ) ) as { action: string; user_id: number }[];
		const steps = audit
			.map( ( entry ) => `${ entry.action } ${ entry.user_id }` )
			.reverse();
		expect( steps ).toEqual(
			expect.arrayContaining( [
				`workflow.submit ${ writer.id }`,
				`workflow.return ${ moderator.id }`,
				`workflow.approve ${ moderator.id }`,
				`post.publish ${ publisher.id }`,
			] )
		);
		expect(
			steps.filter( ( step ) => step.startsWith( 'workflow.submit' ) )
		).toHaveLength( 2 );

		await asWriter.dispose();
	} );
} );
