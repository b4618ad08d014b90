/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { ensureFeedbackPages } from '../support/feedback-pages';
import { formatReport, postFrom, runLoad } from '../support/load';
import { debugLogMark, phpProblemsSince, sql } from '../support/native-db';
import { print } from '../support/print';

/*
 * Issue 11's load line: 2,000 citizen submissions at concurrency 50 on the loopback native
 * site. Every accepted one must be stored exactly once with its own code; the rest must be
 * refused with 429 by the rate limiter; nothing may fail with a 5xx.
 *
 * How the test gets accepted AND refused answers, honestly: the limiter keys on
 * `REMOTE_ADDR` (5 submissions per address per 10 minutes) and on the contact (3 per phone or
 * e-mail per hour), with its real defaults — nothing is loosened for the test. All of
 * 127.0.0.0/8 is this machine, so each submission is sent FROM one of 250 loopback addresses
 * (127.42.0.1–250, `postFrom()`): the server sees 250 clients as it would see 250 households,
 * without a forwarded-address header it would have to trust. Each address sends 8
 * submissions (exactly 5 pass its limit), and each phone number is used by 4 of an address's
 * 8 (of those that pass the address limit, at most 3 are accepted), so both limits refuse
 * some. The 8 of an address are consecutive, so about six addresses' counters are hit by ~50
 * requests at the same moment: the limiter's atomic counting is under test too. Phones only, no e-mail: the receipt mail is tested by
 * feedback-intake.spec.ts, and 1,000 SMTP sessions would measure the mail catcher.
 *
 * Afterwards, straight from MariaDB: each 201's code is stored exactly once, on the row of the
 * submission that got it (its subject carries the submission's number), with one `received`
 * event and one audit entry; no row of this run lacks a 201; codes are unique.
 */
// About 40 ms of PHP CPU each: roughly 45–60 s on two idle cores; 5–6 min on this shared machine
// at load 15–20.
// TTDT_LOAD_SUBMISSIONS (a multiple of 8) shortens a local run.
const TOTAL = Number( process.env.TTDT_LOAD_SUBMISSIONS || 2000 );
const CONCURRENCY = 50;
const PER_ADDRESS = 8;
const ADDRESSES = Math.ceil( TOTAL / PER_ADDRESS );
const PER_PHONE = 4;
// The limiter's defaults (RateLimiter::limits()): most hits per window, window in ms.
const IP_LIMIT = { most: 5, window: 10 * 60_000 };
const CONTACT_LIMIT = { most: 3, window: 60 * 60_000 };
const TYPES = [ 'phan_anh', 'kien_nghi', 'hoi_dap', 'gop_y', 'khac' ];
const CODE =
	/^[ACDEFGHJKLMNPQRTUVWXY34679]{4}-[ACDEFGHJKLMNPQRTUVWXY34679]{2}-[ACDEFGHJKLMNPQRTUVWXY34679]{4}$/;
const IP_REFUSAL = 'Vui lòng chờ mười phút rồi gửi lại';
const CONTACT_REFUSAL = 'Vui lòng chờ một giờ trước khi gửi thêm';

type Outcome = {
	index: number;
	from: string;
	phone: string;
	status: number;
	/** Wall-clock start and end, to know which limiter windows the request fell in. */
	t0: number;
	t1: number;
	code?: string;
	errorCode?: string;
	message?: string;
};

/**
 * The windows (numbered as the limiter numbers them) that a set of requests may have been
 * counted in.
 *
 * @param outcomes Requests.
 * @param windowMs Window length.
 */
function windowsOf( outcomes: Outcome[], windowMs: number ): number {
	const windows = new Set< number >();
	for ( const { t0, t1 } of outcomes ) {
		for (
			let w = Math.floor( t0 / windowMs );
			w <= Math.floor( t1 / windowMs );
			w++
		) {
			windows.add( w );
		}
	}
	return windows.size;
}

/**
 * Whether a count let through by the limiter is wrong: in one window it must be exactly what
 * the limit allows; over several, the limiter may have restarted its count.
 *
 * @param count    Let through.
 * @param expected Allowed in one window.
 * @param windows  Windows the requests fell in.
 */
function wrongCount( count: number, expected: number, windows: number ) {
	return windows === 1 ? count !== expected : count > expected * windows;
}

/**
 * Groups outcomes by a key.
 *
 * @param outcomes Outcomes.
 * @param key      Key of one.
 */
function groupBy( outcomes: Outcome[], key: ( o: Outcome ) => string ) {
	const groups = new Map< string, Outcome[] >();
	for ( const outcome of outcomes ) {
		groups.set( key( outcome ), [
			...( groups.get( key( outcome ) ) ?? [] ),
			outcome,
		] );
	}
	return groups;
}

test.describe( 'Citizen feedback under load (native stack, loopback)', () => {
	test.setTimeout( 600_000 );

	test( `${ TOTAL } submissions at concurrency ${ CONCURRENCY }: accepted ones stored once with their own code, the rest 429, no 5xx`, async ( {
		requestUtils,
	} ) => {
		await ensureFeedbackPages( requestUtils );
		// Counters of an earlier run on these addresses would refuse everything.
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt-test/v1/feedback/reset-limits',
		} );
		const base = process.env.WP_BASE_URL as string;
		const html = await (
			await fetch( `${ base }/gop-y-phan-anh/` )
		).text();
		const started = /name="started" value="([^"]+)"/.exec( html )?.[ 1 ];
		expect( started, 'the form carries its signed time' ).toBeTruthy();
		// The form refuses what is sent sooner than 3 s after it was shown.
		await new Promise( ( resolve ) => setTimeout( resolve, 3_200 ) );

		const run = Date.now().toString( 36 );
		const phonePrefix = `09${ String( Date.now() % 100 ).padStart( 2, '0' ) }`;
		const mark = debugLogMark();
		const outcomes: Outcome[] = [];

		const report = await runLoad( {
			writers: CONCURRENCY,
			passes: TOTAL,
			pass: async ( _writer, timed, index ) => {
				const group = Math.floor( index / PER_ADDRESS );
				const from = `127.42.${ Math.floor( group / 250 ) }.${
					( group % 250 ) + 1
				}`;
				const phone = `${ phonePrefix }${ String(
					Math.floor( index / PER_PHONE )
				).padStart( 6, '0' ) }`;
				const t0 = Date.now();
				const { status, body } = await timed( 'submit', () =>
					postFrom( `${ base }/wp-json/ttdt/v1/feedback`, from, {
						name: 'Người Thử Tải',
						phone,
						type: TYPES[ index % TYPES.length ],
						subject: `Phản ánh tải thử ${ run }-${ index }`,
						content:
							'Đèn đường xóm Đông không sáng từ tuần trước, đề nghị xã kiểm tra.',
						consent: '1',
						website: '',
						started: started as string,
					} )
				);
				outcomes.push( {
					index,
					from,
					phone,
					status,
					t0,
					t1: Date.now(),
					code: body?.code,
					errorCode:
						body?.code && status !== 201 ? body.code : undefined,
					message: body?.message,
				} );
			},
		} );
		print( formatReport( report ) );

		// No 5xx, no lost connection; every answer is 201 or 429.
		const failed = outcomes.filter(
			( o ) => o.status >= 500 || o.status === 0
		);
		expect(
			failed.slice( 0, 5 ).map( ( o ) => `${ o.status } ${ o.message }` ),
			'no 5xx and no lost connection'
		).toEqual( [] );
		expect( outcomes ).toHaveLength( TOTAL );
		const accepted = outcomes.filter( ( o ) => o.status === 201 );
		const refused = outcomes.filter( ( o ) => o.status !== 201 );
		print(
			`feedback: ${ accepted.length } accepted, ${
				refused.filter( ( o ) => o.message?.includes( IP_REFUSAL ) )
					.length
			} refused per address, ${
				refused.filter( ( o ) =>
					o.message?.includes( CONTACT_REFUSAL )
				).length
			} refused per phone`
		);
		expect(
			refused
				.filter(
					( o ) =>
						o.status !== 429 ||
						o.errorCode !== 'ttdt_feedback_rate_limited' ||
						! (
							o.message?.includes( IP_REFUSAL ) ||
							o.message?.includes( CONTACT_REFUSAL )
						)
				)
				.slice( 0, 5 )
				.map(
					( o ) => `${ o.status } ${ o.errorCode } ${ o.message }`
				),
			'every refusal is the limiter’s 429 with its Vietnamese message'
		).toEqual( [] );
		// Both limits did refuse, and most addresses got through.
		expect( accepted.length ).toBeGreaterThan( ADDRESSES );
		expect(
			refused.some( ( o ) => o.message?.includes( IP_REFUSAL ) )
		).toBe( true );
		expect(
			refused.some( ( o ) => o.message?.includes( CONTACT_REFUSAL ) )
		).toBe( true );

		// The limiter is exact under concurrency: within one window, an address passes exactly
		// its limit (the rest are refused per address), and a phone is accepted exactly up to
		// its limit among its submissions that passed the address check. (Counting by
		// re-reading the counter refused submissions within the limit: 36 of 1,250 here.) A
		// run crossing a window's edge may use two windows: then only the upper bound holds.
		const byAddress = ( o: Outcome ) => ! o.message?.includes( IP_REFUSAL );
		const limiterErrors: string[] = [];
		for ( const [ from, mine ] of groupBy( outcomes, ( o ) => o.from ) ) {
			const passed = mine.filter( byAddress ).length;
			const windows = windowsOf( mine, IP_LIMIT.window );
			const expected = Math.min( mine.length, IP_LIMIT.most );
			if ( wrongCount( passed, expected, windows ) ) {
				limiterErrors.push(
					`${ from }: ${ passed } of ${ mine.length } passed the address limit`
				);
			}
		}
		for ( const [ phone, mine ] of groupBy(
			outcomes.filter( byAddress ),
			( o ) => o.phone
		) ) {
			const ok = mine.filter( ( o ) => o.status === 201 ).length;
			const windows = windowsOf( mine, CONTACT_LIMIT.window );
			const expected = Math.min( mine.length, CONTACT_LIMIT.most );
			if ( wrongCount( ok, expected, windows ) ) {
				limiterErrors.push(
					`${ phone }: ${ ok } of ${ mine.length } accepted`
				);
			}
		}
		expect(
			limiterErrors.slice( 0, 10 ),
			'each address and phone gets exactly its limit'
		).toEqual( [] );

		// Every answered code is well formed and its own.
		const codes = accepted.map( ( o ) => o.code as string );
		expect( codes.filter( ( code ) => ! CODE.test( code ) ) ).toEqual( [] );
		expect( new Set( codes ).size, 'codes are unique' ).toBe(
			codes.length
		);

		// What is stored, straight from MariaDB: the rows of this run, their event and audit.
		const rows = sql(
			`SELECT f.code, SUBSTRING_INDEX(f.subject, '${ run }-', -1), f.phone,
				(SELECT COUNT(*) FROM wp_ttdt_feedback_events e WHERE e.feedback_id = f.id AND e.kind = 'received'),
				(SELECT COUNT(*) FROM wp_ttdt_audit_log a WHERE a.object_type = 'feedback' AND a.object_id = f.id AND a.action = 'feedback.received')
			FROM wp_ttdt_feedback f WHERE f.subject LIKE '%${ run }-%'`
		);
		const stored = new Map< string, string[] >();
		for ( const row of rows ) {
			const code = `${ row[ 0 ].slice( 0, 4 ) }-${ row[ 0 ].slice(
				4,
				6
			) }-${ row[ 0 ].slice( 6 ) }`;
			expect( stored.has( code ), `code ${ code } stored once` ).toBe(
				false
			);
			stored.set( code, row );
		}
		const mismatches: string[] = [];
		for ( const o of accepted ) {
			const row = stored.get( o.code as string );
			if ( ! row ) {
				mismatches.push( `${ o.code } (submission ${ o.index }) lost` );
			} else if (
				row[ 1 ] !== String( o.index ) ||
				row[ 2 ] !== o.phone
			) {
				mismatches.push(
					`${ o.code } answered to submission ${ o.index } but stored for ${ row[ 1 ] }`
				);
			} else if ( row[ 3 ] !== '1' || row[ 4 ] !== '1' ) {
				mismatches.push(
					`${ o.code }: ${ row[ 3 ] } received events, ${ row[ 4 ] } audit entries`
				);
			}
		}
		const answered = new Set( codes );
		for ( const code of stored.keys() ) {
			if ( ! answered.has( code ) ) {
				mismatches.push(
					`${ code } stored without an accepted answer`
				);
			}
		}
		expect(
			mismatches.slice( 0, 10 ),
			'accepted ⇔ stored, once each'
		).toEqual( [] );
		expect( stored.size ).toBe( accepted.length );
		expect( phpProblemsSince( mark ) ).toEqual( [] );
	} );
} );
