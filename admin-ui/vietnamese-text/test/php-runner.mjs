/**
 * Runs the plugin's PHP text classes in PHP 8.2 (php-wasm, the runtime WordPress Playground
 * uses, without the intl extension so the fallback composer is exercised) on the samples in
 * the JSON file named on the command line, and prints the results as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// php-wasm is the runtime the Playground sites run PHP on (the same version @wordpress/env uses).
import { createNodeFsMountHandler, loadNodeRuntime } from '@php-wasm/node';
import { PHP } from '@php-wasm/universal';

const plugin = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../../../plugin'
);
const php = new PHP(
	await loadNodeRuntime( '8.2', { emscriptenOptions: { processId: 1 } } )
);
php.mkdir( '/plugin' );
await php.mount( '/plugin', createNodeFsMountHandler( plugin ) );
php.writeFile( '/samples.json', fs.readFileSync( process.argv[ 2 ] ) );

const response = await php.run( {
	code: `<?php
define( 'ABSPATH', '/' );
define( 'TTDT_DIR', '/plugin/' );
foreach ( array( 'LegacyTables', 'Syllable', 'Nfc', 'LegacyWord', 'LegacySegments', 'LegacyReading', 'LegacyText' ) as $class ) {
	require "/plugin/src/VietnameseText/$class.php";
}
use Ttdt\\VietnameseText\\{ LegacyText, Nfc, Syllable };
$samples = json_decode( file_get_contents( '/samples.json' ), true );
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
`,
} );
process.stdout.write( response.text );
if ( response.errors ) {
	process.stderr.write( response.errors );
}
php.exit();
