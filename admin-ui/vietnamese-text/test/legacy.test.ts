/**
 * Internal dependencies
 */
import { convertLegacyText, detectLegacyEncoding, toNfc } from '..';
import {
	FOREIGN_SAMPLE,
	TCVN3_PAIRS,
	VIETNAMESE_SAMPLE,
	VNI_PAIRS,
} from './helpers/fixtures';

describe( 'detectLegacyEncoding', () => {
	it( 'finds TCVN3 encoded by an independent encoder (glibc)', () => {
		for ( const [ , tcvn3 ] of TCVN3_PAIRS ) {
			expect( detectLegacyEncoding( tcvn3 ) ).toBe( 'tcvn3' );
		}
	} );

	it( 'finds VNI', () => {
		for ( const [ , vni ] of VNI_PAIRS ) {
			expect( detectLegacyEncoding( vni ) ).toBe( 'vni' );
		}
		expect( detectLegacyEncoding( 'Hoäi nghò toång keát' ) ).toBe( 'vni' );
	} );

	it( 'never flags Unicode Vietnamese, NFC or NFD', () => {
		for ( const text of VIETNAMESE_SAMPLE ) {
			expect( detectLegacyEncoding( text ) ).toBeNull();
			expect(
				detectLegacyEncoding( text.normalize( 'NFD' ) )
			).toBeNull();
		}
		expect(
			detectLegacyEncoding( VIETNAMESE_SAMPLE.join( '\n' ) )
		).toBeNull();
	} );

	it( 'never flags French, German, Spanish, Portuguese or English', () => {
		for ( const text of FOREIGN_SAMPLE ) {
			expect( detectLegacyEncoding( text ) ).toBeNull();
		}
	} );

	it( 'finds one legacy paragraph pasted into a Unicode post', () => {
		const html = `<p>${ VIETNAMESE_SAMPLE[ 1 ] }</p><p>${ TCVN3_PAIRS[ 0 ][ 1 ] }</p>`;
		expect( detectLegacyEncoding( html ) ).toBe( 'tcvn3' );
	} );
} );

describe( 'convertLegacyText', () => {
	it( 'converts TCVN3 back to what glibc encoded', () => {
		for ( const [ unicode, tcvn3 ] of TCVN3_PAIRS ) {
			expect(
				convertLegacyText( tcvn3, {
					encoding: 'tcvn3',
					preferLegacy: true,
				} )
			).toEqual( { text: unicode, encoding: 'tcvn3' } );
		}
	} );

	it( 'converts VNI', () => {
		for ( const [ unicode, vni ] of VNI_PAIRS ) {
			expect( convertLegacyText( vni ).text ).toBe( unicode );
		}
	} );

	it( 'reads .VnTimeH capitals as capitals', () => {
		expect( convertLegacyText( 'HéI NGHÞ TæNG KÕT' ).text ).toBe(
			'HỘI NGHỊ TỔNG KẾT'
		);
		expect( convertLegacyText( 'Héi nghÞ tæng kÕt' ).text ).toBe(
			'Hội nghị tổng kết'
		);
	} );

	it( 'converts only the legacy paragraph and keeps HTML', () => {
		const unicode = VIETNAMESE_SAMPLE[ 2 ];
		const html = `<p>${ unicode }</p>\n<p class="x">${ TCVN3_PAIRS[ 0 ][ 1 ] }</p>`;
		expect( convertLegacyText( html ) ).toEqual( {
			text: `<p>${ unicode }</p>\n<p class="x">${ TCVN3_PAIRS[ 0 ][ 0 ] }</p>`,
			encoding: 'tcvn3',
		} );
	} );

	it( 'converts words that read either way only in a mostly legacy text', () => {
		// "Thông" is also TCVN3 for "Thụng"; "nhµ b¹n" can only be TCVN3.
		expect( convertLegacyText( '<p>Thông</p><p>nhµ b¹n</p>' ).text ).toBe(
			'<p>Thụng</p><p>nhà bạn</p>'
		);
		expect(
			convertLegacyText(
				'<p>Thông</p><p>là chính thống</p><p>nhµ b¹n</p>'
			).text
		).toBe( '<p>Thông</p><p>là chính thống</p><p>nhà bạn</p>' );
	} );

	it( 'leaves Unicode and foreign text alone, returning NFC', () => {
		const nfd = VIETNAMESE_SAMPLE[ 1 ].normalize( 'NFD' );
		expect( convertLegacyText( nfd ) ).toEqual( {
			text: toNfc( nfd ),
			encoding: null,
		} );
		for ( const text of FOREIGN_SAMPLE ) {
			expect( convertLegacyText( text ).text ).toBe( text );
		}
	} );
} );
