/**
 * Internal dependencies
 */
import { isVietnameseSyllable } from '../syllable';
import { VIETNAMESE_SAMPLE } from './helpers/fixtures';

describe( 'isVietnameseSyllable', () => {
	it( 'accepts every word of a real Vietnamese text, except acronyms and e-mail', () => {
		const words = VIETNAMESE_SAMPLE.join( ' ' ).match( /\p{L}+/gu ) ?? [];
		const rejected = new Set(
			words.filter( ( word ) => ! isVietnameseSyllable( word ) )
		);
		expect( [ ...rejected ].sort() ).toEqual(
			[ 'BBT', 'Email', 'TCVN', 'gmail', 'thitranthanhchuong' ].sort()
		);
	} );

	it.each( [
		'người',
		'nghiệp',
		'QUỐC',
		'gì',
		'giếng',
		'gìn',
		'khuya',
		'quen',
		'xoong',
		'kỹ',
		'Hòa',
		'hoà',
		'ạ',
	] )( 'accepts "%s"', ( word ) => {
		expect( isVietnameseSyllable( word ) ).toBe( true );
	} );

	it.each( [
		// Spelling, tone and letter rules.
		'où',
		'et',
		'cé',
		'ca1',
		'ghá',
		'cèp',
		'ngyên',
		'café',
		'été',
		'hà̀',
		'schön',
		'Héi',
		'nghÞ',
		'chaøo',
	] )( 'rejects "%s"', ( word ) => {
		expect( isVietnameseSyllable( word ) ).toBe( false );
	} );
} );
