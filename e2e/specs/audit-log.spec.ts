/**
 * External dependencies
 */
import fs from 'node:fs';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sessionFor, type Session } from '../support/session';
import { ensureUser } from '../support/users';
import { fixtureWriter } from '../support/workflow';

const ADMIN = { username: 'admin', password: 'password' };

type Entry = {
	id: number;
	action: string;
	action_label: string;
	user_login: string;
	actor: string;
	ip: string;
	object_type: string;
	object_id: number;
	summary: string;
	before: Record< string, unknown > | null;
	after: Record< string, unknown > | null;
	changes: Array< {
		field: string;
		label: string;
		before: string;
		after: string;
	} >;
};

/**
 * Entries matching the filters, newest first.
 *
 * @param session Administrator session.
 * @param query   Filters as query arguments.
 */
async function entries( session: Session, query: string ): Promise< Entry[] > {
	const response = await session.rest( 'GET', `/ttdt/v1/audit?${ query }` );
	expect( response.status() ).toBe( 200 );
	return response.json();
}

test.describe( 'Audit log (Art. 7.1, 8.2, 13.5)', () => {
	const title = `Tin kiểm tra nhật ký ${ Date.now() }`;
	const username = `e2e_audit_${ Date.now() }`;
	let postId = 0;
	let memberId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		// A workflow-like sequence through core REST and the plugin's own routes.
		const admin = await sessionFor( ADMIN );
		const created = await admin.rest( 'POST', '/wp/v2/posts', {
			// Written by someone else: the administrator approves it by publishing it.
			author: ( await fixtureWriter( requestUtils ) ).id,
			title,
			status: 'publish',
			meta: { ttdt_source: 'UBND thị trấn', ttdt_writer: 'Nguyễn Văn A' },
		} );
		expect( created.status() ).toBe( 201 );
		postId = ( await created.json() ).id;
		const unpublished = await admin.rest(
			'POST',
			`/wp/v2/posts/${ postId }`,
			{
				status: 'draft',
			}
		);
		expect( unpublished.status() ).toBe( 200 );

		memberId = (
			await ensureUser( requestUtils, username, 'ttdt_collaborator' )
		).id;
		const promoted = await admin.rest(
			'POST',
			`/ttdt/v1/board/${ memberId }`,
			{
				role: 'ttdt_updater',
			}
		);
		expect( promoted.status() ).toBe( 200 );

		const settings = await (
			await admin.rest( 'GET', '/ttdt/v1/settings' )
		).json();
		const changed = await admin.rest( 'POST', '/ttdt/v1/settings', {
			weekly_quota: settings.weekly_quota + 1,
		} );
		expect( changed.status() ).toBe( 200 );
		await admin.rest( 'POST', '/ttdt/v1/settings', {
			weekly_quota: settings.weekly_quota,
		} );
		await admin.dispose();
	} );

	test( 'only administrators read it, and no route changes or deletes it', async ( {
		requestUtils,
	} ) => {
		const anonymous = await sessionFor( null );
		expect(
			( await anonymous.rest( 'GET', '/ttdt/v1/audit' ) ).status()
		).toBe( 401 );
		expect(
			( await anonymous.rest( 'GET', '/ttdt/v1/audit/export' ) ).status()
		).toBe( 401 );
		await anonymous.dispose();

		const publisher = await sessionFor(
			await ensureUser( requestUtils, 'e2e_audit_pub', 'ttdt_publisher' )
		);
		const refused = await publisher.rest( 'GET', '/ttdt/v1/audit' );
		expect( refused.status() ).toBe( 403 );
		expect( ( await refused.json() ).message ).toContain(
			'Chỉ quản trị hệ thống'
		);
		await publisher.dispose();

		const admin = await sessionFor( ADMIN );
		const [ newest ] = await entries( admin, 'per_page=1' );
		for ( const [ method, route ] of [
			[ 'DELETE', '/ttdt/v1/audit' ],
			[ 'POST', '/ttdt/v1/audit' ],
			[ 'PUT', `/ttdt/v1/audit/${ newest.id }` ],
			[ 'PATCH', `/ttdt/v1/audit/${ newest.id }` ],
			[ 'DELETE', `/ttdt/v1/audit/${ newest.id }` ],
		] ) {
			const response = await admin.rest( method, route, {
				summary: 'sửa',
			} );
			expect( [ 404, 405 ], `${ method } ${ route }` ).toContain(
				response.status()
			);
		}
		const [ still ] = await entries(
			admin,
			`per_page=1&before_id=${ newest.id + 1 }`
		);
		expect( still ).toEqual( newest );
		await admin.dispose();
	} );

	test( 'records publish, unpublish, role and settings changes: who, what, before → after, IP', async () => {
		const admin = await sessionFor( ADMIN );

		const onPost = await entries(
			admin,
			`object_type=post&object_id=${ postId }`
		);
		const publish = onPost.find(
			( entry ) => entry.action === 'post.publish'
		);
		const unpublish = onPost.find(
			( entry ) => entry.action === 'post.unpublish'
		);
		expect( publish ).toMatchObject( {
			user_login: 'admin',
			summary: title,
			after: { status: 'publish' },
		} );
		expect( unpublish ).toMatchObject( {
			user_login: 'admin',
			action_label: 'Đã gỡ xuất bản',
			before: { status: 'publish' },
			after: { status: 'draft' },
		} );
		expect( unpublish?.changes ).toEqual( [
			{
				field: 'status',
				label: 'Trạng thái',
				before: 'Đã xuất bản',
				after: 'Bản nháp',
			},
		] );
		// Newest first: the unpublication came after the publication.
		expect( onPost.indexOf( unpublish as Entry ) ).toBeLessThan(
			onPost.indexOf( publish as Entry )
		);
		expect( unpublish?.ip ).toMatch( /^[0-9a-f.:]+$/i );

		const [ role ] = await entries(
			admin,
			`action=user.role&object_id=${ memberId }`
		);
		expect( role ).toMatchObject( {
			user_login: 'admin',
			object_type: 'user',
			summary: username,
			before: { roles: [ 'ttdt_collaborator' ] },
			after: { roles: [ 'ttdt_updater' ] },
		} );
		expect( role.changes[ 0 ] ).toMatchObject( {
			label: 'Cấp quyền',
			before: 'Cộng tác viên',
			after: 'Cập nhật',
		} );

		const [ restored, changed ] = await entries(
			admin,
			'action=settings.update&per_page=2'
		);
		expect( Object.keys( changed.after ?? {} ) ).toEqual( [
			'weekly_quota',
		] );
		expect( Number( changed.after?.weekly_quota ) ).toBe(
			Number( changed.before?.weekly_quota ) + 1
		);
		expect( restored.before ).toEqual( changed.after );

		// Filtered by the person who acted (Art. 13.5: a trail per account).
		const byAdmin = await entries( admin, 'user=1&per_page=100' );
		// Not empty: `every` on an empty list would pass whatever the filter did.
		expect( byAdmin.length ).toBeGreaterThan( 0 );
		expect(
			byAdmin.every( ( entry ) => entry.user_login === 'admin' )
		).toBe( true );
		await admin.dispose();
	} );

	test( 'the screen shows and filters the entries and exports them as CSV', async ( {
		admin,
		page,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-audit' );
		await expect(
			page.getByRole( 'heading', { name: 'Nhật ký hệ thống' } )
		).toBeVisible();
		const postRows = page.getByRole( 'row' ).filter( { hasText: title } );
		await expect(
			postRows.filter( { hasText: 'Đã xuất bản' } ).filter( {
				hasText: 'Trạng thái: — → Đã xuất bản',
			} )
		).toHaveCount( 1 );
		const roleRow = page
			.getByRole( 'row' )
			.filter( { hasText: username } )
			.filter( { hasText: 'Cộng tác viên → Cập nhật' } );
		await expect( roleRow ).toContainText(
			'Cấp quyền: Cộng tác viên → Cập nhật'
		);
		await expect( roleRow ).toContainText( 'admin' );
		await expect(
			page
				.getByRole( 'row' )
				.filter( { hasText: 'Thay đổi cài đặt' } )
				.filter( { hasText: 'weekly_quota' } )
				.first()
		).toBeVisible();

		await page.getByLabel( 'Thao tác' ).selectOption( 'post.unpublish' );
		const unpublished = page
			.getByRole( 'row' )
			.filter( { hasText: title } );
		await expect( unpublished ).toHaveCount( 1 );
		await expect( unpublished ).toContainText( 'Đã gỡ xuất bản' );
		await expect( unpublished ).toContainText( 'admin' );
		await expect( unpublished ).toContainText(
			'Trạng thái: Đã xuất bản → Bản nháp'
		);
		await expect(
			page
				.getByRole( 'row' )
				.filter( { hasText: 'Đã xuất bản' } )
				.filter( {
					hasNotText: 'Đã gỡ xuất bản',
				} )
		).toHaveCount( 0 );

		const [ download ] = await Promise.all( [
			page.waitForEvent( 'download' ),
			page.getByRole( 'button', { name: 'Xuất tệp CSV' } ).click(),
		] );
		expect( download.suggestedFilename() ).toMatch(
			/^nhat-ky-he-thong-\d{8}-\d{4}\.csv$/
		);
		const csv = fs.readFileSync(
			( await download.path() ) as string,
			'utf8'
		);
		// The byte-order mark lets Excel read the file as UTF-8.
		expect( csv.charCodeAt( 0 ) ).toBe( 0xfeff );
		const lines = csv.slice( 1 ).split( '\r\n' );
		expect( lines[ 0 ] ).toBe(
			'"Thời gian","Người dùng","Địa chỉ IP","Thao tác","Đối tượng","Mã đối tượng","Tóm tắt","Thay đổi","Trước khi thay đổi (JSON)","Sau khi thay đổi (JSON)"'
		);
		const row = lines.find( ( line ) => line.includes( title ) );
		expect( row ).toMatch(
			/^"\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}",admin,/
		);
		expect( row ).toContain( '"Đã gỡ xuất bản"' );
		expect( row ).toContain( 'Trạng thái: Đã xuất bản → Bản nháp' );
		// Only what the filter selects is exported (and there is something to check).
		const exported = lines.slice( 1 ).filter( Boolean );
		expect( exported.length ).toBeGreaterThan( 0 );
		expect(
			exported.every( ( line ) => line.includes( 'Đã gỡ xuất bản' ) )
		).toBe( true );
	} );
} );
