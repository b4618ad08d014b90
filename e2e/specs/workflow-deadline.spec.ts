/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';

type DeadlineResult = {
	deadline: string;
	days_off: { date: string; kind: string; name: string }[];
};

type LunarDate = { day: number; month: number; year: number; leap: boolean };

/**
 * The deadline the site computes.
 *
 * @param requestUtils Admin request utilities.
 * @param receivedAt   Receipt date.
 * @param mode         `calendar` or `working`.
 * @param days         Number of days.
 */
function deadline(
	requestUtils: RequestUtils,
	receivedAt: string,
	mode: 'calendar' | 'working',
	days = 3
): Promise< DeadlineResult > {
	return requestUtils.rest( {
		path: '/ttdt/v1/deadline',
		params: { received_at: receivedAt, days, mode },
	} );
}

/**
 * Changes settings as the administrator.
 *
 * @param requestUtils Admin request utilities.
 * @param data         Settings to change.
 */
function setSettings(
	requestUtils: RequestUtils,
	data: Record< string, unknown >
) {
	return requestUtils.rest( {
		method: 'POST',
		path: '/ttdt/v1/settings',
		data,
	} );
}

test.describe( 'Approval deadline (Art. 8.1) and the working calendar', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await setSettings( requestUtils, {
			tet_days: [ -1, 0, 1, 2, 3 ],
			national_day_extra: 'before',
			swap_days: [],
		} );
	} );

	test( 'counts working days across Tết, Giỗ Tổ, 30/4–1/5, 2/9 and weekends', async ( {
		requestUtils,
	} ) => {
		// [ received, expected deadline, why ]
		const cases: Array< [ string, string, string ] > = [
			// Tết Bính Ngọ, 17/02/2026: 16–20/02 off, with the weekends around it.
			[ '2026-02-13', '2026-02-25', 'Tết 2026' ],
			// Tết Ất Tỵ, 29/01/2025: 28/01–01/02 (a Saturday, made up on Monday 03/02).
			[ '2025-01-24', '2025-02-05', 'Tết 2025' ],
			// Tết Đinh Mùi, 06/02/2027: 05–09/02, Saturday and Sunday made up on 10–11/02.
			[ '2027-02-04', '2027-02-16', 'Tết 2027' ],
			// Giỗ Tổ 10/3 lunar = Monday 07/04/2025.
			[ '2025-04-04', '2025-04-10', 'Giỗ Tổ 2025' ],
			// Giỗ Tổ = Sunday 26/04/2026, made up on Monday 27/04; then 30/4 and 1/5.
			[ '2026-04-24', '2026-05-04', 'Giỗ Tổ 2026 and 30/4–1/5' ],
			// National Day 2025: 1–2/09.
			[ '2025-08-29', '2025-09-05', 'Quốc khánh 2025' ],
			// An ordinary week: only the weekend is skipped.
			[ '2026-03-05', '2026-03-10', 'weekend' ],
		];
		for ( const [ received, expected, why ] of cases ) {
			const result = await deadline( requestUtils, received, 'working' );
			expect( result.deadline, why ).toBe( expected );
		}

		const tet = await deadline( requestUtils, '2026-02-13', 'working' );
		expect( tet.days_off.map( ( day ) => day.date ) ).toEqual( [
			'2026-02-14',
			'2026-02-15',
			'2026-02-16',
			'2026-02-17',
			'2026-02-18',
			'2026-02-19',
			'2026-02-20',
			'2026-02-21',
			'2026-02-22',
		] );
		expect( tet.days_off[ 2 ].kind ).toBe( 'holiday' );
		expect( tet.days_off[ 2 ].name ).toContain( 'Tết Nguyên đán' );

		const madeUp = await deadline( requestUtils, '2026-04-24', 'working' );
		expect(
			madeUp.days_off.find( ( day ) => day.date === '2026-04-27' )?.kind
		).toBe( 'compensatory' );
	} );

	test( 'counts calendar days, moving a deadline off a day off (Civil Code Art. 148)', async ( {
		requestUtils,
	} ) => {
		const plain = await deadline( requestUtils, '2026-03-02', 'calendar' );
		expect( plain ).toMatchObject( {
			deadline: '2026-03-05',
			days_off: [],
		} );

		const sunday = await deadline( requestUtils, '2026-03-05', 'calendar' );
		expect( sunday.deadline ).toBe( '2026-03-09' );
		expect( sunday.days_off ).toEqual( [
			expect.objectContaining( { date: '2026-03-08', kind: 'weekend' } ),
		] );

		// 13/02 + 3 = 16/02, the last day of the lunar year: the first working day is 23/02.
		expect(
			( await deadline( requestUtils, '2026-02-13', 'calendar' ) )
				.deadline
		).toBe( '2026-02-23' );
		// 30/08 + 3 = 02/09 (National Day): moves to Wednesday 03/09.
		expect(
			( await deadline( requestUtils, '2025-08-30', 'calendar' ) )
				.deadline
		).toBe( '2025-09-03' );
		// More days, straight through.
		expect(
			( await deadline( requestUtils, '2026-03-02', 'calendar', 10 ) )
				.deadline
		).toBe( '2026-03-12' );
	} );

	test( 'follows the days an administrator enters from the government notice', async ( {
		requestUtils,
	} ) => {
		await setSettings( requestUtils, {
			swap_days: [
				{ date: '2026-02-23', type: 'off', note: 'Nghỉ bù Tết' },
				{ date: '2026-02-28', type: 'work', note: 'Làm bù thứ Bảy' },
			],
		} );
		try {
			const bridged = await deadline(
				requestUtils,
				'2026-02-13',
				'working'
			);
			expect( bridged.deadline ).toBe( '2026-02-26' );
			expect(
				bridged.days_off.find( ( day ) => day.date === '2026-02-23' )
			).toEqual( {
				date: '2026-02-23',
				kind: 'swap',
				name: 'Nghỉ bù Tết',
			} );
			// Saturday 28/02 is worked: it counts.
			expect(
				( await deadline( requestUtils, '2026-02-26', 'working' ) )
					.deadline
			).toBe( '2026-03-02' );

			const year = ( await requestUtils.rest( {
				path: '/ttdt/v1/calendar/days-off',
				params: { year: 2026 },
			} ) ) as { date: string; kind: string }[];
			expect( year ).toEqual(
				expect.arrayContaining( [
					expect.objectContaining( {
						date: '2026-02-28',
						kind: 'swap_work',
					} ),
					expect.objectContaining( {
						date: '2026-04-26',
						kind: 'holiday',
					} ),
					expect.objectContaining( {
						date: '2026-09-01',
						kind: 'holiday',
					} ),
				] )
			);

			// Another choice of Tết days and of the day next to National Day.
			await setSettings( requestUtils, {
				tet_days: [ -2, -1, 0, 1, 2 ],
				national_day_extra: 'after',
				swap_days: [],
			} );
			const other = ( await requestUtils.rest( {
				path: '/ttdt/v1/calendar/days-off',
				params: { year: 2026 },
			} ) ) as { date: string; kind: string }[];
			const kinds = Object.fromEntries(
				other.map( ( day ) => [ day.date, day.kind ] )
			);
			expect( kinds ).toMatchObject( {
				'2026-02-15': 'holiday',
				'2026-02-19': 'holiday',
				// Sunday 15/02 is made up on the next working day.
				'2026-02-20': 'compensatory',
				'2026-09-03': 'holiday',
			} );
			expect( kinds ).not.toHaveProperty( [ '2026-09-01' ] );
		} finally {
			await setSettings( requestUtils, {
				tet_days: [ -1, 0, 1, 2, 3 ],
				national_day_extra: 'before',
				swap_days: [],
			} );
		}
	} );

	test( 'rejects impossible dates and refuses people who do not write items', async ( {
		requestUtils,
	} ) => {
		const admin = await sessionFor( {
			username: 'admin',
			password: 'password',
		} );
		const invalid = await admin.rest(
			'GET',
			'/ttdt/v1/deadline?received_at=2026-02-30'
		);
		expect( invalid.status() ).toBe( 400 );
		await admin.dispose();

		const anonymous = await sessionFor( null );
		expect(
			(
				await anonymous.rest(
					'GET',
					'/ttdt/v1/deadline?received_at=2026-02-13'
				)
			).status()
		).toBe( 401 );
		await anonymous.dispose();

		const subscriber = await sessionFor(
			await ensureUser( requestUtils, 'e2e_subscriber', 'subscriber' )
		);
		const refused = await subscriber.rest(
			'GET',
			'/ttdt/v1/deadline?received_at=2026-02-13'
		);
		expect( refused.status() ).toBe( 403 );
		await subscriber.dispose();
	} );

	test( 'agrees with @dqcai/vn-lunar on every lunar month from 2000 to 2040', async ( {
		requestUtils,
	} ) => {
		const lunar = await import( '@dqcai/vn-lunar' );
		const iso = ( date: { year: number; month: number; day: number } ) =>
			`${ date.year }-${ String( date.month ).padStart( 2, '0' ) }-${ String( date.day ).padStart( 2, '0' ) }`;

		// The first day of every month, the leap months included.
		const months: Array< { lunar: LunarDate; solar: string } > = [];
		for ( let year = 2000; year <= 2040; year++ ) {
			for ( let month = 1; month <= 12; month++ ) {
				for ( const leap of [ false, true ] ) {
					const solar = lunar.getSolarDate( 1, month, year, leap );
					if ( ! solar?.day ) {
						continue;
					}
					const back = lunar.getLunarDate(
						solar.day,
						solar.month,
						solar.year
					);
					if (
						back.month !== month ||
						Boolean( back.leap ) !== leap
					) {
						continue; // No such leap month this year.
					}
					months.push( {
						lunar: { day: 1, month, year, leap },
						solar: iso( solar ),
					} );
				}
			}
		}
		expect( months.length ).toBeGreaterThan( 500 );
		expect(
			months.filter( ( month ) => month.lunar.leap ).length
		).toBeGreaterThan( 10 );

		const dayBefore = ( date: string ) => {
			const day = new Date( `${ date }T00:00:00Z` );
			day.setUTCDate( day.getUTCDate() - 1 );
			return day.toISOString().slice( 0, 10 );
		};
		const solar = months.flatMap( ( month ) => [
			month.solar,
			dayBefore( month.solar ),
		] );
		const result = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/calendar/convert',
			data: { solar, lunar: months.map( ( month ) => month.lunar ) },
		} ) ) as {
			solar: { date: string; lunar: LunarDate }[];
			lunar: { lunar: LunarDate; date: string | null }[];
		};

		const mismatches: string[] = [];
		months.forEach( ( month, index ) => {
			const first = result.solar[ 2 * index ];
			const before = result.solar[ 2 * index + 1 ];
			if (
				JSON.stringify( first.lunar ) !== JSON.stringify( month.lunar )
			) {
				mismatches.push(
					`${ month.solar }: ${ JSON.stringify( first.lunar ) }`
				);
			}
			const expected = lunar.getLunarDate(
				...( before.date.split( '-' ).reverse().map( Number ) as [
					number,
					number,
					number,
				] )
			);
			if (
				before.lunar.day !== expected.day ||
				before.lunar.month !== expected.month ||
				before.lunar.day < 29
			) {
				mismatches.push(
					`${ before.date }: ${ JSON.stringify( before.lunar ) }`
				);
			}
			if ( result.lunar[ index ].date !== month.solar ) {
				mismatches.push(
					`${ JSON.stringify( month.lunar ) } -> ${ result.lunar[ index ].date }`
				);
			}
		} );
		expect( mismatches ).toEqual( [] );
	} );
} );
