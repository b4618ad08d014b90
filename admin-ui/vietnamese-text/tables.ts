/**
 * The Vietnamese letters and legacy encodings, read from the one table the PHP side reads too
 * (`plugin/src/VietnameseText/legacy-vietnamese.json`; its `sources` say where each mapping
 * was checked).
 */

/**
 * Internal dependencies
 */
import data from '../../plugin/src/VietnameseText/legacy-vietnamese.json';

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [ 'tcvn3', 'vni' ];

/**
 * A vowel letter: its toneless lowercase row (`a`, `ă`, … `y`), tone index (0 none, 1 huyền,
 * 2 sắc, 3 hỏi, 4 ngã, 5 nặng) and case.
 */
export type VowelLetter = { row: string; tone: number; upper: boolean };

const vowelLetters = new Map< string, VowelLetter >();
const upperOf = new Map< string, string >( [ [ 'đ', 'Đ' ] ] );

for ( const [ row, [ small, capital ] ] of Object.entries( data.vowels ) ) {
	const capitals = [ ...capital ];
	[ ...small ].forEach( ( letter, tone ) => {
		vowelLetters.set( letter, { row, tone, upper: false } );
		vowelLetters.set( capitals[ tone ], { row, tone, upper: true } );
		upperOf.set( letter, capitals[ tone ] );
	} );
}

export const VOWELS: ReadonlyMap< string, VowelLetter > = vowelLetters;

/**
 * Lowercase Vietnamese letter → capital (vowels and đ).
 */
export const UPPER_OF: ReadonlyMap< string, string > = upperOf;

/**
 * Vietnamese letters outside Latin-1: text holding one of them is Unicode, never a legacy
 * encoding read as Windows-1252.
 */
export const UNICODE_ONLY_LETTERS: ReadonlySet< string > = new Set(
	[ ...vowelLetters.keys(), 'đ', 'Đ' ].filter(
		( letter ) => ( letter.codePointAt( 0 ) as number ) > 0xff
	)
);

export const TCVN3: ReadonlyMap< string, string > = new Map(
	Object.entries( data.tcvn3 )
);

export const VNI: ReadonlyMap< string, string > = new Map(
	Object.entries( data.vni )
);

export const SYLLABLES = data.syllables;

/**
 * Characters that belong to words: letters, combining marks and every byte of the legacy
 * tables (TCVN3 uses symbols such as `¸ µ ¶ · ¹` for letters).
 */
export const WORD_PATTERN = new RegExp(
	`[\\p{L}\\p{M}${ [
		...new Set( [ ...TCVN3.keys(), ...[ ...VNI.keys() ].join( '' ) ] ),
	]
		.map(
			( char ) =>
				`\\u{${ ( char.codePointAt( 0 ) as number ).toString( 16 ) }}`
		)
		.join( '' ) }]+`,
	'gu'
);
