/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { ensureUser } from '../support/users';
import {
	browserAs,
	createItems,
	fixtureWriter,
	workflowOf,
} from '../support/workflow';

/**
 * `2026-02-13` → `13/02/2026`.
 *
 * @param ymd Date.
 */
const vnDate = ( ymd: string ) =>
	ymd.slice( 0, 10 ).split( '-' ).reverse().join( '/' );

/** What the editor says of the time left: "còn 2 ngày làm việc", "hết hạn hôm nay"… */
const TIME_LEFT = /còn \d+ ngày( làm việc)?|hết hạn hôm nay|quá hạn \d+ ngày/;

/**
 * The header of the block editor.
 *
 * @param page Editor page.
 */
const topBar = ( page: Page ) =>
	page.getByRole( 'region', { name: 'Editor top bar' } );

test.describe( 'The reviewer’s editor', () => {
	test( 'a moderator sees state, receipt, deadline, time left, Approve and Return in the first screenful, and approves without opening a panel', async ( {
		browser,
		requestUtils,
	} ) => {
		test.setTimeout( 300_000 );
		const moderator = await ensureUser(
			requestUtils,
			're_kiemduyet',
			'ttdt_moderator'
		);
		const viewports = [
			{ width: 1366, height: 768 },
			{ width: 1280, height: 720 },
		];
		const ids = await createItems(
			requestUtils,
			viewports.map( () => ( { state: 'submitted' } ) )
		);

		for ( const [ index, viewport ] of viewports.entries() ) {
			const id = ids[ index ];
			const item = await workflowOf( requestUtils, id );
			const tab = await browserAs( browser, moderator );
			await tab.page.setViewportSize( viewport );
			await tab.admin.editPost( id );

			const status = tab.page.locator( '.ttdt-workflow-status' );
			// The editor's notice above the content: the item waits for them, by when.
			const awaiting = tab.page
				.locator( '.components-notice' )
				.filter( { hasText: 'Tin bài này đang chờ bạn duyệt' } );
			const approve = awaiting.getByRole( 'button', {
				name: 'Duyệt',
				exact: true,
			} );
			const giveBack = awaiting.getByRole( 'button', {
				name: 'Trả lại người viết…',
			} );
			await expect( approve ).toBeVisible( { timeout: 60_000 } );
			const deadline = vnDate( item.deadline as string );
			await expect( awaiting ).toContainText( deadline );
			await expect( awaiting ).toContainText( TIME_LEFT );
			// Seen on opening: nothing scrolled, no panel opened.
			for ( const shown of [
				status.getByText( 'Đang chờ duyệt', { exact: true } ),
				status.getByText(
					`Ngày nhận: ${ vnDate( item.received_at ) }`
				),
				status.getByText( `Hạn duyệt: ${ deadline }` ),
				status.getByText( TIME_LEFT ),
				approve,
				giveBack,
			] ) {
				await expect( shown ).toBeInViewport( { ratio: 1 } );
			}
			// Receipt time as HH:mm, never with seconds.
			await expect( status ).toContainText(
				/Ngày nhận: \d{2}\/\d{2}\/\d{4}( \d{2}:\d{2})?(?!:)/
			);

			// The header does not invite the moderator to submit what is already submitted:
			// its button only saves, and says so.
			await expect(
				topBar( tab.page ).getByRole( 'button', {
					name: /^(Submit for Review|Gửi xét duyệt|Gửi để xét duyệt)$/,
				} )
			).toHaveCount( 0 );
			await expect(
				topBar( tab.page ).getByRole( 'button', {
					name: 'Lưu thay đổi',
				} )
			).toBeVisible();

			// The Approval panel is open by default for the item awaiting them.
			await expect(
				tab.page.getByRole( 'button', {
					name: 'Duyệt tin bài',
					exact: true,
				} )
			).toHaveAttribute( 'aria-expanded', 'true' );

			if ( index === viewports.length - 1 ) {
				await approve.click();
				await expect(
					status.getByText( 'Đã duyệt, đang chờ xuất bản', {
						exact: true,
					} )
				).toBeVisible( { timeout: 60_000 } );
				await expect(
					tab.page
						.locator( '.components-snackbar' )
						.filter( { hasText: 'Đã duyệt tin bài.' } )
				).toBeVisible();
				// Nothing is left for the moderator to do on it.
				await expect( awaiting ).toHaveCount( 0 );
				const approved = await workflowOf( requestUtils, id );
				expect( approved.state ).toBe( 'approved' );
				expect( approved.approved?.by.id ).toBe( moderator.id );
			}
			await tab.close();
		}
	} );

	test( 'a moderator returns an item from the editor’s notice, with a reason', async ( {
		browser,
		requestUtils,
	} ) => {
		test.setTimeout( 300_000 );
		const moderator = await ensureUser(
			requestUtils,
			're_kiemduyet',
			'ttdt_moderator'
		);
		const [ id ] = await createItems( requestUtils, [
			{ state: 'submitted' },
		] );
		const tab = await browserAs( browser, moderator );
		await tab.admin.editPost( id );
		const status = tab.page.locator( '.ttdt-workflow-status' );
		await tab.page
			.locator( '.components-notice' )
			.getByRole( 'button', { name: 'Trả lại người viết…' } )
			.click( { timeout: 60_000 } );
		const dialog = tab.page.getByRole( 'dialog' );
		const send = dialog.getByRole( 'button', {
			name: 'Trả lại người viết',
			exact: true,
		} );
		await expect( send ).toBeDisabled();
		await dialog
			.getByLabel( 'Cần sửa những gì' )
			.fill( 'Thiếu thời gian tổ chức.' );
		await send.click();
		await expect( dialog ).toHaveCount( 0, { timeout: 60_000 } );
		await expect(
			status.getByText( 'Đã trả lại người viết', { exact: true } )
		).toBeVisible();
		const returned = await workflowOf( requestUtils, id );
		expect( returned.state ).toBe( 'returned' );
		expect( returned.returned?.reason ).toBe( 'Thiếu thời gian tổ chức.' );
		await tab.close();
	} );

	test( 'a writer reads, after submitting, who reviews the item and by when', async ( {
		browser,
		requestUtils,
	} ) => {
		test.setTimeout( 300_000 );
		const moderator = await ensureUser(
			requestUtils,
			're_kiemduyet',
			'ttdt_moderator'
		);
		const writer = await fixtureWriter( requestUtils );
		const [ id ] = await createItems( requestUtils, [
			{ state: 'draft', author: writer.id },
		] );
		const tab = await browserAs( browser, writer );
		await tab.admin.editPost( id );
		const label = /^(Submit for Review|Gửi xét duyệt|Gửi để xét duyệt)$/;
		await topBar( tab.page )
			.getByRole( 'button', { name: label } )
			.click( { timeout: 60_000 } );
		await tab.page
			.getByRole( 'region', { name: 'Editor publish' } )
			.getByRole( 'button', { name: label } )
			.click();

		const notice = tab.page
			.locator( '.components-notice' )
			.filter( { hasText: 'Đã gửi duyệt.' } );
		await expect( notice ).toBeVisible( { timeout: 60_000 } );
		const item = await workflowOf( requestUtils, id );
		expect( item.state ).toBe( 'submitted' );
		await expect( notice ).toContainText( 'Người duyệt:' );
		// The server names the reviewers (a bounded list on a site with many); the notice
		// names those, and the moderator made here is one of the people who may review.
		const reviewers = (
			item as unknown as {
				reviewers: Array< { id: number; name: string } >;
			}
		 ).reviewers;
		expect( reviewers.length ).toBeGreaterThan( 0 );
		await expect( notice ).toContainText( reviewers[ 0 ].name );
		if ( reviewers.length < 20 ) {
			expect( reviewers.map( ( person ) => person.id ) ).toContain(
				moderator.id
			);
		}
		await expect( notice ).toContainText(
			`chậm nhất ngày ${ vnDate( item.deadline as string ) }`
		);
		await expect( notice ).toContainText( TIME_LEFT );
		await expect( notice ).toBeInViewport();
		// The writer's own item is not theirs to approve: it does not wait for them.
		await expect(
			tab.page
				.locator( '.components-notice' )
				.filter( { hasText: 'Tin bài này đang chờ bạn duyệt' } )
		).toHaveCount( 0 );
		await expect(
			tab.page
				.locator( '.ttdt-workflow-status' )
				.getByText( 'Đang chờ duyệt', { exact: true } )
		).toBeVisible();
		await tab.close();
	} );
} );
