#!/usr/bin/env node
/**
 * `npm run bench`: the plugin's performance budgets (issue 10), measured on the native stack.
 *
 *   node scripts/bench/run.mjs [--port N] [--requests N] [--only public,editor,admin,legacy]
 *
 * Starts its own native site (PHP-FPM 8.2 + MariaDB + nginx, port 8870 or `--port` /
 * `TTDT_BENCH_PORT`), seeds it, measures, prints a table, writes `artifacts/bench/bench.json`
 * and exits 1 when any budget is exceeded. Not part of `npm test`: it measures, the tests
 * check behaviour.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchPublicPages } from './public-pages.mjs';
import { root, run, startSite, stopSite } from './site.mjs';

const args = process.argv.slice( 2 );
const option = ( name, fallback ) => {
	const index = args.indexOf( `--${ name }` );
	return index >= 0 ? args[ index + 1 ] : fallback;
};
const port = Number(
	option( 'port', process.env.TTDT_BENCH_PORT || 8870 )
);
const requests = Math.max( 100, Number( option( 'requests', 100 ) ) );
const only = option( 'only', 'public,editor,admin,legacy' ).split( ',' );

const started = Date.now();
const report = {
	date: new Date().toISOString(),
	machine: {
		cpus: os.cpus().length,
		loadAverageAtStart: os.loadavg(),
		node: process.version,
	},
	stages: {},
	over: [],
};

function stage( name ) {
	process.stdout.write(
		`\n== ${ name } (load ${ os
			.loadavg()
			.map( ( value ) => value.toFixed( 2 ) )
			.join( ' ' ) })\n`
	);
}

let site;
try {
	if ( only.some( ( name ) => [ 'public', 'admin' ].includes( name ) ) ) {
		stage( `site on port ${ port }` );
		site = startSite( port );
		report.pages = site.seed( 'public' );
	}
	if ( only.includes( 'public' ) ) {
		stage( `public pages, plugin on ÷ off, ${ requests } requests per arm` );
		const rows = await benchPublicPages( site, report.pages, requests );
		report.stages.public = rows;
		for ( const row of rows ) {
			for ( const over of row.over ) {
				report.over.push( `public ${ row.page }: ${ over }` );
			}
		}
	}
	if ( only.includes( 'legacy' ) ) {
		stage( 'legacy Vietnamese text (issue 8)' );
		const output = run(
			'php',
			[
				'-d',
				'memory_limit=128M',
				path.join( root, 'scripts/bench/legacy-text.php' ),
				'--json',
			],
			{ stdio: [ 'ignore', 'pipe', 'pipe' ] }
		);
		report.stages.legacy = JSON.parse( output );
		process.stdout.write( `  ${ output.slice( 0, 400 ) }\n` );
	}
} finally {
	if ( site && ! args.includes( '--keep' ) ) {
		stopSite( port );
	}
}

report.machine.loadAverageAtEnd = os.loadavg();
report.seconds = Math.round( ( Date.now() - started ) / 1000 );
const out = path.join( root, 'artifacts/bench/bench.json' );
fs.mkdirSync( path.dirname( out ), { recursive: true } );
fs.writeFileSync( out, JSON.stringify( report, null, '\t' ) + '\n' );
process.stdout.write(
	`\n${ report.over.length ? 'OVER BUDGET:\n  ' + report.over.join( '\n  ' ) : 'Every budget met.' }\n` +
		`${ path.relative( process.cwd(), out ) } written in ${ report.seconds } s.\n`
);
process.exit( report.over.length ? 1 : 0 );
