/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { ensureUser } from '../support/users';
import {
	createItems,
	fixtureWriter,
	Sessions,
	workflowOf,
	type User,
} from '../support/workflow';
import { xmlrpcEditPost } from '../support/xmlrpc';

/**
 * A day counted from today in Vietnam (UTC+7), `Y-m-d`.
 *
 * @param offset Days from today.
 */
function vnDay( offset: number ): string {
	return new Date( Date.now() + 7 * 3600e3 + offset * 86400e3 )
		.toISOString()
		.slice( 0, 10 );
}

/**
 * The same sentence in TCVN3 as read in Windows-1252 (encoded by glibc's iconv) and in Unicode.
 */
const TCVN3_SENTENCE =
	'Th\u00de tr\u00can Thanh Ch\u00ad\u00acng t\u00e6 ch\u00f8c h\u00e9i ngh\u00de t\u00e6ng k\u00d5t c\u00abng t\u00b8c n\u00a8m 2023. ';
const UNICODE_SENTENCE =
	'Thị trấn Thanh Chương tổ chức hội nghị tổng kết công tác năm 2023. ';

/**
 * TCVN3 text of a given length, with no line break: one segment, the worst case.
 *
 * @param characters Length.
 */
const tcvn3Of = ( characters: number ) =>
	TCVN3_SENTENCE.repeat(
		Math.ceil( characters / TCVN3_SENTENCE.length )
	).slice( 0, characters );

type ErrorBody = { code: string; message: string };

test.describe( 'Bounded work on any input, and dates that exist (issue 8)', () => {
	const sessions = new Sessions();
	let updater: User;
	let writer: User;

	test.beforeAll( async ( { requestUtils } ) => {
		updater = await ensureUser(
			requestUtils,
			'bd_capnhat',
			'ttdt_updater'
		);
		writer = await ensureUser(
			requestUtils,
			'bd_ctv',
			'ttdt_collaborator'
		);
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	test( 'a TCVN3 draft of 2,000,000 characters leaves the Posts screen working, and is refused, not crashed on, when published', async ( {
		page,
		requestUtils,
	} ) => {
		// About 2.4 MB on one line: reading it whole used to take some 450 MB, past the limit.
		const text = tcvn3Of( 2_000_000 );
		const draft = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				status: 'draft',
				title: `Bản thảo dài ${ Date.now() }`,
				// Filed for a writer: nobody approves (by publishing) an item of their own.
				author: ( await fixtureWriter( requestUtils ) ).id,
				content: `<!-- wp:paragraph --><p>${ text }</p><!-- /wp:paragraph -->`,
				meta: {
					ttdt_source: 'Văn phòng UBND',
					ttdt_writer: 'Nguyễn Văn Viết',
				},
			},
		} ) ) as { id: number };

		const started = Date.now();
		const response = await page.goto(
			'/wp-admin/edit.php?post_status=draft&orderby=date&order=desc'
		);
		const elapsed = Date.now() - started;
		test.info().annotations.push( {
			type: 'Posts screen with a 2,000,000-character draft',
			description: `${ elapsed } ms`,
		} );
		expect( response?.status() ).toBe( 200 );
		// The row is there, and the sample of its text is enough to offer the conversion.
		const row = page.locator( `#post-${ draft.id }` );
		await expect( row ).toBeVisible();
		await expect(
			row.locator( 'a[href*="action=ttdt_convert_unicode"]' )
		).toHaveCount( 1 );
		await expect( page.locator( '#the-list tr' ).first() ).toBeVisible();
		expect( elapsed ).toBeLessThan( 20_000 );

		// Publishing reads the whole text: refused for its legacy encoding, with a reason.
		const asAdmin = await sessions.of( {
			username: 'admin',
			password: 'password',
		} );
		const publish = await asAdmin.rest(
			'POST',
			`/wp/v2/posts/${ draft.id }`,
			{
				status: 'publish',
			}
		);
		expect( publish.status() ).toBe( 400 );
		expect( await publish.text() ).toContain( 'TCVN3' );
		expect(
			(
				( await requestUtils.rest( {
					path: `/wp/v2/posts/${ draft.id }`,
					params: { context: 'edit' },
				} ) ) as { status: string }
			 ).status
		).toBe( 'draft' );
	} );

	test( '/text/convert converts 1,000,000 characters (its limit) of TCVN3 on one line within budget', async () => {
		const asWriter = await sessions.of( writer );
		const characters = 1_000_000;
		const started = Date.now();
		const response = await asWriter.rest( 'POST', '/ttdt/v1/text/convert', {
			text: tcvn3Of( characters ),
		} );
		const elapsed = Date.now() - started;
		test.info().annotations.push( {
			type: '/text/convert of 1,000,000 characters',
			description: `${ elapsed } ms`,
		} );
		expect( response.status() ).toBe( 200 );
		const body = ( await response.json() ) as {
			text: string;
			encoding: string;
		};
		expect( body.encoding ).toBe( 'tcvn3' );
		const whole = Math.floor( characters / TCVN3_SENTENCE.length );
		expect( body.text.startsWith( UNICODE_SENTENCE.repeat( whole ) ) ).toBe(
			true
		);
		// One second of conversion, plus what moving 5 MB over HTTP and JSON costs on a shared
		// machine; the old code ran out of memory here (HTTP 500).
		expect( elapsed ).toBeLessThan( 10_000 );

		// Over the route's limit is refused, not attempted.
		const tooLong = await asWriter.rest( 'POST', '/ttdt/v1/text/convert', {
			text: 'a'.repeat( characters + 1 ),
		} );
		expect( tooLong.status() ).toBe( 400 );
	} );

	test( 'a receipt date after today or before 2000 is refused on every path, with the reason', async ( {
		requestUtils,
	} ) => {
		const [ id, pending ] = await createItems( requestUtils, [
			{ state: 'draft', title: `Tin ngày nhận ${ Date.now() }` },
			{ state: 'submitted', title: `Tin chờ duyệt ${ Date.now() }` },
		] );
		const asUpdater = await sessions.of( updater );
		const receiptOf = async ( postId: number ) =>
			( await workflowOf( requestUtils, postId ) ).received_at;
		const before = await receiptOf( id );

		// The workflow's receipt route.
		const hourAhead = new Date( Date.now() + 3600e3 + 7 * 3600e3 )
			.toISOString()
			.slice( 0, 19 );
		for ( const [ receivedAt, code, words ] of [
			[ '2030-01-01', 'ttdt_receipt_date_in_future', 'tương lai' ],
			[ vnDay( 1 ), 'ttdt_receipt_date_in_future', 'tương lai' ],
			[
				`${ hourAhead }+07:00`,
				'ttdt_receipt_date_in_future',
				'tương lai',
			],
			[ '1999-12-31', 'ttdt_receipt_date_too_old', 'năm 2000' ],
		] ) {
			const refused = await asUpdater.rest(
				'POST',
				`/ttdt/v1/workflow/${ id }/receipt`,
				{ received_at: receivedAt, received_via: 'paper' }
			);
			expect( refused.status(), receivedAt ).toBe( 400 );
			const error = ( await refused.json() ) as ErrorBody;
			expect( error.code ).toBe( code );
			expect( error.message ).toContain( words );
		}
		expect( await receiptOf( id ) ).toBe( before );

		// The receipt meta through the posts endpoint: refused before anything is saved.
		const viaPosts = await asUpdater.rest( 'POST', `/wp/v2/posts/${ id }`, {
			title: 'Đổi tiêu đề cùng lúc',
			meta: {
				ttdt_received_at: '2030-01-01',
				ttdt_received_via: 'paper',
			},
		} );
		expect( viaPosts.status() ).toBe( 400 );
		expect( ( ( await viaPosts.json() ) as ErrorBody ).code ).toBe(
			'ttdt_receipt_date_in_future'
		);
		const post = ( await requestUtils.rest( {
			path: `/wp/v2/posts/${ id }`,
			params: { context: 'edit' },
		} ) ) as { title: { raw: string } };
		expect( post.title.raw ).not.toBe( 'Đổi tiêu đề cùng lúc' );
		expect( await receiptOf( id ) ).toBe( before );

		// XML-RPC custom fields (the classic paths write the meta the same way): not stored.
		await xmlrpcEditPost( { username: 'admin', password: 'password' }, id, {
			custom_fields: [ { key: 'ttdt_received_at', value: '2030-01-01' } ],
		} );
		expect( await receiptOf( id ) ).toBe( before );

		// An item in review keeps its clock: its receipt cannot be removed.
		const clear = await asUpdater.rest(
			'POST',
			`/wp/v2/posts/${ pending }`,
			{
				meta: { ttdt_received_at: '' },
			}
		);
		expect( clear.status() ).toBe( 400 );
		expect( ( ( await clear.json() ) as ErrorBody ).code ).toBe(
			'ttdt_receipt_required'
		);
		expect( await receiptOf( pending ) ).not.toBe( '' );

		// Today and earlier days are recorded, and each change is audited before → after.
		for ( const day of [ vnDay( -3 ), vnDay( 0 ) ] ) {
			const recorded = await asUpdater.rest(
				'POST',
				`/ttdt/v1/workflow/${ id }/receipt`,
				{ received_at: day, received_via: 'paper' }
			);
			expect( recorded.status() ).toBe( 200 );
		}
		const viaMeta = await asUpdater.rest( 'POST', `/wp/v2/posts/${ id }`, {
			meta: { ttdt_received_at: vnDay( -1 ), ttdt_received_via: 'email' },
		} );
		expect( viaMeta.status() ).toBe( 200 );

		const audit = ( await requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: {
				action: 'receipt.change',
				object_type: 'post',
				object_id: id,
			},
		} ) ) as Array< {
			before: Record< string, string > | null;
			after: Record< string, string > | null;
		} >;
		expect(
			audit.map( ( entry ) => [ entry.before, entry.after ] )
		).toEqual( [
			[
				{ received_at: vnDay( 0 ), received_via: 'paper' },
				{ received_at: vnDay( -1 ), received_via: 'email' },
			],
			[
				{ received_at: vnDay( -3 ), received_via: 'paper' },
				{ received_at: vnDay( 0 ), received_via: 'paper' },
			],
			[
				{ received_at: before, received_via: 'online' },
				{ received_at: vnDay( -3 ), received_via: 'paper' },
			],
		] );
	} );

	test( '/calendar/convert refuses lunar and solar dates that do not exist', async () => {
		const asWriter = await sessions.of( writer );
		const convert = ( data: Record< string, unknown > ) =>
			asWriter.rest( 'POST', '/ttdt/v1/calendar/convert', data );

		// The 12th month of lunar 2025 has 29 days: its 30th is no date (it was 17/02/2026).
		const day30 = await convert( {
			lunar: [ { year: 2025, month: 12, day: 30 } ],
		} );
		expect( day30.status() ).toBe( 400 );
		const error = ( await day30.json() ) as ErrorBody;
		expect( error.code ).toBe( 'ttdt_invalid_lunar_date' );
		expect( error.message ).toContain( '29 ngày' );

		for ( const lunar of [
			// 2026 has no leap month; 2025's leap month is the 6th, of 29 days.
			{ year: 2026, month: 6, day: 1, leap: true },
			{ year: 2025, month: 5, day: 1, leap: true },
			{ year: 2025, month: 6, day: 30, leap: true },
		] ) {
			const refused = await convert( { lunar: [ lunar ] } );
			expect( refused.status(), JSON.stringify( lunar ) ).toBe( 400 );
			expect( ( ( await refused.json() ) as ErrorBody ).code ).toBe(
				'ttdt_invalid_lunar_date'
			);
		}
		for ( const solar of [ '2025-02-29', '1800-01-01' ] ) {
			expect(
				( await convert( { solar: [ solar ] } ) ).status(),
				solar
			).toBe( 400 );
		}

		// Dates that exist still convert.
		const valid = await convert( {
			lunar: [
				{ year: 2025, month: 12, day: 29 },
				{ year: 2025, month: 11, day: 30 },
				{ year: 2025, month: 6, day: 29, leap: true },
			],
		} );
		expect( valid.status() ).toBe( 200 );
		expect(
			(
				( await valid.json() ) as { lunar: { date: string }[] }
			 ).lunar.map( ( entry ) => entry.date )
		).toEqual( [ '2026-02-16', '2026-01-18', '2025-08-22' ] );
	} );
} );
