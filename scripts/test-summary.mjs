#!/usr/bin/env node
/**
 * Adds up the results of every test stage and prints the closing line
 * `N passed, N failed, N skipped`. Exits non-zero when anything failed or a stage left no
 * result (a runner that crashed must not look like a pass).
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[ 2 ] ?? 'artifacts/results';
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function readJson( name ) {
	const file = path.join( dir, name );
	return fs.existsSync( file )
		? JSON.parse( fs.readFileSync( file, 'utf8' ) )
		: null;
}

const checks = fs.existsSync( path.join( dir, 'checks.txt' ) )
	? fs
			.readFileSync( path.join( dir, 'checks.txt' ), 'utf8' )
			.trim()
			.split( '\n' )
	: [];
for ( const line of checks ) {
	const [ name, outcome ] = line.split( ' ' );
	if ( outcome === 'passed' ) {
		totals.passed++;
	} else {
		totals.failed++;
		problems.push( name );
	}
}

const jest = readJson( 'jest.json' );
if ( jest ) {
	totals.passed += jest.numPassedTests;
	totals.failed += jest.numFailedTests;
	totals.skipped += jest.numPendingTests + jest.numTodoTests;
	if ( jest.numFailedTestSuites > 0 || jest.numTotalTests === 0 ) {
		problems.push( 'jest' );
		totals.failed += jest.numRuntimeErrorTestSuites;
	}
} else {
	totals.failed++;
	problems.push( 'jest (no result)' );
}

const e2e = readJson( 'e2e.json' );
if ( e2e ) {
	totals.passed += e2e.stats.expected + e2e.stats.flaky;
	totals.failed += e2e.stats.unexpected;
	totals.skipped += e2e.stats.skipped;
	if ( e2e.stats.unexpected > 0 || e2e.errors?.length ) {
		problems.push( 'e2e' );
		totals.failed += e2e.errors?.length ?? 0;
	}
} else {
	totals.failed++;
	problems.push( 'e2e (no result)' );
}

if ( problems.length ) {
	process.stdout.write( `Failed stages: ${ problems.join( ', ' ) }\n` );
}
process.stdout.write(
	`${ totals.passed } passed, ${ totals.failed } failed, ${ totals.skipped } skipped\n`
);
process.exit( totals.failed > 0 || problems.length ? 1 : 0 );
