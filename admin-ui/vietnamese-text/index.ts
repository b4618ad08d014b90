/**
 * Vietnamese text in the editor: Unicode NFC (TCVN 6909:2001) and legacy encodings.
 */
export {
	convertLegacyText,
	detectLegacyEncoding,
	legacyEvidence,
	prefersLegacy,
	type ConvertOptions,
	type LegacyEvidence,
} from './legacy';
export { isVietnameseSyllable } from './syllable';
export { LEGACY_ENCODINGS, type LegacyEncoding } from './tables';

/**
 * Text in Unicode Normalization Form C, the form stored by the portal.
 *
 * @param text Text.
 */
export const toNfc = ( text: string ): string => text.normalize( 'NFC' );
