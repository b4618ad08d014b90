/**
 * fast-check generators of Vietnamese text: syllables spelled from onsets, rhymes and tones,
 * and the words of a real administrative text.
 */

/**
 * External dependencies
 */
import fc from 'fast-check';

/**
 * Internal dependencies
 */
import data from '../../../../plugin/src/VietnameseText/legacy-vietnamese.json';
import { isVietnameseSyllable } from '../../syllable';
import { VIETNAMESE_SAMPLE } from './fixtures';

const ROWS = data.vowels as Record< string, string[] >;
const VOWEL = /[aăâeêioôơuưy]/g;

/**
 * Puts a tone on one vowel of a toneless syllable.
 *
 * @param bare   Toneless syllable.
 * @param tone   Tone index (0 none … 5 nặng).
 * @param choice Which vowel carries it.
 */
function withTone( bare: string, tone: number, choice: number ): string {
	const vowels = [ ...bare.matchAll( VOWEL ) ];
	if ( ! tone || ! vowels.length ) {
		return bare;
	}
	const at = vowels[ choice % vowels.length ].index as number;
	return (
		bare.slice( 0, at ) +
		[ ...ROWS[ bare[ at ] ][ 0 ] ][ tone ] +
		bare.slice( at + 1 )
	);
}

const spelled = fc
	.tuple(
		fc.constantFrom( '', ...data.syllables.onsets ),
		fc.constantFrom( ...data.syllables.rhymes ),
		fc.integer( { min: 0, max: 5 } ),
		fc.nat()
	)
	.map( ( [ onset, rhyme, tone, choice ] ) =>
		withTone( onset + rhyme, tone, choice )
	)
	.filter( isVietnameseSyllable );

const REAL_WORDS = [
	...new Set(
		VIETNAMESE_SAMPLE.join( ' ' )
			.toLowerCase()
			.match( /\p{L}+/gu )
			?.filter( isVietnameseSyllable )
	),
];

/**
 * One lowercase Vietnamese syllable.
 */
export const syllable = fc.oneof( spelled, fc.constantFrom( ...REAL_WORDS ) );

const separator = fc.constantFrom(
	' ',
	' ',
	' ',
	', ',
	'. ',
	' - ',
	' (',
	') ',
	' 2023 ',
	': ',
	'; '
);

/**
 * A phrase: syllables joined by spaces and punctuation.
 *
 * @param min Fewest syllables.
 * @param max Most syllables.
 */
export const phrase = ( min = 1, max = 12 ) =>
	fc
		.array( fc.tuple( syllable, separator ), {
			minLength: min,
			maxLength: max,
		} )
		.map( ( parts ) =>
			parts
				.map( ( [ word, sep ], i ) =>
					i === parts.length - 1 ? word : word + sep
				)
				.join( '' )
		);

/**
 * Capitalises the first letter.
 *
 * @param text Text.
 */
export const capitalise = ( text: string ) =>
	text.charAt( 0 ).toUpperCase() + text.slice( 1 );
