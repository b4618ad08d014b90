/**
 * Internal dependencies
 */
import { fromVnDate, fromVnDateTime, toVnDate, toVnDateTime } from '../format';

describe( 'toVnDate', () => {
	it( 'writes a Y-m-d date as dd/mm/yyyy', () => {
		expect( toVnDate( '2024-03-05' ) ).toBe( '05/03/2024' );
	} );

	it( 'gives an empty string for no date', () => {
		expect( toVnDate( '' ) ).toBe( '' );
		expect( toVnDate( undefined ) ).toBe( '' );
		expect( toVnDate( 'hôm qua' ) ).toBe( '' );
	} );
} );

describe( 'fromVnDate', () => {
	it( 'reads dd/mm/yyyy and its common variants', () => {
		expect( fromVnDate( '15/03/2024' ) ).toBe( '2024-03-15' );
		expect( fromVnDate( '5/3/2024' ) ).toBe( '2024-03-05' );
		expect( fromVnDate( ' 05.03.2024 ' ) ).toBe( '2024-03-05' );
		expect( fromVnDate( '05-03-2024' ) ).toBe( '2024-03-05' );
	} );

	it( 'treats an empty field as no date', () => {
		expect( fromVnDate( '   ' ) ).toBe( '' );
	} );

	it( 'refuses days that do not exist and month-first dates', () => {
		expect( fromVnDate( '31/02/2024' ) ).toBeNull();
		expect( fromVnDate( '29/02/2023' ) ).toBeNull();
		expect( fromVnDate( '03/15/2024' ) ).toBeNull();
		expect( fromVnDate( '2024-03-15' ) ).toBeNull();
	} );

	it( 'accepts 29 February in a leap year', () => {
		expect( fromVnDate( '29/02/2024' ) ).toBe( '2024-02-29' );
	} );

	it( 'round-trips with toVnDate', () => {
		expect( fromVnDate( toVnDate( '2026-11-30' ) ) ).toBe( '2026-11-30' );
	} );
} );

describe( 'toVnDateTime', () => {
	it( 'writes site time as dd/mm/yyyy HH:mm:ss', () => {
		expect( toVnDateTime( '2026-11-29T07:05:09' ) ).toBe(
			'29/11/2026 07:05:09'
		);
	} );

	it( 'leaves the seconds out when asked', () => {
		expect( toVnDateTime( '2026-11-30T14:05:09', false ) ).toBe(
			'30/11/2026 14:05'
		);
	} );

	it( 'reads a time without seconds (a datetime-local value)', () => {
		expect( toVnDateTime( '2026-11-30T14:05' ) ).toBe( '30/11/2026 14:05' );
	} );

	it( 'never shifts the time to the browser zone', () => {
		expect( toVnDateTime( '2026-11-30T23:30:00', false ) ).toBe(
			'30/11/2026 23:30'
		);
	} );

	it( 'gives an empty string for no date', () => {
		expect( toVnDateTime( '' ) ).toBe( '' );
		expect( toVnDateTime( undefined ) ).toBe( '' );
		expect( toVnDateTime( '30/11/2026' ) ).toBe( '' );
	} );
} );

describe( 'fromVnDateTime', () => {
	it( 'reads dd/mm/yyyy HH:mm as site time, back as toVnDateTime writes it', () => {
		expect( fromVnDateTime( '15/03/2024 08:05' ) ).toBe(
			'2024-03-15T08:05'
		);
		expect( fromVnDateTime( ' 5/3/2024 8h05 ' ) ).toBe(
			'2024-03-05T08:05'
		);
		expect(
			fromVnDateTime( toVnDateTime( '2024-12-31T23:59', false ) )
		).toBe( '2024-12-31T23:59' );
	} );

	it( 'treats an empty field as no time, and refuses what is not one', () => {
		expect( fromVnDateTime( '' ) ).toBe( '' );
		expect( fromVnDateTime( '15/03/2024' ) ).toBeNull();
		expect( fromVnDateTime( '31/02/2024 08:00' ) ).toBeNull();
		expect( fromVnDateTime( '15/03/2024 24:00' ) ).toBeNull();
		expect( fromVnDateTime( '15/03/2024 08:60' ) ).toBeNull();
		expect( fromVnDateTime( '03/15/2024 08:00' ) ).toBeNull();
	} );
} );
