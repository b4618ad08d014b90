/**
 * Internal dependencies
 */
import { periodName, periodsOf, quarterOf } from '../periods';

describe( 'periodsOf', () => {
	it( 'offers the year, its quarters and its months, in that order', () => {
		const values = periodsOf( 2026 ).map( ( choice ) => choice.value );
		expect( values ).toHaveLength( 17 );
		expect( values.slice( 0, 6 ) ).toEqual( [
			'2026',
			'2026-Q1',
			'2026-Q2',
			'2026-Q3',
			'2026-Q4',
			'2026-01',
		] );
		expect( values[ 16 ] ).toBe( '2026-12' );
	} );

	it( 'offers the half-years after the year when asked', () => {
		const values = periodsOf( 2025, true ).map(
			( choice ) => choice.value
		);
		expect( values ).toHaveLength( 19 );
		expect( values.slice( 0, 4 ) ).toEqual( [
			'2025',
			'2025-H1',
			'2025-H2',
			'2025-Q1',
		] );
	} );

	it( 'names each choice as the period is said', () => {
		expect( periodsOf( 2026 )[ 1 ] ).toEqual( {
			value: '2026-Q1',
			label: 'quarter 1/2026',
		} );
	} );
} );

describe( 'periodName', () => {
	it( 'names a year, a half-year, a quarter and a month', () => {
		expect( periodName( '2026' ) ).toBe( 'year 2026' );
		expect( periodName( '2026-H1' ) ).toBe( 'first half of 2026' );
		expect( periodName( '2026-H2' ) ).toBe( 'second half of 2026' );
		expect( periodName( '2026-Q3' ) ).toBe( 'quarter 3/2026' );
		expect( periodName( '2026-03' ) ).toBe( 'month 03/2026' );
	} );
} );

describe( 'quarterOf', () => {
	it( 'gives the quarter of a date, at both ends of a quarter', () => {
		expect( quarterOf( new Date( 2026, 0, 1 ) ) ).toBe( '2026-Q1' );
		expect( quarterOf( new Date( 2026, 2, 31 ) ) ).toBe( '2026-Q1' );
		expect( quarterOf( new Date( 2026, 3, 1 ) ) ).toBe( '2026-Q2' );
		expect( quarterOf( new Date( 2026, 11, 31 ) ) ).toBe( '2026-Q4' );
	} );
} );
