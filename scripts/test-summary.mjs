#!/usr/bin/env node
/**
 * Adds up the results of every test stage, prints each stage's counts and time, and closes
 * with the line `N passed, N failed, N skipped`.
 *
 * Usage: node scripts/test-summary.mjs [results-dir] [minimums.json]
 *
 * Exits non-zero when anything failed, and also when a run only looks green:
 * - a stage left no result (a runner that crashed must not look like a pass);
 * - a stage ran no test, or fewer than its known minimum (`scripts/test-minimums.json`);
 * - a test was skipped, or interrupted or never run (Playwright reports those as skipped).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname( fileURLToPath( import.meta.url ) );
const dir = process.argv[ 2 ] ?? 'artifacts/results';
const minimumsFile =
	process.argv[ 3 ] ?? path.join( here, 'test-minimums.json' );

/**
 * One stage's outcome.
 *
 * @typedef {Object} Stage
 * @property {string}      name         Stage name.
 * @property {number}      passed       Tests passed.
 * @property {number}      failed       Tests failed (errors included).
 * @property {number}      skipped      Tests skipped, interrupted or never run.
 * @property {number|null} seconds      Time the stage took, when known.
 * @property {string[]}    problems     Why the stage does not count as green.
 * @property {boolean}     [hasMinimum] Whether the stage's test count is held to a minimum.
 */

/**
 * A new stage record.
 *
 * @param {string} name Stage name.
 * @return {Stage} Stage.
 */
function stage( name ) {
	return {
		name,
		passed: 0,
		failed: 0,
		skipped: 0,
		seconds: null,
		problems: [],
		hasMinimum: true,
	};
}

/**
 * A results file's text, or null when it is missing.
 *
 * @param {string} name File name in the results folder.
 * @return {string|null} Text.
 */
function readText( name ) {
	const file = path.join( dir, name );
	return fs.existsSync( file ) ? fs.readFileSync( file, 'utf8' ) : null;
}

/**
 * A results file parsed as JSON; null when missing, a problem recorded when unreadable.
 *
 * @param {string} name  File name.
 * @param {Stage}  entry Stage the file belongs to.
 * @return {any} Parsed JSON or null.
 */
function readJson( name, entry ) {
	const text = readText( name );
	if ( text === null ) {
		return null;
	}
	try {
		return JSON.parse( text );
	} catch {
		entry.problems.push( `${ name } is not valid JSON` );
		return null;
	}
}

/**
 * Checks without test cases of their own (build, lint, …): one line `name passed|failed
 * [seconds]` each, counted as one test.
 *
 * @return {Stage} Stage.
 */
function checks() {
	const entry = stage( 'checks' );
	entry.hasMinimum = false;
	const text = readText( 'checks.txt' );
	for ( const line of ( text ?? '' )
		.trim()
		.split( '\n' )
		.filter( Boolean ) ) {
		const [ name, outcome, seconds ] = line.trim().split( /\s+/ );
		if ( outcome === 'passed' ) {
			entry.passed++;
		} else {
			entry.failed++;
			entry.problems.push( `${ name } failed` );
		}
		if (
			seconds !== undefined &&
			! Number.isNaN( parseFloat( seconds ) )
		) {
			entry.seconds = ( entry.seconds ?? 0 ) + parseFloat( seconds );
		}
	}
	return entry;
}

/**
 * Jest's `--json` report.
 *
 * @return {Stage} Stage.
 */
function jest() {
	const entry = stage( 'jest' );
	const report = readJson( 'jest.json', entry );
	if ( ! report ) {
		entry.failed++;
		entry.problems.push( 'no result (jest.json)' );
		return entry;
	}
	entry.passed = report.numPassedTests ?? 0;
	entry.failed =
		( report.numFailedTests ?? 0 ) +
		( report.numRuntimeErrorTestSuites ?? 0 );
	entry.skipped =
		( report.numPendingTests ?? 0 ) + ( report.numTodoTests ?? 0 );
	if ( report.numFailedTestSuites > 0 && entry.failed === 0 ) {
		// A suite can fail without a failing test (an error outside any test).
		entry.failed = report.numFailedTestSuites;
	}
	const ends = ( report.testResults ?? [] )
		.map( ( result ) => result.endTime ?? result.perfStats?.end )
		.filter( Number.isFinite );
	if ( report.startTime && ends.length ) {
		entry.seconds = ( Math.max( ...ends ) - report.startTime ) / 1000;
	}
	return entry;
}

/**
 * Every test of a Playwright JSON report, walking nested suites.
 *
 * @param {Object[]} suites Suites.
 * @return {Object[]} Tests (`JSONReportTest`).
 */
function playwrightTests( suites = [] ) {
	return suites.flatMap( ( suite ) => [
		...( suite.specs ?? [] ).flatMap( ( spec ) => spec.tests ?? [] ),
		...playwrightTests( suite.suites ),
	] );
}

/**
 * Playwright's JSON report. A test counts as run only when its last result passed or failed:
 * interrupted tests and tests that never started are reported with status `skipped`.
 *
 * @return {Stage} Stage.
 */
function e2e() {
	const entry = stage( 'e2e' );
	const report = readJson( 'e2e.json', entry );
	if ( ! report ) {
		entry.failed++;
		entry.problems.push( 'no result (e2e.json)' );
		return entry;
	}
	let interrupted = 0;
	for ( const test of playwrightTests( report.suites ) ) {
		const statuses = ( test.results ?? [] ).map(
			( result ) => result.status
		);
		if ( statuses.includes( 'interrupted' ) ) {
			interrupted++;
			entry.skipped++;
		} else if ( test.status === 'expected' || test.status === 'flaky' ) {
			entry.passed++;
		} else if ( test.status === 'unexpected' ) {
			entry.failed++;
		} else {
			entry.skipped++;
		}
	}
	const stats = report.stats ?? {};
	const counted = entry.passed + entry.failed + entry.skipped;
	const reported =
		( stats.expected ?? 0 ) +
		( stats.flaky ?? 0 ) +
		( stats.unexpected ?? 0 ) +
		( stats.skipped ?? 0 );
	if ( counted !== reported ) {
		entry.problems.push(
			`the report lists ${ counted } test(s) but its stats count ${ reported }`
		);
	}
	if ( interrupted ) {
		entry.problems.push( `${ interrupted } interrupted` );
	}
	const errors = report.errors?.length ?? 0;
	if ( errors ) {
		// Errors outside tests (global setup, a file that fails to load) stop tests from running.
		entry.failed += errors;
		entry.problems.push( `${ errors } error(s) outside tests` );
	}
	if ( Number.isFinite( stats.duration ) ) {
		entry.seconds = stats.duration / 1000;
	}
	return entry;
}

/**
 * The value of an XML attribute in a tag's text.
 *
 * @param {string} tag  Opening tag.
 * @param {string} name Attribute.
 * @return {number} Numeric value, 0 when absent.
 */
function attribute( tag, name ) {
	const match = tag.match( new RegExp( `\\s${ name }="([^"]*)"` ) );
	return match ? Number( match[ 1 ] ) : 0;
}

/**
 * PHPUnit's JUnit XML report (`--log-junit`): the totals on the outermost `<testsuite>`.
 * PHPUnit writes the file only when the run finishes, so a crash leaves no file.
 *
 * @return {Stage} Stage.
 */
function phpunit() {
	const entry = stage( 'phpunit' );
	const xml = readText( 'phpunit.xml' );
	const tag = xml?.match( /<testsuite\s[^>]*>/ )?.[ 0 ];
	if ( ! tag ) {
		entry.failed++;
		entry.problems.push(
			xml === null
				? 'no result (phpunit.xml)'
				: 'phpunit.xml has no test suite'
		);
		return entry;
	}
	// The network suite (scripts/test-php.sh) runs after it, on a Multisite network.
	const networkXml = readText( 'phpunit-network.xml' );
	const networkTag = networkXml?.match( /<testsuite\s[^>]*>/ )?.[ 0 ];
	for ( const suite of networkTag ? [ tag, networkTag ] : [ tag ] ) {
		const tests = attribute( suite, 'tests' );
		const failed =
			attribute( suite, 'failures' ) +
			attribute( suite, 'errors' ) +
			attribute( suite, 'warnings' );
		const skipped = attribute( suite, 'skipped' );
		entry.skipped += skipped;
		entry.failed += failed;
		entry.passed += Math.max( 0, tests - failed - skipped );
		entry.seconds = ( entry.seconds ?? 0 ) + attribute( suite, 'time' );
	}
	entry.seconds ||= null;
	return entry;
}

/**
 * The committed minimum test count of each stage.
 *
 * @return {Record<string, number>} Stage => minimum.
 */
function minimums() {
	if ( ! fs.existsSync( minimumsFile ) ) {
		return {};
	}
	return JSON.parse( fs.readFileSync( minimumsFile, 'utf8' ) );
}

const stages = [ checks(), jest(), phpunit(), e2e() ];
const minimum = minimums();

for ( const entry of stages ) {
	const ran = entry.passed + entry.failed;
	if ( entry.skipped > 0 ) {
		entry.problems.push( `${ entry.skipped } skipped or not run` );
	}
	if ( ! entry.hasMinimum ) {
		continue;
	}
	if (
		entry.problems.some( ( problem ) => problem.startsWith( 'no result' ) )
	) {
		continue;
	}
	if ( ran === 0 ) {
		entry.problems.push( 'no test ran' );
	} else if ( ran < ( minimum[ entry.name ] ?? 0 ) ) {
		entry.problems.push(
			`${ ran } test(s) ran, fewer than the known minimum of ${ minimum[ entry.name ] } (${ path.basename( minimumsFile ) })`
		);
	}
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for ( const entry of stages ) {
	totals.passed += entry.passed;
	totals.failed += entry.failed;
	totals.skipped += entry.skipped;
	const time =
		entry.seconds === null ? '' : `  ${ entry.seconds.toFixed( 1 ) } s`;
	const flag = entry.problems.length
		? `  ✗ ${ entry.problems.join( '; ' ) }`
		: '';
	process.stdout.write(
		`${ entry.name.padEnd( 8 ) } ${ entry.passed } passed, ${ entry.failed } failed, ${ entry.skipped } skipped${ time }${ flag }\n`
	);
}

const failedStages = stages.filter( ( entry ) => entry.problems.length );
if ( failedStages.length ) {
	process.stdout.write(
		`Failed stages: ${ failedStages.map( ( entry ) => entry.name ).join( ', ' ) }\n`
	);
}
process.stdout.write(
	`${ totals.passed } passed, ${ totals.failed } failed, ${ totals.skipped } skipped\n`
);
process.exit( totals.failed > 0 || failedStages.length ? 1 : 0 );
