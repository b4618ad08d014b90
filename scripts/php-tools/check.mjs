#!/usr/bin/env node
/**
 * PHP checker: `node scripts/php-tools/check.mjs [paths...]`. Parses every PHP file with
 * php-parser and enforces the project's security and i18n rules (see rules/). Exit code 1 on
 * any violation or syntax error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import checker from './lib/check.js';
import files from './lib/files.js';
import report from './lib/report.js';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);
const targets = process.argv
	.slice( 2 )
	.map( ( target ) =>
		path.relative( root, path.resolve( process.cwd(), target ) )
	);
const list = files.phpFiles( root, targets );
const violations = checker.checkFiles( list, {
	root,
	reportUnusedRoutes: ! targets.length,
} );

if ( violations.length ) {
	process.stderr.write( `${ report.formatViolations( violations ) }\n` );
	process.stderr.write(
		`\n${ violations.length } problem(s) in ${ list.length } PHP file(s).\n`
	);
	process.exitCode = 1;
} else {
	process.stdout.write(
		`PHP check: ${ list.length } file(s), no problems.\n`
	);
}
