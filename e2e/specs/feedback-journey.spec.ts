/**
 * The whole citizen walk of issue #11's "Must show": a citizen submits on /gop-y-phan-anh/
 * with JavaScript off and gets a code; looks it up; a board member classifies and forwards
 * it to a unit; the unit answers through the e-mailed link (from the SMTP catcher); the board
 * sends the answer; the citizen's lookup shows it; /hoi-dap/ shows it without personal data.
 */

/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ensureFeedbackPages } from '../support/feedback-pages';
import { test, expect } from '../support/mailbox';

const stamp = Date.now();
const SLOW = { timeout: 30_000 };
// The form refuses what is sent sooner than this after it was shown (a person is slower).
const MIN_FILL_MS = 3_200;

/**
 * Looks an item up as the citizen, and returns the result block.
 *
 * @param page    Citizen's page.
 * @param code    Tracking code.
 * @param contact E-mail given.
 */
async function lookUp( page: Page, code: string, contact: string ) {
	await page.goto( '/tra-cuu-phan-anh/' );
	await page.getByLabel( 'Mã tra cứu' ).fill( code );
	await page
		.getByLabel( 'Địa chỉ thư điện tử hoặc số điện thoại bạn đã cung cấp' )
		.fill( contact );
	await page.getByRole( 'button', { name: 'Tra cứu' } ).click();
	return page.locator( '.ttdt-feedback-lookup__result' );
}

test( 'a citizen is answered: form without JavaScript, code, lookup, board, unit link, answer, public Q&A', async ( {
	admin,
	page,
	browser,
	requestUtils,
	mailbox,
} ) => {
	await ensureFeedbackPages( requestUtils );
	await requestUtils.rest( {
		method: 'POST',
		path: '/ttdt-test/v1/feedback/reset-limits',
	} );
	const unitEmail = `van-hoa${ stamp }@example.test`;
	const unit = ( await requestUtils.rest( {
		method: 'POST',
		path: '/ttdt/v1/units',
		data: {
			title: `Công chức Văn hoá – Xã hội ${ stamp }`,
			status: 'publish',
			meta: { ttdt_unit_email: unitEmail },
		},
	} ) ) as { id: number };
	const citizen = `hoa.${ stamp }@example.org`;
	const subject = `Loa phát thanh thôn Tây quá to ${ stamp }`;
	mailbox.clear();

	// 1. The citizen, JavaScript off, on /gop-y-phan-anh/.
	const context = await browser.newContext( {
		javaScriptEnabled: false,
		storageState: { cookies: [], origins: [] },
	} );
	const citizenPage = await context.newPage();
	await citizenPage.goto( '/gop-y-phan-anh/' );
	await citizenPage.getByLabel( 'Họ và tên' ).fill( 'Đỗ Thị Hoa' );
	await citizenPage
		.getByLabel( 'Thư điện tử', { exact: true } )
		.fill( citizen );
	await citizenPage.getByLabel( 'Loại phản ánh' ).selectOption( 'phan_anh' );
	await citizenPage.getByLabel( 'Tiêu đề' ).fill( subject );
	await citizenPage
		.getByLabel( 'Nội dung' )
		.fill(
			'Loa phát thanh ở thôn Tây bật từ 5 giờ sáng rất to. Tôi là Đỗ Thị Hoa.'
		);
	await citizenPage.getByRole( 'checkbox', { name: /Tôi đồng ý/ } ).check();
	await citizenPage.waitForTimeout( MIN_FILL_MS );
	await citizenPage.getByRole( 'button', { name: 'Gửi phản ánh' } ).click();
	const code = (
		await citizenPage.locator( '.ttdt-feedback-form__code' ).textContent()
	)?.trim() as string;
	expect( code ).toMatch( /^[A-Z0-9]{4}-[A-Z0-9]{2}-[A-Z0-9]{4}$/ );
	await mailbox.waitFor(
		( m ) => m.to.includes( citizen ) && m.text.includes( code )
	);

	// 2. The lookup shows it received.
	let result = await lookUp( citizenPage, code, citizen );
	await expect(
		result.locator( '.ttdt-feedback-lookup__status' )
	).toHaveText( 'Đã tiếp nhận' );

	// 3. A board member classifies and forwards it to the unit.
	await admin.visitAdminPage(
		'admin.php',
		'page=ttdt-portal-feedback-inbox'
	);
	await page.getByRole( 'button', { name: 'Chờ phân loại' } ).click();
	const row = page.getByRole( 'row', { name: new RegExp( subject ) } );
	await expect( row ).toContainText( code, SLOW );
	await row.getByRole( 'button', { name: 'Mở' } ).click();
	const dialog = page.getByRole( 'dialog' );
	await dialog.getByRole( 'button', { name: 'Phân loại' } ).click();
	await dialog.getByLabel( 'Lĩnh vực' ).fill( 'Văn hoá – thông tin' );
	await dialog
		.getByLabel( 'Yêu cầu của người gửi' )
		.fill( 'Giảm âm lượng, đổi giờ phát' );
	await dialog.getByRole( 'button', { name: 'Xác nhận' } ).click();
	await expect( dialog.getByTestId( 'ttdt-feedback-status' ) ).toHaveText(
		'Đã phân loại',
		SLOW
	);
	await dialog.getByRole( 'button', { name: 'Chuyển xử lý' } ).click();
	await dialog.getByLabel( 'Chuyển đến' ).selectOption( `unit:${ unit.id }` );
	await dialog.getByRole( 'button', { name: 'Xác nhận' } ).click();
	await expect( dialog.getByTestId( 'ttdt-feedback-status' ) ).toHaveText(
		'Đang xử lý',
		SLOW
	);

	// 4. The unit answers through the link e-mailed to it.
	const mail = await mailbox.waitFor( ( m ) => m.to.includes( unitEmail ) );
	expect( mail.text ).not.toContain( citizen );
	const link = mail.text.match(
		/https?:\/\/\S*ttdt_unit_answer=\S+/
	)?.[ 0 ] as string;
	expect( link ).toBeTruthy();
	const unitPage = await context.newPage();
	await unitPage.goto( link );
	await unitPage
		.getByLabel( 'Nội dung trả lời của đơn vị' )
		.fill(
			'Từ tuần sau loa thôn Tây phát lúc 6 giờ 30 và giảm âm lượng một nửa.'
		);
	await unitPage
		.getByRole( 'button', { name: 'Gửi trả lời cho Ban biên tập' } )
		.click();
	await expect( unitPage.getByRole( 'status' ) ).toContainText(
		'Ban biên tập'
	);
	expect( ( await unitPage.goto( link ) )?.status() ).toBe( 410 );

	// 5. The board reviews the unit's answer and sends it to the citizen.
	await page.reload();
	await page
		.getByRole( 'row', { name: new RegExp( subject ) } )
		.getByRole( 'button', { name: 'Mở' } )
		.click();
	const detail = page.getByRole( 'dialog' );
	await expect( detail.getByTestId( 'ttdt-unit-answer' ) ).toContainText(
		'6 giờ 30',
		SLOW
	);
	await detail
		.getByRole( 'button', { name: 'Duyệt và gửi trả lời' } )
		.click();
	await detail
		.getByLabel( 'Nội dung trả lời người dân' )
		.fill(
			'UBND xã trả lời: từ tuần sau loa thôn Tây phát lúc 6 giờ 30 và giảm âm lượng một nửa.'
		);
	await detail.getByRole( 'button', { name: 'Xác nhận' } ).click();
	await expect( detail.getByTestId( 'ttdt-feedback-status' ) ).toHaveText(
		'Đã trả lời',
		SLOW
	);
	const answer = await mailbox.waitFor(
		( m ) => m.to.includes( citizen ) && m.text.includes( '6 giờ 30' )
	);
	expect( answer.subject ).toContain( code );

	// 6. The citizen's lookup shows the answer.
	result = await lookUp( citizenPage, code, citizen );
	await expect(
		result.locator( '.ttdt-feedback-lookup__status' )
	).toHaveText( 'Đã trả lời' );
	await expect( result ).toContainText( 'giảm âm lượng một nửa' );

	// 7. Published as Q&A: /hoi-dap/ shows it, without the citizen's personal data.
	await detail.getByRole( 'button', { name: 'Đăng thành hỏi đáp' } ).click();
	await detail.getByRole( 'button', { name: 'Xác nhận' } ).click();
	await expect( detail ).toContainText( 'Đã đăng thành hỏi đáp', SLOW );
	await citizenPage.goto( '/hoi-dap/' );
	const qa = citizenPage.locator( '.ttdt-qa-list__item', {
		hasText: `thôn Tây quá to ${ stamp }`,
	} );
	await expect( qa ).toContainText( 'giảm âm lượng một nửa' );
	const html = await citizenPage.content();
	expect( html ).not.toContain( 'Đỗ Thị Hoa' );
	expect( html ).not.toContain( citizen );
	await context.close();
} );
