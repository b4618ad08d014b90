/**
 * Internal dependencies
 */
import { hasProvenance, missingFields } from '../missing';

describe( 'missingFields', () => {
	it( 'asks for source and writer on a new item', () => {
		expect( missingFields( { ttdt_source: '', ttdt_writer: '' } ) ).toEqual(
			[ 'ttdt_source', 'ttdt_writer' ]
		);
	} );

	it( 'treats spaces as missing', () => {
		expect(
			missingFields( { ttdt_source: '   ', ttdt_writer: 'Lê Văn A' } )
		).toEqual( [ 'ttdt_source' ] );
	} );

	it( 'asks for nothing once both are given', () => {
		expect(
			missingFields( {
				ttdt_source: 'UBND thị trấn',
				ttdt_writer: 'Lê Văn A',
			} )
		).toEqual( [] );
	} );

	it( 'exempts a reader contribution', () => {
		expect(
			missingFields( {
				ttdt_source: '',
				ttdt_writer: '',
				ttdt_is_reader_contribution: true,
			} )
		).toEqual( [] );
	} );
} );

describe( 'hasProvenance', () => {
	it( 'recognises items whose type carries the fields', () => {
		expect( hasProvenance( { ttdt_source: '', ttdt_writer: '' } ) ).toBe(
			true
		);
		expect( hasProvenance( { footnotes: '' } ) ).toBe( false );
		expect( hasProvenance( undefined ) ).toBe( false );
	} );
} );
