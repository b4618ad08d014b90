/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	privacyRequest,
	runPrivacyTool,
	type ExportItem,
} from '../support/privacy';
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';
import { fixtureWriter } from '../support/workflow';

const stamp = Date.now();
// Saving waits for Playground's single request worker, behind the list's own requests.
const SAVED = { timeout: 45_000 };

test.describe( 'Collaborator registry (Art. 6.3.5)', () => {
	test( 'the registry screen adds and edits a collaborator without an account', async ( {
		admin,
		page,
	} ) => {
		const name = `Nguyễn Thị Cộng Tác ${ stamp }`;
		await admin.visitAdminPage(
			'admin.php',
			'page=ttdt-portal-collaborators'
		);
		await expect(
			page.getByRole( 'heading', { name: 'Sổ đăng ký cộng tác viên' } )
		).toBeVisible();

		await page
			.getByRole( 'button', { name: 'Thêm cộng tác viên' } )
			.click();
		const dialog = page.getByRole( 'dialog' );
		await dialog.getByLabel( 'Họ và tên' ).fill( name );
		await dialog
			.getByLabel( 'Đơn vị', { exact: true } )
			.fill( 'Đoàn Thanh niên' );
		await dialog.getByLabel( 'Điện thoại' ).fill( '0912 345 678' );
		await dialog.getByLabel( 'Thư điện tử' ).fill( 'khong-phai-email' );
		await dialog
			.getByRole( 'button', { name: 'Lưu cộng tác viên' } )
			.click();
		await expect( dialog ).toContainText( 'không hợp lệ', SAVED );

		await dialog
			.getByLabel( 'Thư điện tử' )
			.fill( `ctv${ stamp }@example.test` );
		await dialog
			.getByRole( 'button', { name: 'Lưu cộng tác viên' } )
			.click();
		await expect( dialog ).toHaveCount( 0, SAVED );
		await expect(
			page.locator( '.components-notice', {
				hasText: 'Đã lưu thông tin cộng tác viên.',
			} )
		).toBeVisible();
		const row = page.getByRole( 'row', { name: new RegExp( name ) } );
		await expect( row ).toContainText( 'Đoàn Thanh niên', SAVED );
		await expect( row ).toContainText( `ctv${ stamp }@example.test` );

		await row.getByRole( 'button', { name: 'Sửa' } ).click();
		const edit = page.getByRole( 'dialog' );
		await expect( edit.getByLabel( 'Họ và tên' ) ).toHaveValue( name );
		await edit.getByLabel( 'Đơn vị', { exact: true } ).fill( 'Hội Phụ nữ' );
		await edit.getByRole( 'button', { name: 'Lưu cộng tác viên' } ).click();
		await expect( edit ).toHaveCount( 0, SAVED );
		await expect(
			page.getByRole( 'row', { name: new RegExp( name ) } )
		).toContainText( 'Hội Phụ nữ', SAVED );
	} );

	test( 'only staff read the registry; suggestions and items link to it', async ( {
		requestUtils,
	} ) => {
		const anonymous = await sessionFor( null );
		expect(
			( await anonymous.rest( 'GET', '/ttdt/v1/collaborators' ) ).status()
		).toBe( 401 );
		await anonymous.dispose();

		const outsider = await sessionFor(
			await ensureUser(
				requestUtils,
				'e2e_ctv_role',
				'ttdt_collaborator'
			)
		);
		const forbidden = await outsider.rest(
			'GET',
			'/ttdt/v1/collaborators'
		);
		expect( forbidden.status() ).toBe( 403 );
		expect( ( await forbidden.json() ).message ).toContain(
			'không có quyền'
		);
		expect(
			(
				await outsider.rest(
					'GET',
					'/ttdt/v1/provenance/suggestions?field=writer'
				)
			).status()
		).toBe( 403 );
		await outsider.dispose();

		const updater = await sessionFor(
			await ensureUser( requestUtils, 'e2e_ctv_updater', 'ttdt_updater' )
		);
		const name = `Trần Văn Gợi Ý ${ stamp }`;
		const created = await updater.rest( 'POST', '/ttdt/v1/collaborators', {
			title: name,
			meta: { ttdt_unit: 'Trường Tiểu học', ttdt_email: '' },
		} );
		expect( created.status(), await created.text() ).toBe( 201 );
		const collaborator = await created.json();
		expect( collaborator.status ).toBe( 'publish' );

		const writers = await (
			await updater.rest(
				'GET',
				`/ttdt/v1/provenance/suggestions?field=writer&search=${ encodeURIComponent(
					'Gợi Ý'
				) }`
			)
		).json();
		expect( writers ).toContainEqual( {
			value: name,
			label: 'Cộng tác viên, Trường Tiểu học',
			kind: 'collaborator',
			collaborator_id: collaborator.id,
		} );

		// An item written by the collaborator links to them and counts as published.
		const source = `Thư gửi Ban biên tập ${ stamp }`;
		const item = await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				// Entered by staff, so the administrator may approve it by publishing it.
				author: ( await fixtureWriter( requestUtils ) ).id,
				title: `Tin của cộng tác viên ${ stamp }`,
				status: 'publish',
				meta: {
					ttdt_source: source,
					ttdt_writer: name,
					ttdt_collaborator_id: collaborator.id,
				},
			},
		} );
		expect( item.meta.ttdt_collaborator_id ).toBe( collaborator.id );
		const counted = await (
			await updater.rest(
				'GET',
				`/ttdt/v1/collaborators/${ collaborator.id }?context=edit`
			)
		).json();
		expect( counted.published_count ).toBe( 1 );

		const sources = await (
			await updater.rest(
				'GET',
				`/ttdt/v1/provenance/suggestions?field=source&search=${ stamp }`
			)
		).json();
		expect( sources.map( ( s: { value: string } ) => s.value ) ).toEqual( [
			source,
		] );

		// An ID that is not a registered collaborator is not kept.
		const bogus = await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/posts/${ item.id }`,
			data: { meta: { ttdt_collaborator_id: item.id } },
		} );
		expect( bogus.meta.ttdt_collaborator_id ).toBe( 0 );
		await updater.dispose();
	} );

	test( 'the privacy tools export a collaborator found by e-mail and erase their contact details', async ( {
		page,
		requestUtils,
	} ) => {
		const email = `rieng-tu-${ stamp }@example.test`;
		const name = `Lê Thị Riêng Tư ${ stamp }`;
		const collaborator = await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/collaborators',
			data: {
				title: name,
				meta: {
					ttdt_unit: 'Hội Cựu chiến binh',
					ttdt_phone: '0987 000 111',
					ttdt_email: email,
				},
			},
		} );
		const itemTitle = `Tin do ${ name } viết`;
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				author: ( await fixtureWriter( requestUtils ) ).id,
				title: itemTitle,
				status: 'publish',
				meta: {
					ttdt_source: 'Hội Cựu chiến binh',
					ttdt_writer: name,
					ttdt_collaborator_id: collaborator.id,
				},
			},
		} );

		const exportRequest = await privacyRequest(
			page,
			'export-personal-data.php',
			email
		);
		const exported = await runPrivacyTool< { data: ExportItem[] } >(
			page,
			'wp-privacy-export-personal-data',
			exportRequest,
			( data ) =>
				data.data.some(
					( item ) => item.group_id === 'ttdt-collaborators'
				)
		);
		const fields = Object.fromEntries(
			exported.data[ 0 ].data.map( ( field ) => [
				field.name,
				field.value,
			] )
		);
		expect( fields ).toMatchObject( {
			'Họ và tên': name,
			'Điện thoại': '0987 000 111',
		} );
		expect( Object.values( fields ) ).toContain( email );
		expect( Object.values( fields ).join( '\n' ) ).toContain( itemTitle );

		const eraseRequest = await privacyRequest(
			page,
			'erase-personal-data.php',
			email
		);
		const erased = await runPrivacyTool< {
			items_removed: boolean;
			items_retained: boolean;
			messages: string[];
		} >( page, 'wp-privacy-erase-personal-data', eraseRequest, ( data ) =>
			data.messages.some( ( message ) => message.includes( name ) )
		);
		expect( erased.items_removed ).toBe( true );
		expect( erased.items_retained ).toBe( true );

		const after = await requestUtils.rest( {
			path: `/ttdt/v1/collaborators/${ collaborator.id }`,
			params: { context: 'edit' },
		} );
		expect( after.title.raw ).toBe( name );
		expect( after.meta.ttdt_email ).toBe( '' );
		expect( after.meta.ttdt_phone ).toBe( '' );
	} );
} );
