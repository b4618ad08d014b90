/**
 * Whether a word is a well-formed Vietnamese syllable. The legacy-encoding detector asks it of
 * a word as it reads and as it would read converted: real Vietnamese text is made of such
 * syllables, garbled legacy text and other languages mostly are not.
 */

/**
 * Internal dependencies
 */
import { SYLLABLES, VOWELS } from './tables';

const RHYMES: ReadonlySet< string > = new Set( SYLLABLES.rhymes );
const ONSETS: readonly string[] = [ '', ...SYLLABLES.onsets ];
const STOP_TONES: readonly number[] = SYLLABLES.stopTones;
const STOP_CODA = new RegExp( `(${ SYLLABLES.stopCodas.join( '|' ) })$` );
const CONSONANT = /^[bcdghklmnpqrstvx]$/i;

/**
 * No syllable is longer than its longest onset and rhyme together (every Vietnamese letter is
 * one UTF-16 unit): longer words are rejected before being spelled, whatever their length.
 */
const LONGEST =
	Math.max( ...ONSETS.map( ( onset ) => onset.length ) ) +
	Math.max( ...SYLLABLES.rhymes.map( ( rhyme ) => rhyme.length ) );

/**
 * The toneless lowercase spelling of a word and its tone, or null when it holds a character
 * that is no Vietnamese letter or more than one tone.
 *
 * @param word A word.
 */
function toneless( word: string ): { bare: string; tone: number } | null {
	let bare = '';
	let tone = 0;
	for ( const char of word ) {
		const vowel = VOWELS.get( char );
		if ( vowel ) {
			if ( vowel.tone ) {
				if ( tone ) {
					return null;
				}
				tone = vowel.tone;
			}
			bare += vowel.row;
		} else if ( char === 'đ' || char === 'Đ' ) {
			bare += 'đ';
		} else if ( CONSONANT.test( char ) ) {
			bare += char.toLowerCase();
		} else {
			return null;
		}
	}
	return { bare, tone };
}

/**
 * The rhyme a rest of a word makes after an onset, under the spelling rules (`gi` and `qu`
 * absorb a vowel; `k gh ngh` only before e ê i, `c g ng` never), or null.
 *
 * @param onset Onset, possibly empty.
 * @param rest  What follows it.
 */
function rhymeAfter( onset: string, rest: string ): string | null {
	if ( onset === 'gi' ) {
		if ( RHYMES.has( rest ) ) {
			return rest;
		}
		return RHYMES.has( 'i' + rest ) ? 'i' + rest : null;
	}
	if ( onset === 'qu' ) {
		if ( RHYMES.has( 'u' + rest ) ) {
			return 'u' + rest;
		}
		return rest && RHYMES.has( 'o' + rest ) ? 'o' + rest : null;
	}
	if ( ! RHYMES.has( rest ) ) {
		return null;
	}
	if ( onset === 'k' ) {
		return /^[eêiy]/.test( rest ) ? rest : null;
	}
	if ( onset === 'gh' || onset === 'ngh' ) {
		return /^[eêi]/.test( rest ) ? rest : null;
	}
	if ( onset === 'c' || onset === 'g' || onset === 'ng' ) {
		return /^[eêiy]/.test( rest ) ? null : rest;
	}
	return rest;
}

/**
 * Whether the word (any case) is one Vietnamese syllable.
 *
 * @param word A word without spaces or punctuation.
 */
export function isVietnameseSyllable( word: string ): boolean {
	if ( word.length > LONGEST ) {
		return false;
	}
	const spelled = toneless( word );
	if ( ! spelled ) {
		return false;
	}
	const { bare, tone } = spelled;
	return ONSETS.some( ( onset ) => {
		if ( ! bare.startsWith( onset ) ) {
			return false;
		}
		const rhyme = rhymeAfter( onset, bare.slice( onset.length ) );
		if ( rhyme === null ) {
			return false;
		}
		// Rhymes closed by p, t, c, ch only take the sắc or nặng tone.
		return ! STOP_CODA.test( rhyme ) || STOP_TONES.includes( tone );
	} );
}
