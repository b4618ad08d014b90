/**
 * How one word reads as it is and converted from a legacy encoding. Shared by detection and
 * conversion (`legacy.ts`); the PHP twin is `Ttdt\VietnameseText\LegacyWord`.
 */

/**
 * Internal dependencies
 */
import { isVietnameseSyllable } from './syllable';
import {
	TCVN3,
	UNICODE_ONLY_LETTERS,
	UPPER_OF,
	VNI,
	type LegacyEncoding,
} from './tables';

/**
 * A character of the Latin-1 upper half, without which no legacy text exists.
 */
export const LEGACY_BYTE = /[\u00a1-\u00ff]/;

/**
 * `plain`: the encoding would not change it; `unicode`/`legacy`: a Vietnamese syllable only as
 * it is / only converted; `ambiguous`: one either way; `garbled`: one neither way.
 */
export type WordKind = 'plain' | 'unicode' | 'legacy' | 'ambiguous' | 'garbled';

export type WordReading = {
	text: string;
	converted: string;
	kind: WordKind;
	/** Whether it is a Vietnamese syllable as it is or converted. */
	valid: boolean;
};

/**
 * A TCVN3 byte that stands for a capital (only Ă Â Ê Ô Ơ Ư Đ have their own).
 */
const CAPITAL_CODES = [ ...TCVN3 ]
	.filter( ( [ , letter ] ) => letter !== letter.toLowerCase() )
	.map( ( [ code ] ) => code )
	.join( '' );

/**
 * Characters with their own case in TCVN3 that are capitals: A–Z and the capital codes. With
 * no a–z in a text, every character with its own case is one of these.
 */
const CAPITAL = new RegExp( `[A-Z${ CAPITAL_CODES }]`, 'gu' );
const TWO_CAPITALS = new RegExp(
	`${ CAPITAL.source }[^]*${ CAPITAL.source }`,
	'u'
);

/**
 * Every TCVN3 code, and every VNI code with pairs first (VNI writes a vowel then its mark).
 */
const TCVN3_CODE = new RegExp( `[${ [ ...TCVN3.keys() ].join( '' ) }]`, 'gu' );
const VNI_CODE = new RegExp(
	[ ...VNI.keys() ]
		.sort( ( a, b ) => [ ...b ].length - [ ...a ].length )
		.join( '|' ),
	'gu'
);

/**
 * TCVN3 has no capitals with tones: `.VnTimeH` fonts draw the small-letter bytes as capitals.
 * A word is taken as set in capitals when its other letters are (at least two of them), or
 * when the whole segment is in capitals. Works on the string, never on an array of its
 * characters, so a "word" of a million characters costs no more than its copy.
 *
 * @param word         A word.
 * @param segmentUpper Whether the segment's plain letters are all capitals.
 */
function convertTcvn3Word( word: string, segmentUpper: boolean ): string {
	const upper =
		! /[a-z]/.test( word ) && ( segmentUpper || TWO_CAPITALS.test( word ) );
	return word.replace( TCVN3_CODE, ( char ) => {
		const letter = TCVN3.get( char ) as string;
		return upper ? ( UPPER_OF.get( letter ) ?? letter ) : letter;
	} );
}

/**
 * VNI writes a vowel then its mark, so pairs are looked up before single bytes.
 *
 * @param word A word.
 */
function convertVniWord( word: string ): string {
	return word.replace( VNI_CODE, ( code ) => VNI.get( code ) as string );
}

/**
 * Whether the segment's plain letters (at least four) are all capitals.
 *
 * @param segment A segment.
 */
export function isUpperSegment( segment: string ): boolean {
	if ( /[a-z]/.test( segment ) ) {
		return false;
	}
	const capitals = new RegExp( CAPITAL.source, 'gu' );
	let count = 0;
	while ( count < 4 && capitals.exec( segment ) ) {
		count++;
	}
	return count >= 4;
}

/**
 * Classifies one word.
 *
 * @param text         The word.
 * @param encoding     Encoding it might be in.
 * @param segmentUpper Whether its segment is in capitals.
 */
export function readWord(
	text: string,
	encoding: LegacyEncoding,
	segmentUpper: boolean
): WordReading {
	const key = encoding + ( segmentUpper ? '^' : '_' ) + text;
	let reading = known.get( key );
	if ( ! reading ) {
		if ( known.size > 20000 ) {
			known.clear();
		}
		reading = classify( text, encoding, segmentUpper );
		known.set( key, reading );
	}
	return reading;
}

/**
 * Words already read: a text repeats its words a lot.
 */
const known = new Map< string, WordReading >();

/**
 * Classifies one word (uncached `readWord()`).
 *
 * @param text         The word.
 * @param encoding     Encoding it might be in.
 * @param segmentUpper Whether its segment is in capitals.
 */
function classify(
	text: string,
	encoding: LegacyEncoding,
	segmentUpper: boolean
): WordReading {
	const asIs = isVietnameseSyllable( text );
	if ( [ ...text ].some( ( char ) => UNICODE_ONLY_LETTERS.has( char ) ) ) {
		return { text, converted: text, kind: 'unicode', valid: asIs };
	}
	let converted = text;
	if ( LEGACY_BYTE.test( text ) ) {
		converted =
			encoding === 'tcvn3'
				? convertTcvn3Word( text, segmentUpper )
				: convertVniWord( text );
	}
	if ( converted === text ) {
		return { text, converted, kind: 'plain', valid: asIs };
	}
	const asConverted = isVietnameseSyllable( converted );
	let kind: WordKind = asIs ? 'ambiguous' : 'garbled';
	if ( asConverted !== asIs ) {
		kind = asConverted ? 'legacy' : 'unicode';
	}
	return { text, converted, kind, valid: asIs || asConverted };
}
