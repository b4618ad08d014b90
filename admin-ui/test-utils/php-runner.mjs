/**
 * Runs a PHP script on PHP 8.2 in php-wasm (the runtime the Playground sites run, without the
 * intl extension) with the plugin mounted at `/plugin` and the JSON input at `/input.json`,
 * and prints what the script prints. Parity tests need no PHP installed on the machine: jest
 * runs before the PHP test stage installs Debian's PHP.
 *
 *   node php-runner.mjs <script.php> <input.json>
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createNodeFsMountHandler, loadNodeRuntime } from '@php-wasm/node';
import { PHP } from '@php-wasm/universal';

const [ script, input ] = process.argv.slice( 2 );
const plugin = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../../plugin'
);
const php = new PHP(
	await loadNodeRuntime( '8.2', { emscriptenOptions: { processId: 1 } } )
);
php.mkdir( '/plugin' );
await php.mount( '/plugin', createNodeFsMountHandler( plugin ) );
php.writeFile( '/input.json', fs.readFileSync( input ) );

const response = await php.run( { code: fs.readFileSync( script, 'utf8' ) } );
process.stdout.write( response.text );
if ( response.errors ) {
	process.stderr.write( response.errors );
}
php.exit();
process.exitCode = response.exitCode || ( response.errors ? 1 : 0 );
