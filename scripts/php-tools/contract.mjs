#!/usr/bin/env node
/**
 * Generates the TypeScript contract from the plugin's PHP (PHP owns the data shape):
 * `admin-ui/data/generated/schemas.ts` and `contract.ts`. Run before webpack and tsc.
 *
 * Usage: node scripts/php-tools/contract.mjs [--check] [--out <dir>] [--root <dir>]
 *   --check  regenerate in memory and fail when the files on disk differ;
 *   --out    output folder (default admin-ui/data/generated);
 *   --root   repository root holding plugin/ (default: this repository).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import collect from './contract/collect.js';
import render from './contract/render.js';
import files from './lib/files.js';
import parse from './lib/parse.js';

const args = process.argv.slice( 2 );
const option = ( name, fallback ) =>
	args.includes( name ) ? args[ args.indexOf( name ) + 1 ] : fallback;
const root = path.resolve(
	option(
		'--root',
		path.join( path.dirname( fileURLToPath( import.meta.url ) ), '../..' )
	)
);
const check = args.includes( '--check' );
const outDir = path.resolve(
	root,
	option( '--out', 'admin-ui/data/generated' )
);
// Format with the Prettier and settings `wp-scripts lint-js` checks against: its own.
const fromScripts = createRequire(
	createRequire( import.meta.url ).resolve(
		'@wordpress/scripts/package.json'
	)
);
const prettier = fromScripts( 'prettier' );
const prettierConfig = fromScripts( '@wordpress/prettier-config' );
const format = ( code ) =>
	prettier.format( code, { ...prettierConfig, parser: 'typescript' } );

let contract;
try {
	contract = collect.collectContract( root, files.phpFiles( root ) );
} catch ( error ) {
	if ( error instanceof parse.PhpParseError ) {
		process.stderr.write(
			`${ error.file }:${ error.line }: [parse-error] ${ error.message }\n`
		);
		process.exit( 1 );
	}
	throw error;
}

for ( const { file, line, message, severity } of contract.problems ) {
	process.stderr.write(
		`${ file }:${ line }: [contract ${ severity }] ${ message }\n`
	);
}
if ( contract.problems.some( ( problem ) => problem.severity === 'error' ) ) {
	process.exit( 1 );
}

const outputs = {
	'schemas.ts': await format( await render.renderSchemas( contract ) ),
	'contract.ts': await format( await render.renderContract( contract ) ),
};

let stale = [];
for ( const [ name, content ] of Object.entries( outputs ) ) {
	const target = path.join( outDir, name );
	const current = fs.existsSync( target )
		? fs.readFileSync( target, 'utf8' )
		: null;
	if ( current === content ) {
		continue;
	}
	if ( check ) {
		stale = [ ...stale, path.relative( root, target ) ];
	} else {
		fs.mkdirSync( outDir, { recursive: true } );
		fs.writeFileSync( target, content );
	}
}

if ( stale.length ) {
	process.stderr.write(
		`Out of date: ${ stale.join( ', ' ) }. Run node scripts/php-tools/contract.mjs.\n`
	);
	process.exit( 1 );
}
process.stdout.write(
	`Contract: ${ contract.schemas.length } schema(s), ${ contract.routes.length } route(s), ${ contract.meta.length } meta key(s) -> ${ path.relative( root, outDir ) }/\n`
);
