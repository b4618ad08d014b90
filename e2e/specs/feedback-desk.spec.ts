/**
 * The feedback desk (issue #11): units, the inbox, forwarding with a signed unit link, the
 * unit's answer page, sending the answer and publishing it as Q&A; access per role.
 */

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { sessionFor, type Session } from '../support/session';
import { ensureUser } from '../support/users';

const stamp = Date.now();
const SLOW = { timeout: 30_000 };

/**
 * A citizen's item recorded at the counter by a moderator, through the staff entry route.
 * @param staff
 * @param over
 */
async function recordItem(
	staff: Session,
	over: Record< string, unknown > = {}
): Promise< { id: number; code: string } > {
	const response = await staff.rest(
		'POST',
		'/ttdt/v1/feedback/staff-entry',
		{
			name: 'Lê Văn Cường',
			email: `cuong${ stamp }@example.test`,
			phone: '0987654321',
			type: 'phan_anh',
			subject: `Cống thoát nước tắc ở thôn Nam ${ stamp }`,
			content:
				'Cống trước chợ thôn Nam bị tắc, nước tràn lên đường mỗi khi mưa. Ông Lê Văn Cường, 0987654321.',
			consent: true,
			channel: 'in_person',
			...over,
		}
	);
	expect( response.status(), await response.text() ).toBe( 201 );
	return response.json();
}

test.describe( 'Feedback desk', () => {
	test( 'an administrator adds a unit on the units screen; the server checks its e-mail', async ( {
		admin,
		page,
	} ) => {
		const name = `Hội Nông dân xã ${ stamp }`;
		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-units' );
		await page.getByRole( 'button', { name: 'Thêm đơn vị' } ).click();
		const dialog = page.getByRole( 'dialog' );
		await dialog.getByLabel( 'Tên đơn vị' ).fill( name );
		await dialog.getByLabel( 'Người đứng đầu' ).fill( 'Hoàng Văn Em' );
		await dialog.getByLabel( 'Thư điện tử' ).fill( 'khong-hop-le' );
		await dialog.getByRole( 'button', { name: 'Lưu đơn vị' } ).click();
		await expect( dialog ).toContainText( 'không hợp lệ', SLOW );
		await dialog
			.getByLabel( 'Thư điện tử' )
			.fill( `hoi-nong-dan${ stamp }@example.test` );
		await dialog.getByRole( 'button', { name: 'Lưu đơn vị' } ).click();
		await expect( dialog ).toHaveCount( 0, SLOW );
		const row = page.getByRole( 'row', { name: new RegExp( name ) } );
		await expect( row ).toContainText( 'Hoàng Văn Em', SLOW );
		await expect( row ).toContainText(
			`hoi-nong-dan${ stamp }@example.test`
		);
	} );

	test( 'a board member classifies and forwards; the unit answers through the mailed link; the board sends and publishes', async ( {
		admin,
		page,
		requestUtils,
		mailbox,
	} ) => {
		const unitEmail = `dia-chinh${ stamp }@example.test`;
		const unit = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/units',
			data: {
				title: `Công chức Địa chính – Xây dựng ${ stamp }`,
				status: 'publish',
				meta: {
					ttdt_unit_head: 'Phạm Văn Dũng, công chức Địa chính',
					ttdt_unit_email: unitEmail,
					ttdt_unit_phone: '0238 3821 000',
				},
			},
		} ) ) as { id: number };
		const moderator = await ensureUser(
			requestUtils,
			'fb_desk_moderator',
			'ttdt_moderator'
		);
		const staff = await sessionFor( moderator );
		const item = await recordItem( staff );
		await staff.dispose();

		// Classify and forward in the inbox screen.
		await admin.visitAdminPage(
			'admin.php',
			'page=ttdt-portal-feedback-inbox'
		);
		const row = page.getByRole( 'row', {
			name: new RegExp( `thôn Nam ${ stamp }` ),
		} );
		await expect( row ).toContainText( item.code, SLOW );
		await row.getByRole( 'button', { name: 'Mở' } ).click();
		const dialog = page.getByRole( 'dialog' );
		await dialog.getByRole( 'button', { name: 'Phân loại' } ).click();
		await dialog
			.getByLabel( 'Loại', { exact: true } )
			.selectOption( 'kien_nghi' );
		await dialog.getByLabel( 'Lĩnh vực' ).fill( 'Hạ tầng' );
		await dialog.getByRole( 'button', { name: 'Xác nhận' } ).click();
		await expect( dialog.getByTestId( 'ttdt-feedback-status' ) ).toHaveText(
			'Đã phân loại',
			SLOW
		);

		mailbox.clear();
		await dialog.getByRole( 'button', { name: 'Chuyển xử lý' } ).click();
		await dialog
			.getByLabel( 'Chuyển đến' )
			.selectOption( `unit:${ unit.id }` );
		await dialog
			.getByLabel( 'Ghi chú' )
			.fill( 'Đề nghị kiểm tra trong tuần.' );
		await dialog.getByRole( 'button', { name: 'Xác nhận' } ).click();
		await expect(
			dialog.getByTestId( 'ttdt-feedback-status' )
		).not.toHaveText( 'Đã phân loại', SLOW );

		// The unit's mail: the matter and the link, never the citizen's contact data.
		const mail = await mailbox.waitFor( ( m ) =>
			m.to.includes( unitEmail )
		);
		expect( mail.subject ).toContain( item.code );
		expect( mail.text ).toContain( 'Đề nghị kiểm tra trong tuần.' );
		expect( mail.text ).not.toContain( `cuong${ stamp }@example.test` );
		const link = mail.text.match(
			/https?:\/\/\S*ttdt_unit_answer=\S+/
		)?.[ 0 ];
		expect( link ).toBeTruthy();

		// A forged link is refused with a Vietnamese page.
		const forged = await page.request.get(
			( link as string ).replace( /.$/, ( c ) =>
				c === '0' ? '1' : '0'
			)
		);
		expect( forged.status() ).toBe( 403 );
		expect( await forged.text() ).toContain( 'Đường dẫn không hợp lệ' );

		// The unit answers, without an account.
		const unitPage = await page.context().browser()!.newPage();
		await unitPage.goto( link as string );
		await expect( unitPage.locator( 'body' ) ).toContainText(
			`thôn Nam ${ stamp }`
		);
		await expect( unitPage.locator( 'body' ) ).not.toContainText(
			'0987654321@'
		);
		await unitPage
			.getByLabel( 'Nội dung trả lời của đơn vị' )
			.fill(
				'Đơn vị đã nạo vét cống ngày 12/3; sẽ kiểm tra lại sau mưa.'
			);
		await unitPage
			.getByRole( 'button', { name: 'Gửi trả lời cho Ban biên tập' } )
			.click();
		await expect( unitPage.getByRole( 'status' ) ).toContainText(
			'Ban biên tập'
		);

		// Reused: refused.
		const reused = await unitPage.goto( link as string );
		expect( reused?.status() ).toBe( 410 );
		await expect( unitPage.getByRole( 'alert' ) ).toContainText(
			'đã gửi trả lời'
		);
		await unitPage.close();

		// The board reviews the unit's answer, approves it and sends it.
		await page.reload();
		await page
			.getByRole( 'row', { name: new RegExp( `thôn Nam ${ stamp }` ) } )
			.getByRole( 'button', { name: 'Mở' } )
			.click();
		const detail = page.getByRole( 'dialog' );
		await expect( detail.getByTestId( 'ttdt-unit-answer' ) ).toContainText(
			'nạo vét cống',
			SLOW
		);
		mailbox.clear();
		await detail
			.getByRole( 'button', { name: 'Duyệt và gửi trả lời' } )
			.click();
		await expect(
			detail.getByLabel( 'Nội dung trả lời người dân' )
		).toHaveValue( /nạo vét cống/ );
		await detail.getByRole( 'button', { name: 'Xác nhận' } ).click();
		await expect( detail.getByTestId( 'ttdt-feedback-status' ) ).toHaveText(
			'Đã trả lời',
			SLOW
		);
		const answer = await mailbox.waitFor( ( m ) =>
			m.to.includes( `cuong${ stamp }@example.test` )
		);
		expect( answer.text ).toContain( 'nạo vét cống' );
		expect( answer.subject ).toContain( item.code );

		// Published as Q&A, without the citizen's personal data.
		await detail
			.getByRole( 'button', { name: 'Đăng thành hỏi đáp' } )
			.click();
		await detail.getByRole( 'button', { name: 'Xác nhận' } ).click();
		await expect( detail ).toContainText( 'Đã đăng thành hỏi đáp', SLOW );
		const full = ( await requestUtils.rest( {
			path: `/ttdt/v1/feedback/items/${ item.id }`,
		} ) ) as {
			qa_post_id: number;
			events: Array< { kind: string } >;
		};
		expect( full.events.map( ( e ) => e.kind ) ).toEqual(
			expect.arrayContaining( [
				'received',
				'classified',
				'forwarded',
				'unit_link_sent',
				'unit_answered',
				'answer_approved',
				'answer_sent',
				'published',
			] )
		);
		const qa = await page.request.get( `/?p=${ full.qa_post_id }` );
		const html = await qa.text();
		expect( html ).toContain( 'nạo vét cống' );
		expect( html ).not.toContain( 'Lê Văn Cường' );
		expect( html ).not.toContain( '0987654321' );

		// Every step is in the audit log.
		const audit = ( await requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: {
				object_type: 'feedback',
				object_id: item.id,
				per_page: 50,
			},
		} ) ) as Array< { action: string } >;
		expect( audit.map( ( e ) => e.action ) ).toEqual(
			expect.arrayContaining( [
				'feedback.classified',
				'feedback.forwarded',
				'feedback.unit_answered',
				'feedback.answer_sent',
				'feedback.published',
			] )
		);
	} );

	test( 'only the roles that handle feedback read the inbox; only those who approve send', async ( {
		requestUtils,
		mailbox,
	} ) => {
		const moderator = await ensureUser(
			requestUtils,
			'fb_desk_moderator',
			'ttdt_moderator'
		);
		const publisher = await ensureUser(
			requestUtils,
			'fb_desk_publisher',
			'ttdt_publisher'
		);
		const updater = await ensureUser(
			requestUtils,
			'fb_desk_updater',
			'ttdt_updater'
		);
		const accountant = await ensureUser(
			requestUtils,
			'fb_desk_accountant',
			'ttdt_accountant'
		);
		const asModerator = await sessionFor( moderator );
		const asPublisher = await sessionFor( publisher );
		const item = await recordItem( asModerator, {
			subject: `Quyền truy cập ${ stamp }`,
		} );
		const routes = [
			[ 'GET', '/ttdt/v1/feedback/items' ],
			[ 'GET', `/ttdt/v1/feedback/items/${ item.id }` ],
			[ 'GET', '/ttdt/v1/feedback/holders' ],
			[
				'POST',
				`/ttdt/v1/feedback/items/${ item.id }/classify`,
				{ type: 'gop_y' },
			],
			[
				'POST',
				`/ttdt/v1/feedback/items/${ item.id }/note`,
				{ body: 'x' },
			],
			[
				'POST',
				`/ttdt/v1/feedback/items/${ item.id }/answer`,
				{ answer: 'x' },
			],
			[ 'GET', '/ttdt/v1/units' ],
		] as const;

		for ( const user of [ null, updater, accountant ] ) {
			const session = await sessionFor( user );
			for ( const [ method, route, data ] of routes ) {
				const response = await session.rest( method, route, data );
				expect(
					response.status(),
					`${ user?.username ?? 'anonymous' } ${ method } ${ route }`
				).toBe( user ? 403 : 401 );
				expect( await response.text() ).not.toContain(
					`cuong${ stamp }`
				);
			}
			await session.dispose();
		}

		// A moderator reads, classifies and notes, but neither approves nor sends nor manages units.
		const list = await asModerator.rest(
			'GET',
			`/ttdt/v1/feedback/items?search=${ encodeURIComponent( `Quyền truy cập ${ stamp }` ) }`
		);
		expect( list.status() ).toBe( 200 );
		expect( ( await list.json() )[ 0 ].email ).toBe(
			`cuong${ stamp }@example.test`
		);
		expect(
			(
				await asModerator.rest(
					'POST',
					`/ttdt/v1/feedback/items/${ item.id }/classify`,
					{ type: 'gop_y', topic: '<b>Môi trường</b>' }
				)
			).status()
		).toBe( 200 );
		const classified = await (
			await asModerator.rest(
				'GET',
				`/ttdt/v1/feedback/items/${ item.id }`
			)
		).json();
		expect( classified.topic ).toBe( 'Môi trường' );
		expect( classified.status ).toBe( 'classified' );
		expect( classified.deadline_at ).toMatch( /^\d{4}-\d\d-\d\dT/ );
		expect(
			(
				await asModerator.rest(
					'POST',
					`/ttdt/v1/feedback/items/${ item.id }/answer`,
					{ answer: 'Trả lời.' }
				)
			).status()
		).toBe( 403 );
		expect(
			(
				await asModerator.rest(
					'POST',
					`/ttdt/v1/feedback/items/${ item.id }/send`
				)
			).status()
		).toBe( 403 );
		expect(
			(
				await asModerator.rest( 'POST', '/ttdt/v1/units', {
					title: 'Không được',
					status: 'publish',
				} )
			).status()
		).toBe( 403 );
		const bad = await asModerator.rest(
			'POST',
			`/ttdt/v1/feedback/items/${ item.id }/classify`,
			{ type: 'spam' }
		);
		expect( bad.status() ).toBe( 400 );

		// Sending before approving is refused; a publisher approves and sends.
		const early = await asPublisher.rest(
			'POST',
			`/ttdt/v1/feedback/items/${ item.id }/send`
		);
		expect( early.status() ).toBe( 409 );
		expect( ( await early.json() ).message ).toContain( 'duyệt' );
		expect(
			(
				await asPublisher.rest(
					'POST',
					`/ttdt/v1/feedback/items/${ item.id }/answer`,
					{ answer: 'Xã ghi nhận góp ý.' }
				)
			).status()
		).toBe( 200 );
		const sent = await asPublisher.rest(
			'POST',
			`/ttdt/v1/feedback/items/${ item.id }/send`
		);
		expect( sent.status(), await sent.text() ).toBe( 200 );
		await mailbox.waitFor(
			( m ) =>
				m.to.includes( `cuong${ stamp }@example.test` ) &&
				m.text.includes( 'Xã ghi nhận góp ý.' )
		);
		expect( ( await sent.json() ).status ).toBe( 'answered' );
		const again = await asPublisher.rest(
			'POST',
			`/ttdt/v1/feedback/items/${ item.id }/forward`,
			{ unit: 1 }
		);
		expect( again.status() ).toBe( 409 );

		await asModerator.dispose();
		await asPublisher.dispose();
	} );
} );
