#!/usr/bin/env node
/**
 * Says which Playwright specs run on which WordPress runtime in the test command.
 *
 *   node scripts/e2e-runtimes.mjs native|playground [spec files…]
 *
 * prints, one per line, the specs of that stage (among the given ones, if any):
 * - `native` (PHP-FPM + MariaDB + nginx, fast): specs that only talk HTTP — they never use a
 *   browser fixture (`page`, `context`, `browser`, `admin`, `editor`, `pageUtils`) nor open a
 *   page — and are not in the smoke set;
 * - `playground` (PHP-WASM + SQLite, the zero-setup runtime): every browser spec, plus the
 *   smoke set below, so both runtimes are proven on every run.
 * The rule reads the spec's source, so a new spec lands in the right stage by itself.
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
const browserFixtures = new Set( [
	'page',
	'context',
	'browser',
	'admin',
	'editor',
	'pageUtils',
] );

/**
 * Whether a spec drives a browser: a test or hook destructures a browser fixture, or the
 * file opens a page itself.
 *
 * @param {string} file Spec path.
 */
function usesBrowser( file ) {
	const source = fs.readFileSync( file, 'utf8' );
	for ( const match of source.matchAll( /\(\s*\{([^}]*)\}[^)]*\)\s*=>/g ) ) {
		const names = match[ 1 ]
			.split( ',' )
			.map( ( part ) => part.split( ':' )[ 0 ].trim() );
		if ( names.some( ( name ) => browserFixtures.has( name ) ) ) {
			return true;
		}
	}
	return /\.newPage\(|\.newContext\(|\.goto\(/.test( source );
}

function runtimeOf( file ) {
	if ( smokeSet.includes( path.basename( file ) ) || usesBrowser( file ) ) {
		return 'playground';
	}
	return 'native';
}

const [ stage, ...given ] = process.argv.slice( 2 );
if ( stage !== 'native' && stage !== 'playground' ) {
	process.stderr.write(
		'usage: e2e-runtimes.mjs native|playground [specs…]\n'
	);
	process.exit( 2 );
}

const candidates = given.length
	? given
	: fs
			.readdirSync( specsDir )
			.filter( ( name ) => name.endsWith( '.spec.ts' ) )
			.sort()
			.map( ( name ) =>
				path.relative( root, path.join( specsDir, name ) )
			);
const forced = process.env.TTDT_E2E_RUNTIME === stage && given.length > 0;
for ( const spec of candidates ) {
	const file = path.resolve( root, spec.replace( /:\d+(:\d+)?$/, '' ) );
	if ( ! fs.existsSync( file ) ) {
		process.stderr.write( `e2e-runtimes: no such spec: ${ spec }\n` );
		process.exit( 2 );
	}
	if ( forced || runtimeOf( file ) === stage ) {
		process.stdout.write( `${ spec }\n` );
	}
}
