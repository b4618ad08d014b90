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

type Post = {
	id: number;
	status: string;
	title: { raw: string };
	content: { raw: string };
	excerpt: { raw: string };
	meta: Record< string, unknown >;
};

const ADMIN = { username: 'admin', password: 'password' };

// Source and writer: every news item needs them to be published (Art. 7.1).
const PROVENANCE = {
	ttdt_source: 'Văn phòng UBND thị trấn',
	ttdt_writer: 'Nguyễn Văn An',
};

const UNICODE_TITLE = 'Hội nghị tổng kết công tác năm 2023';
// The same text typed with a `.VnTime` font (TCVN3), read as Windows-1252.
const TCVN3_TITLE = 'Héi nghÞ tæng kÕt c«ng t¸c n¨m 2023';
const UNICODE_CONTENT = 'Thị trấn Thanh Chương tổ chức hội nghị';
const TCVN3_CONTENT = 'ThÞ trÊn Thanh Ch\u00ad¬ng tæ chøc héi nghÞ';
// "Thông báo lịch tiếp công dân" in VNI-Times.
const VNI_TITLE = 'Thoâng baùo lòch tieáp coâng daân';
const VNI_AS_UNICODE = 'Thông báo lịch tiếp công dân';

const paragraph = ( text: string ) =>
	`<!-- wp:paragraph -->\n<p>${ text }</p>\n<!-- /wp:paragraph -->`;

/**
 * Reads a post back as stored (`context=edit`).
 *
 * @param session A session allowed to edit it.
 * @param id      Post ID.
 */
async function stored( session: Session, id: number ): Promise< Post > {
	const response = await session.rest(
		'GET',
		`/wp/v2/posts/${ id }?context=edit`
	);
	expect( response.status() ).toBe( 200 );
	return response.json();
}

test.describe( 'Vietnamese text on the server (Art. 8.1, TCVN 6909:2001)', () => {
	let admin: Session;
	// Written by someone else, so the administrator may approve it by publishing it.
	let author = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		admin = await sessionFor( ADMIN );
		author = ( await fixtureWriter( requestUtils ) ).id;
	} );

	test.afterAll( async () => {
		await admin.dispose();
	} );

	test( 'stores decomposed (NFD) title, content, excerpt and meta as NFC', async () => {
		const nfd = ( text: string ) => text.normalize( 'NFD' );
		expect( nfd( UNICODE_TITLE ) ).not.toBe( UNICODE_TITLE );

		const created = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'draft',
			title: nfd( UNICODE_TITLE ),
			content: paragraph( nfd( UNICODE_CONTENT ) ),
			excerpt: nfd( 'Tóm tắt hội nghị' ),
			meta: {
				ttdt_source: nfd( PROVENANCE.ttdt_source ),
				ttdt_writer: nfd( PROVENANCE.ttdt_writer ),
			},
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = await created.json();

		const post = await stored( admin, id );
		expect( post.title.raw ).toBe( UNICODE_TITLE );
		expect( post.content.raw ).toBe( paragraph( UNICODE_CONTENT ) );
		expect( post.excerpt.raw ).toBe( 'Tóm tắt hội nghị' );
		expect( post.meta.ttdt_source ).toBe( PROVENANCE.ttdt_source );
		expect( post.meta.ttdt_writer ).toBe( PROVENANCE.ttdt_writer );

		// Sending the NFD form of what is already stored is no change, not an error.
		const again = await admin.rest( 'POST', `/wp/v2/posts/${ id }`, {
			title: nfd( 'Họp báo quý IV' ),
			meta: { ttdt_source: nfd( PROVENANCE.ttdt_source ) },
		} );
		expect( again.status() ).toBe( 200 );
		expect( ( await stored( admin, id ) ).title.raw ).toBe(
			'Họp báo quý IV'
		);
	} );

	test( 'refuses to publish TCVN3 text until it is converted with one click', async () => {
		const refused = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'publish',
			title: TCVN3_TITLE,
			content: paragraph( TCVN3_CONTENT ),
			meta: PROVENANCE,
		} );
		expect( refused.status() ).toBe( 400 );
		const error = await refused.json();
		expect( error.message ).toContain(
			'Văn bản còn ở bảng mã cũ (TCVN3) trong: tiêu đề, nội dung.'
		);
		expect( error.message ).toContain(
			'Hãy dùng nút "Chuyển sang Unicode"'
		);
		expect(
			error.data.reasons.map( ( r: { code: string } ) => r.code )
		).toEqual( [ 'ttdt_legacy_encoding' ] );

		// Saved as a draft, then fixed in place.
		const draft = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'draft',
			title: TCVN3_TITLE,
			content: paragraph( TCVN3_CONTENT ),
			meta: PROVENANCE,
		} );
		expect( draft.status() ).toBe( 201 );
		const { id } = await draft.json();
		const stillRefused = await admin.rest( 'POST', `/wp/v2/posts/${ id }`, {
			status: 'publish',
		} );
		expect( stillRefused.status() ).toBe( 400 );

		const fixed = await admin.rest(
			'POST',
			`/ttdt/v1/text/fix-post/${ id }`
		);
		expect( fixed.status() ).toBe( 200 );
		expect( await fixed.json() ).toEqual( {
			id,
			encoding: 'tcvn3',
			fields: [ 'title', 'content' ],
		} );
		const post = await stored( admin, id );
		expect( post.title.raw ).toBe( UNICODE_TITLE );
		expect( post.content.raw ).toBe( paragraph( UNICODE_CONTENT ) );

		const published = await admin.rest( 'POST', `/wp/v2/posts/${ id }`, {
			status: 'publish',
		} );
		expect( published.status() ).toBe( 200 );
		expect( ( await published.json() ).status ).toBe( 'publish' );
	} );

	test( 'refuses VNI text too, and publishes it once converted', async () => {
		const refused = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'publish',
			title: VNI_TITLE,
			content: paragraph( UNICODE_CONTENT ),
			meta: PROVENANCE,
		} );
		expect( refused.status() ).toBe( 400 );
		expect( ( await refused.json() ).message ).toContain(
			'Văn bản còn ở bảng mã cũ (VNI) trong: tiêu đề.'
		);

		const converted = await admin.rest( 'POST', '/ttdt/v1/text/convert', {
			text: VNI_TITLE,
		} );
		expect( converted.status() ).toBe( 200 );
		expect( await converted.json() ).toEqual( {
			text: VNI_AS_UNICODE,
			encoding: 'vni',
		} );

		const published = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'publish',
			title: VNI_AS_UNICODE,
			content: paragraph( UNICODE_CONTENT ),
			meta: PROVENANCE,
		} );
		expect( published.status() ).toBe( 201 );
	} );

	test( 'publishes ordinary Vietnamese and leaves it as it is', async () => {
		const text = `${ UNICODE_TITLE }: hoà giải, thuở ấy, Quý khách, ĐẮK LẮK`;
		const converted = await admin.rest( 'POST', '/ttdt/v1/text/convert', {
			text,
		} );
		expect( await converted.json() ).toEqual( { text, encoding: null } );

		const published = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'publish',
			title: text,
			content: paragraph( UNICODE_CONTENT ),
			excerpt: 'Où est la mairie ? Très près.',
			meta: PROVENANCE,
		} );
		expect( published.status() ).toBe( 201 );
		expect( ( await published.json() ).title.raw ).toBe( text );
	} );

	test( 'lets only writers convert, and only posts they may edit', async ( {
		requestUtils,
	} ) => {
		const anonymous = await sessionFor( null );
		const byVisitor = await anonymous.rest(
			'POST',
			'/ttdt/v1/text/convert',
			{
				text: TCVN3_TITLE,
			}
		);
		expect( byVisitor.status() ).toBe( 401 );
		await anonymous.dispose();

		const subscriber = await sessionFor(
			await ensureUser( requestUtils, 'e2e_vt_subscriber', 'subscriber' )
		);
		const bySubscriber = await subscriber.rest(
			'POST',
			'/ttdt/v1/text/convert',
			{ text: TCVN3_TITLE }
		);
		expect( bySubscriber.status() ).toBe( 403 );
		expect( ( await bySubscriber.json() ).message ).toContain(
			'Bạn không có quyền chuyển đổi văn bản'
		);
		await subscriber.dispose();

		const draft = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			status: 'draft',
			title: TCVN3_TITLE,
		} );
		const { id } = await draft.json();
		const contributor = await sessionFor(
			await ensureUser(
				requestUtils,
				'e2e_vt_contributor',
				'contributor'
			)
		);
		const byContributor = await contributor.rest(
			'POST',
			`/ttdt/v1/text/fix-post/${ id }`
		);
		expect( byContributor.status() ).toBe( 403 );
		expect( ( await byContributor.json() ).message ).toContain(
			'Bạn không có quyền sửa bài này'
		);
		await contributor.dispose();
		expect( ( await stored( admin, id ) ).title.raw ).toBe( TCVN3_TITLE );
	} );
} );
