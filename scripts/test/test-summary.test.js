/* @jest-environment node */
/**
 * test-summary.mjs end to end on results folders written here: a good run passes; a run
 * with no e2e test, a skipped or interrupted test, a missing PHPUnit report or too few tests
 * fails, and the closing line keeps its format.
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { spawnSync } = require( 'child_process' );

const SUMMARY = path.join( __dirname, '../test-summary.mjs' );
const LAST_LINE = /^\d+ passed, \d+ failed, \d+ skipped$/;

/**
 * A Playwright JSON report with tests of the given outcomes, shaped like Playwright 1.65's.
 *
 * @param {Array<{status: string, result?: string}>} tests  Outcome of each test: the test's
 *                                                          status and its last result's status.
 * @param {Object[]}                                 errors Errors outside tests.
 * @return {Object} Report.
 */
function e2eReport( tests, errors = [] ) {
	const count = ( status ) =>
		tests.filter( ( test ) => test.status === status ).length;
	return {
		config: {},
		suites: [
			{
				title: 'a.spec.ts',
				file: 'a.spec.ts',
				specs: [],
				suites: [
					{
						title: 'group',
						file: 'a.spec.ts',
						specs: tests.map( ( test, index ) => ( {
							title: `test ${ index }`,
							ok: test.status !== 'unexpected',
							tests: [
								{
									status: test.status,
									expectedStatus: 'passed',
									projectName: 'portal',
									results: test.result
										? [ { status: test.result, retry: 0 } ]
										: [],
								},
							],
						} ) ),
					},
				],
			},
		],
		errors,
		stats: {
			startTime: '2026-11-30T03:00:00.000Z',
			duration: 61_500,
			expected: count( 'expected' ),
			unexpected: count( 'unexpected' ),
			flaky: count( 'flaky' ),
			skipped: count( 'skipped' ),
		},
	};
}

/**
 * A jest `--json` report.
 *
 * @param {Object} counts Overrides of the counts.
 * @return {Object} Report.
 */
function jestReport( counts = {} ) {
	return {
		numPassedTests: 3,
		numFailedTests: 0,
		numPendingTests: 0,
		numTodoTests: 0,
		numTotalTests: 3,
		numFailedTestSuites: 0,
		numRuntimeErrorTestSuites: 0,
		startTime: 1_000,
		testResults: [ { startTime: 1_000, endTime: 4_500 } ],
		...counts,
	};
}

/**
 * PHPUnit's JUnit report, as `--log-junit` writes it.
 *
 * @param {Object} counts Attributes.
 * @return {string} XML.
 */
function phpunitReport( counts = {} ) {
	const attrs = {
		tests: 4,
		assertions: 40,
		errors: 0,
		warnings: 0,
		failures: 0,
		skipped: 0,
		time: '1.250000',
		...counts,
	};
	const list = Object.entries( attrs )
		.map( ( [ key, value ] ) => `${ key }="${ value }"` )
		.join( ' ' );
	return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="" ${ list }>
    <testsuite name="ttdt-portal" ${ list }>
      <testcase name="test_a" class="A" assertions="10" time="0.1"/>
    </testsuite>
  </testsuite>
</testsuites>
`;
}

const GOOD_E2E = [
	{ status: 'expected', result: 'passed' },
	{ status: 'expected', result: 'passed' },
];

/**
 * Writes a results folder and runs the summary on it.
 *
 * @param {Object} files    File name => contents (objects become JSON; null leaves it out).
 * @param {Object} minimums Minimum test count per stage.
 * @return {{status: number, stdout: string, last: string}} Outcome.
 */
function summarize( files, minimums = { jest: 3, phpunit: 4, e2e: 2 } ) {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'ttdt-summary-' ) );
	const all = {
		'checks.txt': 'build passed 12.5\nlint passed\n',
		'jest.json': jestReport(),
		'phpunit.xml': phpunitReport(),
		'e2e.json': e2eReport( GOOD_E2E ),
		...files,
	};
	for ( const [ name, contents ] of Object.entries( all ) ) {
		if ( contents !== null ) {
			fs.writeFileSync(
				path.join( dir, name ),
				typeof contents === 'string'
					? contents
					: JSON.stringify( contents )
			);
		}
	}
	const minimumsFile = path.join( dir, 'minimums.json' );
	fs.writeFileSync( minimumsFile, JSON.stringify( minimums ) );
	const run = spawnSync( process.execPath, [ SUMMARY, dir, minimumsFile ], {
		encoding: 'utf8',
	} );
	fs.rmSync( dir, { recursive: true, force: true } );
	const lines = run.stdout.trim().split( '\n' );
	return { status: run.status, stdout: run.stdout, last: lines.at( -1 ) };
}

describe( 'test summary', () => {
	test( 'passes a good run and counts every stage', () => {
		const run = summarize( {} );

		expect( run.status ).toBe( 0 );
		// 2 checks + 3 jest + 4 PHPUnit + 2 e2e.
		expect( run.last ).toBe( '11 passed, 0 failed, 0 skipped' );
		expect( run.stdout ).toMatch(
			/^phpunit\s+4 passed, 0 failed, 0 skipped\s+1\.3 s$/m
		);
		expect( run.stdout ).toMatch(
			/^e2e\s+2 passed, 0 failed, 0 skipped\s+61\.5 s$/m
		);
		expect( run.stdout ).toMatch(
			/^jest\s+3 passed, 0 failed, 0 skipped\s+3\.5 s$/m
		);
		expect( run.stdout ).not.toMatch( /Failed stages/ );
	} );

	test( 'fails a run in which no e2e test ran', () => {
		const run = summarize( { 'e2e.json': e2eReport( [] ) } );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch( /^e2e .*no test ran/m );
		expect( run.stdout ).toMatch( /Failed stages: e2e/ );
		expect( run.last ).toMatch( LAST_LINE );
	} );

	test( 'fails a run in which global setup failed and no test started', () => {
		const run = summarize( {
			'e2e.json': e2eReport(
				[ { status: 'skipped' }, { status: 'skipped' } ],
				[ { message: 'globalSetup: site did not start' } ]
			),
		} );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch( /^e2e .*error\(s\) outside tests/m );
		expect( run.last ).toBe( '9 passed, 1 failed, 2 skipped' );
	} );

	test( 'fails a run with a skipped e2e test', () => {
		const run = summarize( {
			'e2e.json': e2eReport( [
				...GOOD_E2E,
				{ status: 'skipped', result: 'skipped' },
			] ),
		} );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch( /^e2e .*1 skipped or not run/m );
		expect( run.last ).toBe( '11 passed, 0 failed, 1 skipped' );
	} );

	test( 'fails a run with an interrupted e2e test', () => {
		const run = summarize( {
			'e2e.json': e2eReport( [
				...GOOD_E2E,
				{ status: 'skipped', result: 'interrupted' },
			] ),
		} );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch( /^e2e .*1 interrupted/m );
		expect( run.last ).toBe( '11 passed, 0 failed, 1 skipped' );
	} );

	test( 'fails a run with a skipped jest or PHPUnit test', () => {
		const jest = summarize( {
			'jest.json': jestReport( { numPendingTests: 1, numTotalTests: 4 } ),
		} );
		expect( jest.status ).toBe( 1 );
		expect( jest.stdout ).toMatch( /Failed stages: jest/ );

		const phpunit = summarize( {
			'phpunit.xml': phpunitReport( { tests: 5, skipped: 1 } ),
		} );
		expect( phpunit.status ).toBe( 1 );
		expect( phpunit.stdout ).toMatch(
			/^phpunit\s+4 passed, 0 failed, 1 skipped/m
		);
		expect( phpunit.last ).toBe( '11 passed, 0 failed, 1 skipped' );
	} );

	test( 'fails a run without a PHPUnit report', () => {
		const run = summarize( { 'phpunit.xml': null } );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch(
			/^phpunit .*no result \(phpunit\.xml\)/m
		);
		expect( run.last ).toBe( '7 passed, 1 failed, 0 skipped' );
	} );

	test( 'counts PHPUnit failures and errors as failed', () => {
		const run = summarize( {
			'phpunit.xml': phpunitReport( {
				tests: 6,
				failures: 1,
				errors: 1,
			} ),
		} );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch(
			/^phpunit\s+4 passed, 2 failed, 0 skipped/m
		);
	} );

	test( 'fails a stage that ran fewer tests than its known minimum', () => {
		const run = summarize( {}, { jest: 3, phpunit: 5, e2e: 2 } );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch(
			/^phpunit .*4 test\(s\) ran, fewer than the known minimum of 5/m
		);
		expect( run.last ).toBe( '11 passed, 0 failed, 0 skipped' );
	} );

	test( 'fails a failed check', () => {
		const run = summarize( {
			'checks.txt': 'build passed\nlint failed\n',
		} );

		expect( run.status ).toBe( 1 );
		expect( run.stdout ).toMatch( /^checks .*lint failed/m );
		expect( run.last ).toBe( '10 passed, 1 failed, 0 skipped' );
	} );
} );
