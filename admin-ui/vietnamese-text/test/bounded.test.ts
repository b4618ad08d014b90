/**
 * Internal dependencies
 */
import { convertLegacyText, detectLegacyEncoding } from '..';
import { encodeLegacy } from './helpers/encode';
import { VIETNAMESE_SAMPLE } from './helpers/fixtures';

/**
 * How much the JavaScript heap had to grow (MB) while a function ran: holding every word of
 * a long text at once made it grow by about 100 MB for 2,000,000 characters.
 *
 * @param run Function to measure.
 */
function heapGrowth( run: () => void ): number {
	const before = process.memoryUsage().heapTotal;
	run();
	return ( process.memoryUsage().heapTotal - before ) / 1048576;
}

describe( 'legacy text of any length', () => {
	// One paragraph of TCVN3 with no line break, as long as the server's conversion route takes.
	const unicode = VIETNAMESE_SAMPLE.join( ' ' ) + ' ';
	const times = Math.ceil( 2_000_000 / unicode.length );
	const tcvn3 = encodeLegacy( unicode, 'tcvn3' ).repeat( times );

	it( 'detects 2,000,000 characters on one line without holding its words', () => {
		let found: string | null = null;
		const growth = heapGrowth( () => {
			found = detectLegacyEncoding( tcvn3 );
		} );
		expect( found ).toBe( 'tcvn3' );
		expect( growth ).toBeLessThan( 32 );
	}, 60_000 );

	it( 'converts them back exactly without holding its words', () => {
		let converted = '';
		const growth = heapGrowth( () => {
			converted = convertLegacyText( tcvn3 ).text;
		} );
		expect( converted ).toBe( unicode.repeat( times ).normalize( 'NFC' ) );
		expect( growth ).toBeLessThan( 80 );
	}, 120_000 );

	it( 'reads a "word" of a million legacy characters as no syllable', () => {
		const word = '\u00b5'.repeat( 1_000_000 );
		let found: string | null = 'unset';
		const growth = heapGrowth( () => {
			found = detectLegacyEncoding( `Hội nghị ${ word }` );
		} );
		expect( found ).toBeNull();
		expect( growth ).toBeLessThan( 32 );
	}, 60_000 );
} );
