/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { fixtureWriter } from '../support/workflow';
import { sessionFor, type Session } from '../support/session';
import { xmlrpcEditPost } from '../support/xmlrpc';

const ADMIN = { username: 'admin', password: 'password' };

type Change = { field: string; label: string; before: string; after: string };

type Entry = {
	id: number;
	action: string;
	action_label: string;
	user_login: string;
	object_type: string;
	object_label: string;
	object_id: number;
	summary: string;
	before: Record< string, unknown > | null;
	after: Record< string, unknown > | null;
	changes: Change[];
};

/**
 * Entries matching the filters written after entry `since`, newest first.
 *
 * @param session Administrator session.
 * @param query   Filters as query arguments.
 * @param since   ID of the newest entry before the step under test.
 */
async function entriesSince(
	session: Session,
	query: string,
	since: number
): Promise< Entry[] > {
	const response = await session.rest(
		'GET',
		`/ttdt/v1/audit?per_page=100&${ query }`
	);
	expect( response.status() ).toBe( 200 );
	return ( ( await response.json() ) as Entry[] ).filter(
		( entry ) => entry.id > since
	);
}

/**
 * ID of the newest entry of the log.
 *
 * @param session Administrator session.
 */
async function newestId( session: Session ): Promise< number > {
	const response = await session.rest( 'GET', '/ttdt/v1/audit?per_page=1' );
	expect( response.status() ).toBe( 200 );
	const [ newest ] = ( await response.json() ) as Entry[];
	return newest?.id ?? 0;
}

/**
 * The one `post.edit` entry of an item written since `since`.
 *
 * @param session Administrator session.
 * @param postId  Item ID.
 * @param since   ID of the newest entry before the step under test.
 */
async function oneEdit(
	session: Session,
	postId: number,
	since: number
): Promise< Entry > {
	const edits = await entriesSince(
		session,
		`action=post.edit&object_id=${ postId }`,
		since
	);
	// One save, one entry, whatever number of fields and meta it touched.
	expect( edits ).toHaveLength( 1 );
	return edits[ 0 ];
}

/**
 * The change of one field in an entry.
 *
 * @param entry Entry.
 * @param field Field name as recorded.
 */
function change( entry: Entry, field: string ): Change | undefined {
	return entry.changes.find( ( item ) => item.field === field );
}

test.describe( 'Audit trail of edits, provenance and categories (Art. 7.1, 8.2)', () => {
	const stamp = Date.now();
	let admin: Session;
	let postId = 0;
	let sectionA = 0;
	let sectionB = 0;

	/**
	 * Creates a category as the administrator.
	 *
	 * @param name Name.
	 */
	async function category( name: string ): Promise< number > {
		const created = await admin.rest( 'POST', '/wp/v2/categories', {
			name,
		} );
		expect( created.status() ).toBe( 201 );
		return ( await created.json() ).id;
	}

	test.beforeAll( async ( { requestUtils } ) => {
		admin = await sessionFor( ADMIN );
		const writer = await fixtureWriter( requestUtils );
		sectionA = await category( `Mục A ${ stamp }` );
		sectionB = await category( `Mục B ${ stamp }` );
		const created = await admin.rest( 'POST', '/wp/v2/posts', {
			title: `Tin đang đăng ${ stamp }`,
			content: 'Nội dung ban đầu.',
			status: 'publish',
			// Filed for a writer: nobody approves (by publishing) an item of their own.
			author: writer.id,
			categories: [ sectionA ],
			meta: {
				ttdt_source: 'UBND xã',
				ttdt_writer: 'Nguyễn Văn A',
			},
		} );
		expect( created.status() ).toBe( 201 );
		postId = ( await created.json() ).id;
	} );

	test.afterAll( async () => {
		await admin.dispose();
	} );

	test( 'an edit of a live item records which fields changed and who changed them', async () => {
		const since = await newestId( admin );
		const updated = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			title: `Tin đã sửa ${ stamp }`,
			content: 'Nội dung đã sửa sau khi đăng.',
		} );
		expect( updated.status() ).toBe( 200 );

		const edit = await oneEdit( admin, postId, since );
		expect( edit ).toMatchObject( {
			user_login: 'admin',
			action_label: 'Đã sửa tin',
			object_type: 'post',
			summary: `Tin đã sửa ${ stamp }`,
			before: { title: `Tin đang đăng ${ stamp }` },
			after: { title: `Tin đã sửa ${ stamp }` },
		} );
		expect( change( edit, 'title' ) ).toEqual( {
			field: 'title',
			label: 'Tiêu đề',
			before: `Tin đang đăng ${ stamp }`,
			after: `Tin đã sửa ${ stamp }`,
		} );
		// The body is recorded by length and version, not copied into the log.
		expect( change( edit, 'content' ) ).toMatchObject( {
			label: 'Nội dung',
			before: expect.stringMatching( /^17 ký tự/ ),
			after: expect.stringMatching( /^29 ký tự/ ),
		} );
		expect( JSON.stringify( edit ) ).not.toContain( 'sau khi đăng' );
		// Fields that did not change are not listed.
		expect( edit.changes.map( ( item ) => item.field ).sort() ).toEqual( [
			'content',
			'title',
		] );
	} );

	test( 'an edit through XML-RPC is recorded the same way, tags included', async () => {
		const since = await newestId( admin );
		const answer = await xmlrpcEditPost( ADMIN, postId, {
			post_title: `Tin sửa qua XML-RPC ${ stamp }`,
			terms_names: { post_tag: [ `thẻ ${ stamp }` ] },
		} );
		expect( answer ).toContain( '<boolean>1</boolean>' );

		const edit = await oneEdit( admin, postId, since );
		expect( edit.user_login ).toBe( 'admin' );
		expect( change( edit, 'title' ) ).toMatchObject( {
			before: `Tin đã sửa ${ stamp }`,
			after: `Tin sửa qua XML-RPC ${ stamp }`,
		} );
		expect( change( edit, 'post_tag' ) ).toEqual( {
			field: 'post_tag',
			label: 'Thẻ',
			before: '',
			after: `thẻ ${ stamp }`,
		} );
	} );

	test( 'a change of the reference flag is recorded before → after', async () => {
		let since = await newestId( admin );
		const flagged = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			meta: { ttdt_is_reference: true },
		} );
		expect( flagged.status() ).toBe( 200 );
		const edit = await oneEdit( admin, postId, since );
		expect( edit.before ).toMatchObject( { ttdt_is_reference: false } );
		expect( edit.after ).toMatchObject( { ttdt_is_reference: true } );
		expect( change( edit, 'ttdt_is_reference' ) ).toEqual( {
			field: 'ttdt_is_reference',
			label: 'Tin tham khảo',
			before: 'Không',
			after: 'Có',
		} );

		since = await newestId( admin );
		const unflagged = await admin.rest(
			'POST',
			`/wp/v2/posts/${ postId }`,
			{ meta: { ttdt_is_reference: false } }
		);
		expect( unflagged.status() ).toBe( 200 );
		const back = await oneEdit( admin, postId, since );
		expect( change( back, 'ttdt_is_reference' ) ).toMatchObject( {
			before: 'Có',
			after: 'Không',
		} );
	} );

	test( 'a change of source and writer is one entry with both, before → after, on every path', async () => {
		let since = await newestId( admin );
		const updated = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			meta: {
				ttdt_source: 'Báo Nhân Dân',
				ttdt_writer: 'Trần Thị B',
			},
		} );
		expect( updated.status() ).toBe( 200 );
		const edit = await oneEdit( admin, postId, since );
		expect( edit.user_login ).toBe( 'admin' );
		expect( edit.before ).toEqual( {
			ttdt_source: 'UBND xã',
			ttdt_writer: 'Nguyễn Văn A',
		} );
		expect( edit.after ).toEqual( {
			ttdt_source: 'Báo Nhân Dân',
			ttdt_writer: 'Trần Thị B',
		} );
		expect( change( edit, 'ttdt_source' )?.label ).toBe( 'Nguồn tin' );
		expect( change( edit, 'ttdt_writer' )?.label ).toBe( 'Người viết' );

		// Code that deletes the meta directly (a script, an import) is recorded too.
		since = await newestId( admin );
		const deleted = await admin.rest(
			'POST',
			`/ttdt-test/v1/posts/${ postId }/delete-meta`,
			{ keys: [ 'ttdt_writer' ] }
		);
		expect( deleted.status() ).toBe( 200 );
		const removal = await oneEdit( admin, postId, since );
		expect( removal.before ).toEqual( { ttdt_writer: 'Trần Thị B' } );
		expect( removal.after ).toEqual( { ttdt_writer: '' } );

		// Put it back: a live item must name its writer.
		since = await newestId( admin );
		const restored = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			meta: { ttdt_writer: 'Trần Thị B' },
		} );
		expect( restored.status() ).toBe( 200 );
		expect( ( await oneEdit( admin, postId, since ) ).after ).toEqual( {
			ttdt_writer: 'Trần Thị B',
		} );
	} );

	test( 'a change of the categories of an item is recorded by name, before → after', async () => {
		const current = await admin.rest(
			'GET',
			`/wp/v2/posts/${ postId }?context=edit`
		);
		const ids: number[] = ( await current.json() ).categories;
		expect( ids.length ).toBeGreaterThan( 0 );
		const filed = await admin.rest(
			'GET',
			`/wp/v2/categories?include=${ ids.join( ',' ) }`
		);
		const names = ( ( await filed.json() ) as Array< { name: string } > )
			.map( ( term ) => term.name )
			.sort();

		const since = await newestId( admin );
		const updated = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			categories: [ sectionB ],
		} );
		expect( updated.status() ).toBe( 200 );

		const edit = await oneEdit( admin, postId, since );
		expect( edit.before ).toEqual( { category: names } );
		expect( edit.after ).toEqual( { category: [ `Mục B ${ stamp }` ] } );
		expect( change( edit, 'category' ) ).toEqual( {
			field: 'category',
			label: 'Chuyên mục',
			before: names.join( '; ' ),
			after: `Mục B ${ stamp }`,
		} );
	} );

	test( 'creating, renaming and deleting a category is recorded, with the items it held', async () => {
		let since = await newestId( admin );
		const id = await category( `Mục C ${ stamp }` );
		const [ created ] = await entriesSince(
			admin,
			`action=term.create&object_id=${ id }`,
			since
		);
		expect( created ).toMatchObject( {
			user_login: 'admin',
			object_type: 'category',
			object_label: 'Chuyên mục',
			action_label: 'Đã tạo chuyên mục hoặc thẻ',
			after: { name: `Mục C ${ stamp }` },
		} );

		since = await newestId( admin );
		const renamed = await admin.rest( 'POST', `/wp/v2/categories/${ id }`, {
			name: `Mục D ${ stamp }`,
		} );
		expect( renamed.status() ).toBe( 200 );
		const edits = await entriesSince(
			admin,
			`action=term.edit&object_id=${ id }`,
			since
		);
		expect( edits ).toHaveLength( 1 );
		expect( edits[ 0 ] ).toMatchObject( {
			object_type: 'category',
			summary: `Mục D ${ stamp }`,
			before: { name: `Mục C ${ stamp }` },
			after: { name: `Mục D ${ stamp }` },
		} );
		expect( change( edits[ 0 ], 'name' ) ).toEqual( {
			field: 'name',
			label: 'Tên',
			before: `Mục C ${ stamp }`,
			after: `Mục D ${ stamp }`,
		} );

		const filed = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			categories: [ id ],
		} );
		expect( filed.status() ).toBe( 200 );
		since = await newestId( admin );
		const deleted = await admin.rest(
			'DELETE',
			`/wp/v2/categories/${ id }?force=true`
		);
		expect( deleted.status() ).toBe( 200 );
		const [ deletion ] = await entriesSince(
			admin,
			`action=term.delete&object_id=${ id }`,
			since
		);
		expect( deletion ).toMatchObject( {
			user_login: 'admin',
			action_label: 'Đã xóa chuyên mục hoặc thẻ',
			object_type: 'category',
			summary: `Mục D ${ stamp }`,
			before: { name: `Mục D ${ stamp }`, items: 1 },
			after: null,
		} );
		// The item it held was re-filed: its own entry says from where.
		const refiled = await oneEdit( admin, postId, since );
		expect( refiled.before ).toEqual( {
			category: [ `Mục D ${ stamp }` ],
		} );
		expect( refiled.after?.category ).not.toContain( `Mục D ${ stamp }` );
	} );

	test( 'an over-long value is kept, cut on a character boundary with an ellipsis', async () => {
		// 5,000 characters of Vietnamese: most take 2 or 3 bytes in UTF-8, so a cut by
		// bytes would split one.
		const source = 'Ủy ban nhân dân xã Đồng Hưởng, huyện Tiên Lữ; '
			.repeat( 120 )
			.slice( 0, 5000 );
		const title = `Tiêu đề rất dài ${ stamp } ` + 'ữ'.repeat( 3000 );
		const since = await newestId( admin );
		const updated = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			title,
			meta: { ttdt_source: source },
		} );
		expect( updated.status() ).toBe( 200 );

		const edit = await oneEdit( admin, postId, since );
		const recorded = String( edit.after?.ttdt_source );
		expect( Array.from( recorded ) ).toHaveLength( 1000 );
		expect( recorded.endsWith( '…' ) ).toBe( true );
		expect( source.startsWith( recorded.slice( 0, -1 ) ) ).toBe( true );
		expect( change( edit, 'ttdt_source' )?.after ).toBe( recorded );
		// The summary (the item's title) is cut the same way.
		expect( Array.from( edit.summary ) ).toHaveLength( 1000 );
		expect( edit.summary.endsWith( 'ữ…' ) ).toBe( true );
		expect( title.startsWith( edit.summary.slice( 0, -1 ) ) ).toBe( true );
	} );

	test( 'the audit screen shows the new entries with Vietnamese names', async ( {
		admin: adminPage,
		page,
	} ) => {
		await adminPage.visitAdminPage( 'admin.php', 'page=ttdt-portal-audit' );
		const renamed = page.getByRole( 'row' ).filter( {
			hasText: `Tên: Mục C ${ stamp } → Mục D ${ stamp }`,
		} );
		await expect( renamed ).toHaveCount( 1 );
		await expect( renamed ).toContainText(
			'Đã đổi tên hoặc sửa chuyên mục, thẻ'
		);
		await expect( renamed ).toContainText( 'admin' );
		const edited = page.getByRole( 'row' ).filter( {
			hasText: `Tiêu đề: Tin đang đăng ${ stamp } → Tin đã sửa ${ stamp }`,
		} );
		await expect( edited ).toHaveCount( 1 );
		await expect( edited ).toContainText( 'Đã sửa tin' );
		await expect( edited ).toContainText( 'Nội dung: 17 ký tự' );
		const provenance = page.getByRole( 'row' ).filter( {
			hasText: 'Nguồn tin: UBND xã → Báo Nhân Dân',
		} );
		await expect( provenance.first() ).toContainText(
			'Người viết: Nguyễn Văn A → Trần Thị B'
		);
	} );

	test( 'a failed audit write is reported by Site Health, not lost in silence', async ( {
		admin: adminPage,
		page,
	} ) => {
		const goodLabel = 'Mọi sự kiện đều được ghi vào nhật ký hệ thống';
		const criticalLabel =
			'Một số sự kiện không ghi được vào nhật ký hệ thống';
		const forgotten = await admin.rest(
			'POST',
			'/ttdt-test/v1/audit/forget-failures'
		);
		expect( forgotten.status() ).toBe( 200 );
		await adminPage.visitAdminPage( 'site-health.php' );
		await expect(
			page.locator( '#health-check-issues-good' )
		).toContainText( goodLabel );
		await expect(
			page.locator( '#health-check-issues-critical' )
		).not.toContainText( criticalLabel );

		const since = await newestId( admin );
		const broken = await admin.rest(
			'POST',
			`/ttdt-test/v1/posts/${ postId }/meta-audit-unwritable`,
			{ key: 'ttdt_source', value: 'Nguồn khi nhật ký hỏng' }
		);
		expect( broken.status() ).toBe( 200 );
		// (The database error printed after the response makes its body unreadable.)
		const stored = await admin.rest(
			'GET',
			`/wp/v2/posts/${ postId }?context=edit`
		);
		expect( ( await stored.json() ).meta.ttdt_source ).toBe(
			'Nguồn khi nhật ký hỏng'
		);
		// The entry is lost (the table refused it)…
		expect(
			await entriesSince( admin, `object_id=${ postId }`, since )
		).toHaveLength( 0 );

		// …and the site says so, in Vietnamese, with what to do.
		await adminPage.visitAdminPage( 'site-health.php' );
		const critical = page.locator( '#health-check-issues-critical' );
		await expect( critical ).toContainText( criticalLabel );
		await critical.getByRole( 'button', { name: criticalLabel } ).click();
		await expect( critical ).toContainText(
			/1 mục nhật ký không ghi được; lần cuối lúc \d{2}\/\d{2}\/\d{4}/
		);
		await expect( critical ).toContainText( 'nhật ký lỗi PHP' );

		// The next write goes through again.
		const fixed = await admin.rest( 'POST', `/wp/v2/posts/${ postId }`, {
			meta: { ttdt_source: 'UBND xã' },
		} );
		expect( fixed.status() ).toBe( 200 );
		const edit = await oneEdit( admin, postId, since );
		expect( edit.before ).toEqual( {
			ttdt_source: 'Nguồn khi nhật ký hỏng',
		} );
	} );
} );
