/**
 * External dependencies
 */
import fc from 'fast-check';

/**
 * Internal dependencies
 */
import { convertLegacyText, detectLegacyEncoding } from '..';
import { encodeLegacy, tcvn3HasOwnCase } from './helpers/encode';
import { capitalise, phrase } from './helpers/generators';

/**
 * Sentence-case Vietnamese, as TCVN3's `.VnTime` can hold it: a capital only where the
 * encoding has one.
 */
const sentence = phrase().map( ( text ) =>
	tcvn3HasOwnCase( capitalise( text ).charAt( 0 ) )
		? capitalise( text )
		: text
);

/**
 * Paragraphs of sentences, sometimes in HTML.
 */
const document = fc
	.tuple( fc.array( sentence, { minLength: 1, maxLength: 4 } ), fc.boolean() )
	.map( ( [ paragraphs, html ] ) =>
		html
			? paragraphs.map( ( text ) => `<p>${ text }</p>` ).join( '\n' )
			: paragraphs.join( '\n' )
	);

/**
 * Adds two words written with a toned "a", which no legacy encoding can pass for Unicode.
 *
 * @param text Text.
 */
const withEvidence = ( text: string ) => `${ text } nhà bạn`;

describe( 'legacy encodings, properties', () => {
	it( 'never flags or changes Unicode Vietnamese (NFC or NFD)', () => {
		fc.assert(
			fc.property( document, fc.boolean(), ( text, upper ) => {
				const input = upper ? text.toUpperCase() : text;
				for ( const form of [ input, input.normalize( 'NFD' ) ] ) {
					expect( detectLegacyEncoding( form ) ).toBeNull();
					expect( convertLegacyText( form ).text ).toBe( input );
				}
			} ),
			{ numRuns: 300 }
		);
	} );

	it.each( [ 'tcvn3', 'vni' ] as const )(
		'converts any %s text back exactly',
		( encoding ) => {
			fc.assert(
				fc.property( document, ( text ) => {
					expect(
						convertLegacyText( encodeLegacy( text, encoding ), {
							encoding,
							preferLegacy: true,
						} ).text
					).toBe( text );
				} ),
				{ numRuns: 300 }
			);
		}
	);

	it.each( [ 'tcvn3', 'vni' ] as const )(
		'detects %s text that has evidence and converts it unasked',
		( encoding ) => {
			fc.assert(
				fc.property( document, ( text ) => {
					const original = withEvidence( text );
					const legacy = encodeLegacy( original, encoding );
					expect( detectLegacyEncoding( legacy ) ).toBe( encoding );
					const converted = convertLegacyText( legacy );
					expect( converted ).toEqual( { text: original, encoding } );
					expect( detectLegacyEncoding( converted.text ) ).toBeNull();
				} ),
				{ numRuns: 300 }
			);
		}
	);

	it( 'reads TCVN3 titles in capitals (.VnTimeH) back in capitals', () => {
		fc.assert(
			fc.property( phrase( 2, 8 ), ( text ) => {
				const title = withEvidence( text ).toUpperCase();
				const plainLetters = [
					...encodeLegacy( title, 'tcvn3' ),
				].filter( ( char ) => /[A-Z\u00a1-\u00a7]/.test( char ) );
				fc.pre( plainLetters.length >= 4 );
				expect(
					convertLegacyText( encodeLegacy( title, 'tcvn3' ) ).text
				).toBe( title );
			} ),
			{ numRuns: 300 }
		);
	} );

	it( 'finds legacy paragraphs inside a Unicode post and converts only them', () => {
		fc.assert(
			fc.property(
				sentence,
				fc.array( sentence.map( withEvidence ), {
					minLength: 1,
					maxLength: 3,
				} ),
				fc.constantFrom( 'tcvn3', 'vni' ) as fc.Arbitrary<
					'tcvn3' | 'vni'
				>,
				( before, pasted, encoding ) => {
					const post = ( paragraphs: string[] ) =>
						[ `${ before } là chính thống`, ...paragraphs ]
							.map( ( text ) => `<p>${ text }</p>` )
							.join( '' );
					const legacy = post(
						pasted.map( ( text ) => encodeLegacy( text, encoding ) )
					);
					expect( detectLegacyEncoding( legacy ) ).toBe( encoding );
					expect( convertLegacyText( legacy ).text ).toBe(
						post( pasted )
					);
				}
			),
			{ numRuns: 300 }
		);
	} );

	it( 'leaves any text free of legacy evidence after converting it', () => {
		const latin1 = fc.string( {
			unit: fc.oneof(
				fc.constantFrom(
					' ',
					' ',
					'\n',
					'<',
					'>',
					'.',
					'a',
					'n',
					'h',
					'g',
					'o',
					'u'
				),
				fc
					.integer( { min: 0x41, max: 0x7a } )
					.map( ( c ) => String.fromCharCode( c ) ),
				fc
					.integer( { min: 0xa1, max: 0xff } )
					.map( ( c ) => String.fromCharCode( c ) )
			),
			maxLength: 60,
		} );
		fc.assert(
			fc.property( latin1, ( text ) => {
				const once = convertLegacyText( text );
				expect( detectLegacyEncoding( once.text ) ).toBeNull();
			} ),
			{ numRuns: 2000 }
		);
	} );
} );
