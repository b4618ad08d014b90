/**
 * Test helpers: Unicode → legacy encoders built by inverting the shared table, the way old
 * fonts stored text (TCVN3 capitals with tones use the small-letter bytes, as `.VnTimeH` fonts
 * do).
 */

/**
 * Internal dependencies
 */
import data from '../../../../plugin/src/VietnameseText/legacy-vietnamese.json';
import type { LegacyEncoding } from '../../tables';

const invert = ( table: Record< string, string > ) =>
	new Map(
		Object.entries( table ).map( ( [ code, letter ] ) => [ letter, code ] )
	);

const TCVN3_OF = invert( data.tcvn3 );
const VNI_OF = invert( data.vni );

/**
 * Encodes NFC text; characters the encoding lacks stay as they are.
 *
 * @param text     Vietnamese text (NFC).
 * @param encoding Target encoding.
 */
export function encodeLegacy( text: string, encoding: LegacyEncoding ): string {
	return [ ...text ]
		.map( ( char ) => {
			if ( encoding === 'vni' ) {
				return VNI_OF.get( char ) ?? char;
			}
			return (
				TCVN3_OF.get( char ) ??
				TCVN3_OF.get( char.toLowerCase() ) ??
				char
			);
		} )
		.join( '' );
}

/**
 * Whether TCVN3 can hold the letter in its case (capitals with tones need `.VnTimeH`).
 *
 * @param char A letter.
 */
export const tcvn3HasOwnCase = ( char: string ): boolean =>
	TCVN3_OF.has( char ) || char.codePointAt( 0 )! < 0x80;
