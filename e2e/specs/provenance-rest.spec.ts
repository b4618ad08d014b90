/**
 * External dependencies
 */
import type { APIRequestContext } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { sessionFor, type Credentials } from '../support/session';
import { ensureUser } from '../support/users';
import { fixtureWriter } from '../support/workflow';

const ADMIN: Credentials = { username: 'admin', password: 'password' };

type RestError = {
	code: string;
	message: string;
	data: { status: number; reasons: { code: string; message: string }[] };
};

/**
 * A unique title, so runs never collide.
 *
 * @param label What the item is for.
 */
const title = ( label: string ) => `${ label } ${ Date.now() }`;

/**
 * An XML-RPC string value.
 *
 * @param value Text.
 */
const xmlString = ( value: string ) =>
	`<value><string>${ value
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' ) }</string></value>`;

/**
 * Calls `wp.newPost` on the site's real XML-RPC endpoint as the administrator.
 *
 * @param request      Playwright request context.
 * @param fields       Post fields.
 * @param customFields Custom fields (meta) to send.
 * @return The new post's ID.
 */
async function xmlRpcNewPost(
	request: APIRequestContext,
	fields: Record< string, string >,
	customFields: Record< string, string >
): Promise< number > {
	const members = Object.entries( fields )
		.map(
			( [ name, value ] ) =>
				`<member><name>${ name }</name>${ xmlString( value ) }</member>`
		)
		.join( '' );
	const custom = Object.entries( customFields )
		.map(
			( [ key, value ] ) =>
				`<value><struct><member><name>key</name>${ xmlString(
					key
				) }</member><member><name>value</name>${ xmlString(
					value
				) }</member></struct></value>`
		)
		.join( '' );
	const body = `<?xml version="1.0" encoding="UTF-8"?><methodCall><methodName>wp.newPost</methodName><params>
<param><value><int>1</int></value></param>
<param>${ xmlString( ADMIN.username ) }</param>
<param>${ xmlString( ADMIN.password ) }</param>
<param><value><struct>${ members }<member><name>custom_fields</name><value><array><data>${ custom }</data></array></value></member></struct></value></param>
</params></methodCall>`;
	const response = await request.post( '/xmlrpc.php', {
		data: body,
		headers: { 'Content-Type': 'text/xml; charset=UTF-8' },
	} );
	const text = await response.text();
	const id = /<(?:string|int)>(\d+)<\/(?:string|int)>/.exec( text );
	expect( id, text ).not.toBeNull();
	return Number( id?.[ 1 ] );
}

test.describe( 'Source and writer are required to publish (Art. 7.1)', () => {
	test( 'REST refuses each role allowed to publish with a Vietnamese reason, until both are given', async ( {
		requestUtils,
	} ) => {
		test.setTimeout( 240_000 );
		const publisher = await ensureUser(
			requestUtils,
			'e2e_prov_publisher',
			'ttdt_publisher'
		);
		// Written by someone else: nobody approves (by publishing) their own item.
		const author = ( await fixtureWriter( requestUtils ) ).id;
		for ( const user of [ ADMIN, publisher ] ) {
			const session = await sessionFor( user );

			const bare = await session.rest( 'POST', '/wp/v2/posts', {
				author,
				title: title( `Tin không nguồn (${ user.username })` ),
				content: 'Nội dung tin.',
				status: 'publish',
			} );
			expect( bare.status(), user.username ).toBe( 400 );
			const refused = ( await bare.json() ) as RestError;
			expect( refused.message ).toContain( 'Chưa có nguồn tin' );
			expect( refused.message ).toContain( 'Chưa có người viết' );
			expect(
				refused.data.reasons.map( ( reason ) => reason.code )
			).toEqual( [ 'ttdt_missing_source', 'ttdt_missing_writer' ] );

			const sourceOnly = await session.rest( 'POST', '/wp/v2/posts', {
				author,
				title: title( `Tin thiếu người viết (${ user.username })` ),
				status: 'publish',
				meta: { ttdt_source: 'UBND thị trấn', ttdt_writer: '   ' },
			} );
			expect( sourceOnly.status() ).toBe( 400 );
			const onlyWriter = ( await sourceOnly.json() ) as RestError;
			expect( onlyWriter.message ).toContain( 'Chưa có người viết' );
			expect( onlyWriter.message ).not.toContain( 'Chưa có nguồn tin' );

			const complete = await session.rest( 'POST', '/wp/v2/posts', {
				author,
				title: title( `Tin đủ nguồn (${ user.username })` ),
				status: 'publish',
				meta: {
					ttdt_source: 'Văn phòng UBND thị trấn',
					ttdt_writer: 'Nguyễn Văn Viết',
				},
			} );
			expect( complete.status(), await complete.text() ).toBe( 201 );
			const published = await complete.json();
			expect( published.status ).toBe( 'publish' );
			expect( published.meta.ttdt_source ).toBe(
				'Văn phòng UBND thị trấn'
			);
			expect( published.meta.ttdt_writer ).toBe( 'Nguyễn Văn Viết' );
			await session.dispose();
		}
	} );

	test( 'a reader contribution publishes without them; a live item cannot lose them', async ( {
		requestUtils,
	} ) => {
		const admin = await sessionFor( ADMIN );
		const author = ( await fixtureWriter( requestUtils ) ).id;
		const contribution = await admin.rest( 'POST', '/wp/v2/posts', {
			author,
			title: title( 'Ý kiến bạn đọc về đường làng' ),
			status: 'publish',
			meta: { ttdt_is_reader_contribution: true },
		} );
		expect( contribution.status(), await contribution.text() ).toBe( 201 );
		expect( ( await contribution.json() ).status ).toBe( 'publish' );

		const item = await (
			await admin.rest( 'POST', '/wp/v2/posts', {
				author,
				title: title( 'Tin đã đăng' ),
				status: 'publish',
				meta: { ttdt_source: 'Đài truyền thanh', ttdt_writer: 'Lê B' },
			} )
		).json();
		const stripped = await admin.rest(
			'POST',
			`/wp/v2/posts/${ item.id }`,
			{
				meta: { ttdt_source: '' },
			}
		);
		expect( stripped.status() ).toBe( 400 );
		expect( ( ( await stripped.json() ) as RestError ).message ).toContain(
			'Chưa có nguồn tin'
		);
		const after = await (
			await admin.rest( 'GET', `/wp/v2/posts/${ item.id }?context=edit` )
		).json();
		expect( after.status ).toBe( 'publish' );
		expect( after.meta.ttdt_source ).toBe( 'Đài truyền thanh' );
		await admin.dispose();
	} );

	test( 'XML-RPC wp.newPost without a source leaves a draft; with both it publishes', async ( {
		request,
		requestUtils,
	} ) => {
		const author = ( await fixtureWriter( requestUtils ) ).id;
		const refusedId = await xmlRpcNewPost(
			request,
			{
				post_type: 'post',
				post_status: 'publish',
				post_author: String( author ),
				post_title: title( 'Tin gửi qua XML-RPC thiếu nguồn' ),
				post_content: 'Nội dung.',
			},
			{ ttdt_writer: 'Trần C' }
		);
		const refused = await requestUtils.rest( {
			path: `/wp/v2/posts/${ refusedId }`,
			params: { context: 'edit' },
		} );
		expect( refused.status ).toBe( 'draft' );
		expect( refused.meta.ttdt_writer ).toBe( 'Trần C' );

		const publishedId = await xmlRpcNewPost(
			request,
			{
				post_type: 'post',
				post_status: 'publish',
				post_author: String( author ),
				post_title: title( 'Tin gửi qua XML-RPC đủ nguồn' ),
				post_content: 'Nội dung.',
			},
			{ ttdt_source: 'Hội Nông dân', ttdt_writer: 'Trần C' }
		);
		const published = await requestUtils.rest( {
			path: `/wp/v2/posts/${ publishedId }`,
			params: { context: 'edit' },
		} );
		expect( published.status ).toBe( 'publish' );
	} );

	test( 'a scheduled item that lost its source is not published at its time and its writer is e-mailed', async ( {
		request,
		requestUtils,
		mailbox,
	} ) => {
		// WordPress schedules only dates at least a minute ahead: the item is scheduled an hour
		// ahead, then its publication event is made due and cron runs it on a visit.
		const writer = await ensureUser(
			requestUtils,
			'e2e_prov_scheduler',
			'ttdt_publisher'
		);
		const session = await sessionFor( writer );
		// Written by someone else: the publisher may approve it by scheduling it.
		const fixture = await fixtureWriter( requestUtils );
		const author = fixture.id;
		const name = title( 'Tin hẹn giờ mất nguồn' );
		const due = new Date( Date.now() + 3_600_000 );
		const scheduled = await session.rest( 'POST', '/wp/v2/posts', {
			author,
			title: name,
			status: 'future',
			date_gmt: due.toISOString().slice( 0, 19 ),
			meta: { ttdt_source: 'Công an thị trấn', ttdt_writer: 'Phan D' },
		} );
		expect( scheduled.status(), await scheduled.text() ).toBe( 201 );
		const { id } = await scheduled.json();
		expect( ( await scheduled.json() ).status ).toBe( 'future' );
		await session.dispose();

		// The source disappears out of band (a script, an import), after the item was scheduled.
		await requestUtils.rest( {
			method: 'POST',
			path: `/ttdt-test/v1/posts/${ id }/delete-meta`,
			data: { keys: [ 'ttdt_source' ] },
		} );

		await expect
			.poll(
				async () => {
					// Again on each try: a cron run spawned by a visit may write back a stale
					// event list.
					await requestUtils.rest( {
						method: 'POST',
						path: '/ttdt-test/v1/cron/due',
						data: { ids: [ id ] },
					} );
					await request.get( '/wp-cron.php' );
					const post = await requestUtils.rest( {
						path: `/wp/v2/posts/${ id }`,
						params: { context: 'edit' },
					} );
					return post.status;
				},
				{ timeout: 60_000, intervals: [ 2_000 ] }
			)
			.toBe( 'draft' );

		const mail = await mailbox.waitFor(
			( message ) =>
				message.to.includes( `${ fixture.username }@example.test` ) &&
				message.subject.includes( name ) &&
				// Not the mail telling the writer it was approved (by scheduling it).
				message.text.includes( 'Chưa có nguồn tin' )
		);
		expect( mail.text ).toContain( 'Chưa có nguồn tin' );
		expect( mail.text ).not.toContain( 'Chưa có người viết' );
	} );
} );
