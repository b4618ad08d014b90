/**
 * External dependencies
 */
import fc from 'fast-check';

/**
 * Internal dependencies
 */
import { amountInWords, formatMoney } from '../money';
import { runPhp } from '../../../test-utils/php';

// The words PHP reads for each amount (the printed statement's "Bằng chữ").
const WORDS_SCRIPT = `<?php
define( 'ABSPATH', '/' );
require '/plugin/src/Royalty/AmountInWords.php';
$out = array();
foreach ( json_decode( file_get_contents( '/input.json' ) ) as $n ) {
	$out[] = Ttdt\\Royalty\\AmountInWords::dong( (int) $n );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE );
`;

describe( 'amounts in words', () => {
	it.each( [
		[ 0, 'không đồng' ],
		[ 1, 'một đồng' ],
		[ 10, 'mười đồng' ],
		[ 15, 'mười lăm đồng' ],
		[ 21, 'hai mươi mốt đồng' ],
		[ 101, 'một trăm lẻ một đồng' ],
		[ 1_005_000, 'một triệu không trăm lẻ năm nghìn đồng' ],
		[ 2_000_000_000, 'hai tỉ đồng' ],
	] )( '%d reads "%s"', ( amount, words ) => {
		expect( amountInWords( amount ) ).toBe( words );
	} );

	it( 'PHP reads every amount as the screen does', () => {
		const amounts = [
			0,
			1,
			10,
			15,
			21,
			24,
			101,
			105,
			1_005_000,
			2_000_000_000,
			...fc.sample( fc.integer( { min: 0, max: 999_999_999_999 } ), {
				numRuns: 400,
				seed: 10,
			} ),
			...fc.sample(
				fc
					.array( fc.constantFrom( 0, 1, 4, 5, 10 ), {
						minLength: 1,
						maxLength: 6,
					} )
					.map( ( parts ) =>
						parts.reduce< number >(
							( sum, part ) => sum * 1000 + part,
							0
						)
					),
				{ numRuns: 300, seed: 11 }
			),
		];
		expect( runPhp< string[] >( WORDS_SCRIPT, amounts ) ).toEqual(
			amounts.map( amountInWords )
		);
	} );
} );

describe( 'money', () => {
	it( 'prints dots between thousands and the đồng sign', () => {
		expect( formatMoney( 2_000_000 ) ).toBe( '2.000.000 đ' );
		expect( formatMoney( -106_363 ) ).toBe( '-106.363 đ' );
		expect( formatMoney( 0 ) ).toBe( '0 đ' );
	} );
} );
