/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';

const ADMIN = { username: 'admin', password: 'password' };

test.describe( 'Editorial board roster (Art. 5, 6, 12.2)', () => {
	test( 'only administrators read or change the roster', async ( {
		requestUtils,
	} ) => {
		const member = await ensureUser(
			requestUtils,
			'e2e_board_target',
			'ttdt_updater'
		);

		const anonymous = await sessionFor( null );
		expect(
			( await anonymous.rest( 'GET', '/ttdt/v1/board' ) ).status()
		).toBe( 401 );
		expect(
			(
				await anonymous.rest( 'POST', `/ttdt/v1/board/${ member.id }`, {
					role: 'ttdt_publisher',
				} )
			).status()
		).toBe( 401 );
		await anonymous.dispose();

		// Even the head of the board (a publisher) may not appoint people or change levels.
		const publisher = await sessionFor(
			await ensureUser( requestUtils, 'e2e_board_pub', 'ttdt_publisher' )
		);
		expect(
			( await publisher.rest( 'GET', '/ttdt/v1/board' ) ).status()
		).toBe( 403 );
		const refused = await publisher.rest(
			'POST',
			`/ttdt/v1/board/${ member.id }`,
			{ role: 'ttdt_publisher', position: 'head' }
		);
		expect( refused.status() ).toBe( 403 );
		expect( ( await refused.json() ).message ).toContain(
			'Chỉ quản trị hệ thống'
		);
		await publisher.dispose();

		const after = await requestUtils.rest( {
			path: `/ttdt/v1/board/${ member.id }`,
		} );
		expect( after.role ).toBe( 'ttdt_updater' );
		expect( after.position ).not.toBe( 'head' );
	} );

	test( 'an administrator appoints a member; bad values are refused in Vietnamese', async ( {
		requestUtils,
	} ) => {
		const member = await ensureUser(
			requestUtils,
			`e2e_board_${ Date.now() }`,
			'ttdt_collaborator'
		);
		const admin = await sessionFor( ADMIN );
		const path = `/ttdt/v1/board/${ member.id }`;

		const notContract = await admin.rest( 'POST', path, {
			role: 'editor',
		} );
		expect( notContract.status() ).toBe( 400 );

		const badTerm = await admin.rest( 'POST', path, {
			position: 'member',
			term_start: '2026-01-01',
			term_end: '2025-12-31',
		} );
		expect( badTerm.status() ).toBe( 400 );
		expect( ( await badTerm.json() ).message ).toContain(
			'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu'
		);

		const badDate = await admin.rest( 'POST', path, {
			decision_date: '2024-02-30',
		} );
		expect( badDate.status() ).toBe( 400 );

		const self = (
			await ( await admin.rest( 'GET', '/wp/v2/users/me' ) ).json()
		).id as number;
		const ownRole = await admin.rest( 'POST', `/ttdt/v1/board/${ self }`, {
			role: 'ttdt_publisher',
		} );
		expect( ownRole.status() ).toBe( 400 );
		expect( ( await ownRole.json() ).message ).toContain(
			'không thể tự thay đổi cấp quyền'
		);

		// A refused change leaves nothing half-written.
		const unchanged = await ( await admin.rest( 'GET', path ) ).json();
		expect( unchanged.position ).toBe( '' );
		expect( unchanged.role ).toBe( 'ttdt_collaborator' );

		const saved = await admin.rest( 'POST', path, {
			role: 'ttdt_updater',
			position: 'standing',
			decision_number: '125/QĐ-UBND',
			decision_date: '2024-03-15',
			term_start: '2024-03-15',
			term_end: '2029-03-14',
		} );
		expect( saved.status() ).toBe( 200 );
		expect( await saved.json() ).toMatchObject( {
			role: 'ttdt_updater',
			role_label: 'Cập nhật',
			position: 'standing',
			position_label: 'Thường trực',
			decision_number: '125/QĐ-UBND',
			decision_date: '2024-03-15',
			term_end: '2029-03-14',
		} );

		// The role is a real WordPress role: core sees it too.
		const user = await (
			await admin.rest(
				'GET',
				`/wp/v2/users/${ member.id }?context=edit`
			)
		).json();
		expect( user.roles ).toEqual( [ 'ttdt_updater' ] );
		await admin.dispose();
	} );

	test( 'the roster screen edits a member with dd/mm/yyyy dates', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const username = `e2e_board_ui_${ Date.now() }`;
		const member = await ensureUser(
			requestUtils,
			username,
			'ttdt_updater'
		);

		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-board' );
		await expect(
			page.getByRole( 'heading', { name: 'Ban biên tập và phân quyền' } )
		).toBeVisible();
		const row = page.getByRole( 'row' ).filter( { hasText: username } );
		await expect( row ).toContainText( 'Cập nhật' );
		await row.getByRole( 'button', { name: 'Sửa' } ).click();

		const dialog = page.getByRole( 'dialog' );
		await expect( dialog ).toContainText(
			'Chức danh trong Ban biên tập và cấp quyền'
		);
		await dialog
			.getByLabel( 'Chức danh trong Ban biên tập' )
			.selectOption( 'deputy' );
		await dialog
			.getByLabel( 'Cấp quyền' )
			.selectOption( { label: 'Kiểm duyệt' } );
		await dialog.getByLabel( 'Số quyết định' ).fill( '15/QĐ-UBND' );

		// A day that does not exist is caught before it is sent.
		await dialog.getByLabel( 'Ngày quyết định' ).fill( '31/02/2024' );
		await expect( dialog ).toContainText( 'Vui lòng nhập ngày hợp lệ' );
		await expect(
			dialog.getByRole( 'button', { name: 'Lưu' } )
		).toBeDisabled();
		await dialog.getByLabel( 'Ngày quyết định' ).fill( '15/03/2024' );
		await dialog.getByLabel( 'Ngày bắt đầu nhiệm kỳ' ).fill( '15/03/2024' );
		await dialog
			.getByLabel( 'Ngày kết thúc nhiệm kỳ' )
			.fill( '14/03/2029' );
		await dialog.getByRole( 'button', { name: 'Lưu' } ).click();
		await expect( dialog ).toBeHidden();

		await expect( row ).toContainText( 'Kiểm duyệt' );
		await expect( row ).toContainText( 'Số 15/QĐ-UBND ngày 15/03/2024' );
		await expect( row ).toContainText( '15/03/2024 – 14/03/2029' );

		// Stored as the API speaks: Y-m-d, and the role as a WordPress role.
		const stored = await requestUtils.rest( {
			path: `/ttdt/v1/board/${ member.id }`,
		} );
		expect( stored ).toMatchObject( {
			position: 'deputy',
			role: 'ttdt_moderator',
			decision_date: '2024-03-15',
			term_start: '2024-03-15',
			term_end: '2029-03-14',
		} );

		// The change survives a reload: it came back from the server.
		await page.reload();
		await expect(
			page.getByRole( 'row' ).filter( { hasText: username } )
		).toContainText( 'Số 15/QĐ-UBND ngày 15/03/2024' );
	} );
} );
