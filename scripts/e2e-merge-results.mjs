#!/usr/bin/env node
/**
 * Merges the Playwright JSON reports of the e2e stages into one report of the same shape, so
 * `scripts/test-summary.mjs` counts every stage:
 *
 *   node scripts/e2e-merge-results.mjs <out.json> <stage>=<report.json> …
 *
 * A stage whose report is missing (its site did not start, Playwright crashed) becomes an
 * error in the merged report: a stage that left no result must not look like a pass.
 */
import fs from 'node:fs';

const [ out, ...inputs ] = process.argv.slice( 2 );
const merged = {
	config: null,
	suites: [],
	errors: [],
	stats: {
		startTime: null,
		duration: 0,
		expected: 0,
		unexpected: 0,
		flaky: 0,
		skipped: 0,
	},
	stages: {},
};

for ( const input of inputs ) {
	const [ stage, file ] = input.split( '=' );
	if ( ! fs.existsSync( file ) ) {
		merged.errors.push( {
			message: `e2e ${ stage }: no result (${ file })`,
		} );
		merged.stages[ stage ] = null;
		continue;
	}
	const report = JSON.parse( fs.readFileSync( file, 'utf8' ) );
	merged.config ??= report.config;
	merged.suites.push( ...( report.suites ?? [] ) );
	merged.errors.push(
		...( report.errors ?? [] ).map( ( error ) => ( {
			...error,
			message: `e2e ${ stage }: ${ error.message ?? '' }`,
		} ) )
	);
	merged.stats.startTime ??= report.stats.startTime;
	for ( const key of [
		'duration',
		'expected',
		'unexpected',
		'flaky',
		'skipped',
	] ) {
		merged.stats[ key ] += report.stats[ key ] ?? 0;
	}
	merged.stages[ stage ] = report.stats;
}

fs.writeFileSync( out, JSON.stringify( merged ) );
