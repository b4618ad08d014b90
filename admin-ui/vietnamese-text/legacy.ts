/**
 * Detects and converts Vietnamese text still in a legacy 8-bit encoding (TCVN3/ABC, VNI),
 * as it arrives when pasted from documents set in `.Vn…` or `VNI-…` fonts: the bytes read as
 * Windows-1252, e.g. "Héi nghÞ" (TCVN3) or "Hoäi nghò" (VNI) for "Hội nghị".
 *
 * A word is evidence of a legacy encoding when it is no Vietnamese syllable as it reads but is
 * one once converted; evidence of Unicode when the reverse holds or when it has a Vietnamese
 * letter outside Latin-1. Text is judged per segment (a line, or the text between HTML tags) so
 * a paragraph pasted into a Unicode post is found and converted alone. The same rules run in PHP
 * (`Ttdt\VietnameseText\LegacyText`); change both together.
 */

/**
 * Internal dependencies
 */
import {
	LEGACY_BYTE,
	isUpperSegment,
	readWord,
	type WordReading,
} from './legacy-word';
import { LEGACY_ENCODINGS, WORD_PATTERN, type LegacyEncoding } from './tables';

const SEGMENT_BREAK = /[<>\r\n]+/g;

/**
 * How a segment reads in one encoding.
 */
export type LegacyEvidence = {
	/** Words (two letters or more) that only make sense converted. */
	legacy: number;
	/** Words that only make sense as they are. */
	unicode: number;
};

type Reading = LegacyEvidence & {
	valid: number;
	total: number;
};

/**
 * The segments of a text (a line, or the text between HTML tags) as `[ start, end ]`
 * offsets, in order and without the empty ones. Offsets rather than an array of strings: a
 * pasted text of millions of characters must not be held several times over.
 *
 * @param text Text.
 */
function* spans( text: string ): Generator< [ number, number ] > {
	const breaks = new RegExp( SEGMENT_BREAK.source, 'g' );
	let start = 0;
	for ( const match of text.matchAll( breaks ) ) {
		if ( ( match.index as number ) > start ) {
			yield [ start, match.index as number ];
		}
		start = ( match.index as number ) + match[ 0 ].length;
	}
	if ( text.length > start ) {
		yield [ start, text.length ];
	}
}

/**
 * Reads a segment in one encoding, word by word, keeping only the counts.
 *
 * @param segment  Text without line breaks or tags.
 * @param encoding Encoding.
 */
function readSegment( segment: string, encoding: LegacyEncoding ): Reading {
	const segmentUpper = encoding === 'tcvn3' && isUpperSegment( segment );
	const reading: Reading = { legacy: 0, unicode: 0, valid: 0, total: 0 };
	for ( const match of segment.matchAll( WORD_PATTERN ) ) {
		const word = readWord( match[ 0 ], encoding, segmentUpper );
		reading.total++;
		reading.valid += word.valid ? 1 : 0;
		if ( word.kind === 'legacy' && hasTwoLetters( word.text ) ) {
			reading.legacy++;
		} else if ( word.kind === 'unicode' ) {
			reading.unicode++;
		}
	}
	return reading;
}

/**
 * Whether a word has two characters or more.
 *
 * @param word A word.
 */
const hasTwoLetters = ( word: string ): boolean => /^[^]{2}/u.test( word );

/**
 * Whether a segment is, on its own, clearly in the legacy encoding: more legacy than Unicode
 * evidence, and most of its words Vietnamese once converted (so English or French with a few
 * accents never is). One VNI word alone is not enough in a longer segment ("où" is French).
 *
 * @param reading  The segment's reading.
 * @param encoding Encoding.
 */
function isLegacySegment(
	reading: Reading,
	encoding: LegacyEncoding
): boolean {
	return (
		reading.legacy >= 1 &&
		reading.legacy > reading.unicode &&
		reading.valid >= 0.6 * reading.total &&
		( reading.legacy >= 2 || encoding === 'tcvn3' || reading.total <= 2 )
	);
}

/**
 * The legacy encoding the text (or part of it) is in, or null when it is Unicode.
 *
 * @param text Any text, HTML allowed.
 */
export function detectLegacyEncoding( text: string ): LegacyEncoding | null {
	const nfc = text.normalize( 'NFC' );
	if ( ! LEGACY_BYTE.test( nfc ) ) {
		return null;
	}
	let best: LegacyEncoding | null = null;
	let bestScore = 0;
	for ( const encoding of LEGACY_ENCODINGS ) {
		let score = 0;
		for ( const [ start, end ] of spans( nfc ) ) {
			const segment = nfc.slice( start, end );
			if ( LEGACY_BYTE.test( segment ) ) {
				const reading = readSegment( segment, encoding );
				score += isLegacySegment( reading, encoding )
					? reading.legacy
					: 0;
			}
		}
		if ( score > bestScore ) {
			best = encoding;
			bestScore = score;
		}
	}
	return best;
}

/**
 * Legacy and Unicode evidence over a whole text, to judge several texts (a post's blocks)
 * together.
 *
 * @param text     Text.
 * @param encoding Encoding.
 */
export function legacyEvidence(
	text: string,
	encoding: LegacyEncoding
): LegacyEvidence {
	const nfc = text.normalize( 'NFC' );
	const total = { legacy: 0, unicode: 0 };
	for ( const [ start, end ] of spans( nfc ) ) {
		const reading = readSegment( nfc.slice( start, end ), encoding );
		total.legacy += reading.legacy;
		total.unicode += reading.unicode;
	}
	return total;
}

/**
 * Whether segments without evidence either way ("cã" may be "có" in TCVN3 or a Unicode word)
 * should be converted: only when the text as a whole is overwhelmingly legacy, because
 * garbling a Unicode word is worse than leaving a legacy word that already reads as Vietnamese.
 *
 * @param evidence Evidence over the whole text (or several texts, summed).
 */
export function prefersLegacy( evidence: LegacyEvidence ): boolean {
	return evidence.legacy > 0 && evidence.legacy >= 4 * evidence.unicode;
}

export type ConvertOptions = {
	/** Encoding to convert from; detected when absent. */
	encoding?: LegacyEncoding | null;
	/**
	 * Whether segments without evidence either way are converted; defaults to
	 * `prefersLegacy()` of the text's own evidence.
	 */
	preferLegacy?: boolean;
};

/**
 * Whether a garbled word (no Vietnamese either way, e.g. a name such as "§¾k" for "Đắk") may be
 * converted: not when its converted form would itself read as legacy text, which would leave
 * the text flagged after conversion.
 *
 * @param word A garbled word.
 */
const isSafeToConvert = ( word: WordReading ): boolean =>
	LEGACY_ENCODINGS.every(
		( encoding ) =>
			readWord( word.converted, encoding, false ).kind !== 'legacy'
	);

/**
 * One pass of conversion from one encoding.
 *
 * @param text         NFC text.
 * @param encoding     Encoding.
 * @param preferLegacy Tie-break for segments without evidence, or undefined for the default.
 */
function convertOnce(
	text: string,
	encoding: LegacyEncoding,
	preferLegacy: boolean | undefined
): string {
	// First walk: the evidence of the whole text, and which way each segment leans (one
	// character per segment: keep, convert, or tie).
	let plan = '';
	const evidence = { legacy: 0, unicode: 0 };
	for ( const [ start, end ] of spans( text ) ) {
		const reading = readSegment( text.slice( start, end ), encoding );
		evidence.legacy += reading.legacy;
		evidence.unicode += reading.unicode;
		if ( reading.unicode > reading.legacy ) {
			plan += 'k';
		} else {
			plan += reading.unicode === reading.legacy ? 't' : 'c';
		}
	}
	const tieToLegacy = preferLegacy ?? prefersLegacy( evidence );

	// Second walk: rewrite the segments to convert.
	const out: string[] = [];
	let at = 0;
	let i = 0;
	for ( const [ start, end ] of spans( text ) ) {
		const lean = plan[ i++ ];
		if ( lean === 'k' || ( lean === 't' && ! tieToLegacy ) ) {
			continue;
		}
		const segment = text.slice( start, end );
		const segmentUpper = encoding === 'tcvn3' && isUpperSegment( segment );
		out.push(
			text.slice( at, start ),
			segment.replace( WORD_PATTERN, ( match ) => {
				const word = readWord( match, encoding, segmentUpper );
				return word.kind === 'legacy' ||
					word.kind === 'ambiguous' ||
					( word.kind === 'garbled' && isSafeToConvert( word ) )
					? word.converted
					: match;
			} )
		);
		at = end;
	}
	out.push( text.slice( at ) );
	return out.join( '' ).normalize( 'NFC' );
}

/**
 * Converts the legacy-encoded parts of a text to Unicode NFC. Segments that read as Unicode
 * and words that only make sense as they are stay untouched. A post may hold text pasted from
 * both encodings, so conversion repeats while legacy text is still detected.
 *
 * @param text    Any text, HTML allowed.
 * @param options Encoding and tie-break.
 * @return The text and the (first) encoding converted from, null when nothing changed.
 */
export function convertLegacyText(
	text: string,
	options: ConvertOptions = {}
): { text: string; encoding: LegacyEncoding | null } {
	let current = text.normalize( 'NFC' );
	let converted: LegacyEncoding | null = null;
	let encoding =
		options.encoding === undefined
			? detectLegacyEncoding( current )
			: options.encoding;
	for ( let pass = 0; encoding && pass < 4; pass++ ) {
		const next = convertOnce(
			current,
			encoding,
			pass === 0 ? options.preferLegacy : undefined
		);
		if ( next === current ) {
			break;
		}
		current = next;
		converted = converted ?? encoding;
		encoding = detectLegacyEncoding( current );
	}
	return { text: current, encoding: converted };
}
