#!/usr/bin/env node
/**
 * Says which Playwright specs run on which WordPress runtime in the test command.
 *
 *   node scripts/e2e-runtimes.mjs native|playground [spec files…]
 *
 * prints, one per line, the specs of that stage (among the given ones, if any):
 * - `playground` (PHP-WASM + SQLite, the zero-setup runtime a newcomer starts first): the
 *   smoke set and the browser suites of the editor and the screens a newcomer meets first,
 *   both listed below, so both runtimes are proven on every run;
 * - `native` (PHP-FPM + MariaDB + nginx, the production stack, about 30 times faster): every
 *   other spec — REST, XML-RPC, the role matrix, and the browser specs of the admin screens.
 * - `network` (the production stack as a subdirectory Multisite network with three communes,
 *   `native-site.mjs start network`): the specs in `e2e/specs/network/`.
 * A new spec runs on the production stack unless it is added to a list here.
 * A given `file:line` keeps its suffix. With `TTDT_E2E_RUNTIME` set to the stage, every given
 * spec runs on it whatever its kind (e.g. a browser spec on the fast native site).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const specsDir = path.join( root, 'e2e', 'specs' );

// Start of the anonymous visitor's portal, an item written, approved and published, the
// plugin installed from its zip: what must work on the runtime a newcomer starts first.
const smokeSet = [
	'anonymous-visitor.spec.ts',
	'workflow.spec.ts',
	'plugin-zip.spec.ts',
];
// The block editor's extensions, a block, the settings screen and the translated lists in
// Chromium: the browser suites that also run on Playground.
const browserSuites = [
	'admin-vietnamese.spec.ts',
	'agency-notice-block.spec.ts',
	'docx-import.spec.ts',
	'legacy-paste.spec.ts',
	'provenance-editor.spec.ts',
	'settings.spec.ts',
];

function runtimeOf( file ) {
	if ( path.dirname( file ) === path.join( specsDir, 'network' ) ) {
		return 'network';
	}
	const name = path.basename( file );
	return smokeSet.includes( name ) || browserSuites.includes( name )
		? 'playground'
		: 'native';
}

const [ stage, ...given ] = process.argv.slice( 2 );
if ( ! [ 'native', 'playground', 'network' ].includes( stage ) ) {
	process.stderr.write(
		'usage: e2e-runtimes.mjs native|playground|network [specs…]\n'
	);
	process.exit( 2 );
}

const candidates = given.length
	? given
	: [ specsDir, path.join( specsDir, 'network' ) ].flatMap( ( dir ) =>
			fs
				.readdirSync( dir )
				.filter( ( name ) => name.endsWith( '.spec.ts' ) )
				.sort()
				.map( ( name ) =>
					path.relative( root, path.join( dir, name ) )
				)
		);
// A network spec needs the network, whatever the forced runtime.
const forced =
	process.env.TTDT_E2E_RUNTIME === stage &&
	given.length > 0 &&
	stage !== 'network';
for ( const spec of candidates ) {
	const file = path.resolve( root, spec.replace( /:\d+(:\d+)?$/, '' ) );
	if ( ! fs.existsSync( file ) ) {
		process.stderr.write( `e2e-runtimes: no such spec: ${ spec }\n` );
		process.exit( 2 );
	}
	if (
		( forced && runtimeOf( file ) !== 'network' ) ||
		runtimeOf( file ) === stage
	) {
		process.stdout.write( `${ spec }\n` );
	}
}
