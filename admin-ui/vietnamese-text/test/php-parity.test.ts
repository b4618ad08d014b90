/**
 * External dependencies
 */
import fc from 'fast-check';

/**
 * Internal dependencies
 */
import {
	convertLegacyText,
	detectLegacyEncoding,
	isVietnameseSyllable,
} from '..';
import { encodeLegacy } from './helpers/encode';
import {
	FOREIGN_SAMPLE,
	TCVN3_PAIRS,
	VIETNAMESE_SAMPLE,
	VNI_PAIRS,
} from './helpers/fixtures';
import { capitalise, phrase, syllable } from './helpers/generators';
import { runPhp } from '../../test-utils/php';

type PhpResult = {
	intl: boolean;
	texts: Array< {
		detect: string | null;
		convert: { text: string; encoding: string | null };
	} >;
	words: boolean[];
	nfd: string[];
};

// The plugin's text classes on the samples, in PHP without intl: the fallback composer is tested.
const PARITY_SCRIPT = `<?php
define( 'ABSPATH', '/' );
define( 'TTDT_DIR', '/plugin/' );
foreach ( array( 'LegacyTables', 'Syllable', 'Nfc', 'LegacyWord', 'LegacySegments', 'LegacyReading', 'LegacyText' ) as $class ) {
	require "/plugin/src/VietnameseText/$class.php";
}
use Ttdt\\VietnameseText\\{ LegacyText, Nfc, Syllable };
$samples = json_decode( file_get_contents( '/input.json' ), true );
$out     = array( 'intl' => class_exists( 'Normalizer' ), 'texts' => array(), 'words' => array(), 'nfd' => array() );
foreach ( $samples['texts'] as $text ) {
	$out['texts'][] = array( 'detect' => LegacyText::detect( $text ), 'convert' => LegacyText::convert( $text ) );
}
foreach ( $samples['words'] as $word ) {
	$out['words'][] = Syllable::is_valid( $word );
}
foreach ( $samples['nfd'] as $text ) {
	$out['nfd'][] = Nfc::normalize( $text );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE );
`;

/**
 * The server (PHP) and the editor (TypeScript) must judge and convert text alike: the editor's
 * "Convert to Unicode" must produce text the server then accepts.
 */
describe( 'PHP and TypeScript agree', () => {
	const generated = fc.sample(
		fc.tuple(
			phrase( 1, 10 ),
			fc.constantFrom( 'tcvn3', 'vni', 'unicode' )
		),
		{ numRuns: 300, seed: 4242 }
	);
	const texts = [
		...VIETNAMESE_SAMPLE,
		...FOREIGN_SAMPLE,
		...TCVN3_PAIRS.map( ( [ , tcvn3 ] ) => tcvn3 ),
		...VNI_PAIRS.map( ( [ , vni ] ) => vni ),
		'<p>Thông</p><p>nhµ b¹n</p>',
		'HéI NGHÞ TæNG KÕT',
		'A©>µM',
		...generated.map( ( [ text, encoding ] ) => {
			const sentence = capitalise( text ) + ' nhà bạn';
			return encoding === 'unicode'
				? sentence
				: encodeLegacy( sentence, encoding );
		} ),
		...fc.sample(
			fc.string( {
				unit: fc
					.integer( { min: 0x20, max: 0xff } )
					.map( ( code ) => String.fromCharCode( code ) ),
				maxLength: 40,
			} ),
			{ numRuns: 300, seed: 7 }
		),
	];
	const words = [
		...fc.sample( syllable, { numRuns: 300, seed: 11 } ),
		...fc.sample(
			fc.string( {
				unit: fc.constantFrom( ...'aăâeêioôơuưyđcghknqtpr' ),
				maxLength: 6,
			} ),
			{ numRuns: 300, seed: 12 }
		),
	];
	const nfd = [ ...VIETNAMESE_SAMPLE, ...words ].map(
		( text ) =>
			text.toUpperCase().normalize( 'NFD' ) +
			' ' +
			text.normalize( 'NFD' )
	);

	let php: PhpResult;

	beforeAll( () => {
		php = runPhp< PhpResult >( PARITY_SCRIPT, { texts, words, nfd } );
	}, 120_000 );

	it( 'runs PHP without intl, so the fallback composer is what is tested', () => {
		expect( php.intl ).toBe( false );
	} );

	it( 'detects and converts the same texts the same way', () => {
		const ts = texts.map( ( text ) => ( {
			detect: detectLegacyEncoding( text ),
			convert: convertLegacyText( text ),
		} ) );
		expect( php.texts ).toEqual( ts );
	} );

	it( 'accepts the same syllables', () => {
		expect( php.words ).toEqual( words.map( isVietnameseSyllable ) );
	} );

	it( 'composes decomposed Vietnamese exactly like NFC', () => {
		expect( php.nfd ).toEqual(
			nfd.map( ( text ) => text.normalize( 'NFC' ) )
		);
	} );
} );
