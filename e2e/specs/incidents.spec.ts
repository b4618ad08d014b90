/**
 * Incident reports and session hygiene (Art. 8.2, 13.5): a collaborator reports from the
 * admin bar and the head of the board receives the mail at once, the report in the audit
 * log; an administrator ends every session of an account from the roster and from its
 * profile.
 */

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { sessionFor, storageStatePathFor } from '../support/session';
import { appointToBoard, ensureUser } from '../support/users';

test.describe( 'Incident reports and sessions (Art. 8.2, 13.5)', () => {
	test( "a collaborator's report reaches the head's mail and the audit log", async ( {
		browser,
		requestUtils,
		mailbox,
	} ) => {
		const [ head, collaborator ] = await Promise.all( [
			ensureUser( requestUtils, 'e2e_incident_head', 'ttdt_publisher' ),
			ensureUser( requestUtils, 'e2e_incident_ctv', 'ttdt_collaborator' ),
		] );
		await appointToBoard( requestUtils, head.id, { position: 'head' } );
		// The one sign-in of the test: it stores the cookies the browser context reuses.
		await ( await sessionFor( collaborator ) ).dispose();
		const context = await browser.newContext( {
			baseURL: process.env.WP_BASE_URL,
			storageState: storageStatePathFor( collaborator.username ),
		} );
		const page = await context.newPage();
		const marker = `Bản thảo mật bị gửi qua Zalo ${ Date.now() }`;

		// Any admin page has the admin bar; the profile is one of the lightest.
		await page.goto( '/wp-admin/profile.php' );
		await page.locator( '#wp-admin-bar-ttdt-report-incident a' ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Báo cáo sự cố' } );
		await dialog.getByLabel( 'Sự việc' ).fill( marker );
		// Typed the Vietnamese way, whatever the browser's locale; a wrong day is named.
		const when = dialog.getByLabel( 'Thời điểm' );
		await when.fill( '31/02/2026 8:30' );
		await expect( dialog ).toContainText( 'dd/mm/yyyy hh:mm' );
		await expect( when ).toHaveAttribute( 'aria-invalid', 'true' );
		await when.fill( '28/02/2026 8:30' );
		await expect( when ).not.toHaveAttribute( 'aria-invalid', 'true' );
		await dialog.getByRole( 'button', { name: 'Gửi báo cáo' } ).click();
		await expect(
			page
				.getByText( 'Báo cáo của đồng chí đã được gửi tới Trưởng ban.' )
				.first()
		).toBeVisible();
		await expect(
			page.getByRole( 'row' ).filter( { hasText: marker } )
		).toBeVisible();
		await context.close();

		const mail = await mailbox.waitFor(
			( message ) =>
				message.to.includes( 'e2e_incident_head@example.test' ) &&
				message.text.includes( marker )
		);
		expect( mail.subject ).toContain( 'Báo cáo sự cố' );
		expect( mail.text ).toContain( '28/02/2026 08:30' );
		expect( mailbox.to( 'e2e_incident_ctv@example.test' ) ).toHaveLength(
			0
		);

		const entries = ( await requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: { action: 'incident.report', per_page: 5 },
		} ) ) as Array< { user_login: string; summary: string } >;
		expect( entries[ 0 ].user_login ).toBe( 'e2e_incident_ctv' );
	} );

	test( 'an administrator ends all sessions of an account, from the roster and the profile', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const username = `e2e_sessions_${ Date.now() }`;
		const target = await ensureUser(
			requestUtils,
			username,
			'ttdt_updater'
		);
		const sessionsOf = async () =>
			(
				( await requestUtils.rest( {
					path: `/ttdt/v1/sessions/${ target.id }`,
				} ) ) as { sessions: number }
			 ).sessions;
		const signedIn = await sessionFor( target );
		expect( await sessionsOf() ).toBe( 1 );

		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-board' );
		// The roster shows 50 people a page; the full suite makes more.
		await page.getByRole( 'searchbox' ).fill( username );
		const row = page.getByRole( 'row' ).filter( { hasText: username } );
		await row.getByRole( 'button', { name: 'Thao tác' } ).click();
		await page
			.getByRole( 'menuitem', { name: 'Kết thúc mọi phiên đăng nhập' } )
			.click();
		const dialog = page.getByRole( 'dialog' );
		await expect( dialog ).toContainText( 'phải đăng nhập lại' );
		await dialog
			.getByRole( 'button', { name: 'Kết thúc mọi phiên đăng nhập' } )
			.click();
		await expect(
			page
				.getByText( `Đã kết thúc 1 phiên đăng nhập của ${ username }.` )
				.first()
		).toBeVisible();
		expect( await sessionsOf() ).toBe( 0 );
		// The stolen-cookie case: the session that was open no longer works (its cookie
		// no longer signs anyone in, so its REST nonce fails: 403 "Cookie check failed").
		expect(
			( await signedIn.rest( 'GET', '/wp/v2/users/me' ) ).status()
		).toBe( 403 );
		await signedIn.dispose();

		// The profile's button posts its own form, not the profile's.
		await ( await sessionFor( target ) ).dispose();
		await admin.visitAdminPage( 'user-edit.php', `user_id=${ target.id }` );
		page.once( 'dialog', ( confirm ) => confirm.accept() );
		await page
			.getByRole( 'button', { name: 'Kết thúc mọi phiên đăng nhập' } )
			.click();
		await expect(
			page.getByText(
				'Đã kết thúc 1 phiên đăng nhập. Người dùng phải đăng nhập lại.'
			)
		).toBeVisible();
		expect( await sessionsOf() ).toBe( 0 );

		const ended = ( await requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: { action: 'user.sessions_end', per_page: 5 },
		} ) ) as Array< { object_id: number } >;
		expect(
			ended.filter( ( entry ) => entry.object_id === target.id )
		).toHaveLength( 2 );
	} );
} );
