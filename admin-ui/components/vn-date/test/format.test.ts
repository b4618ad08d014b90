/**
 * Internal dependencies
 */
import { fromVnDate, toVnDate, toVnDateTime } from '../format';

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
} );
