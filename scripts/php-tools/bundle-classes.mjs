#!/usr/bin/env node
/**
 * Writes `plugin/build/classes.php`: every class of `plugin/src` in one file (issue 10). With
 * OPcache, one cached file declares them all faster than the autoloader includes the ~150 a
 * page view uses one by one (0.2 ms against 0.7 ms); the plugin loads it only then
 * (`Autoloader::load_bundle()`). A development build (`NODE_ENV=development`, `npm start`)
 * removes it instead, so an edited class is never shadowed by an old copy.
 *
 * Beside it, `plugin/build/write-side-hooks.php`: the hooks of each write-side service, which a
 * page view registers only when one of them fires (`Ttdt\Support\WriteSideServices`). It is
 * read only with the bundle, so both always describe the same classes.
 *
 * Usage: node scripts/php-tools/bundle-classes.mjs [--root <dir>]
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire( import.meta.url );
const { bundle, BundleError } = require( './lib/class-bundle.js' );
const { PhpParseError } = require( './lib/parse.js' );
const {
	writeSideHooks,
	writeSideHooksPhp,
	WriteSideError,
} = require( './lib/write-side-hooks.js' );

const args = process.argv.slice( 2 );
const root = path.resolve(
	args.includes( '--root' )
		? args[ args.indexOf( '--root' ) + 1 ]
		: path.join( path.dirname( fileURLToPath( import.meta.url ) ), '../..' )
);
const source = path.join( root, 'plugin/src' );
const target = path.join( root, 'plugin/build/classes.php' );
const hooksTarget = path.join( root, 'plugin/build/write-side-hooks.php' );

if ( process.env.NODE_ENV === 'development' ) {
	fs.rmSync( target, { force: true } );
	fs.rmSync( hooksTarget, { force: true } );
	process.exit( 0 );
}

const files = fs
	.readdirSync( source, { recursive: true } )
	.map( ( file ) => file.split( path.sep ).join( '/' ) )
	// The autoloader is loaded before the bundle, to load it.
	.filter( ( file ) => file.endsWith( '.php' ) && file !== 'Autoloader.php' );
try {
	fs.mkdirSync( path.dirname( target ), { recursive: true } );
	fs.writeFileSync( target, bundle( source, files ) );
	fs.writeFileSync(
		hooksTarget,
		writeSideHooksPhp(
			writeSideHooks(
				root,
				files.map( ( file ) => `plugin/src/${ file }` )
			)
		)
	);
} catch ( error ) {
	if ( error instanceof BundleError || error instanceof PhpParseError ) {
		process.stderr.write( `plugin/src/${ error.message }\n` );
		process.exit( 1 );
	}
	if ( error instanceof WriteSideError ) {
		process.stderr.write( `${ error.message }\n` );
		process.exit( 1 );
	}
	throw error;
}
