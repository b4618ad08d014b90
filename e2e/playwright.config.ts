/**
 * External dependencies
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * The tests run against throw-away sites started by `scripts/test-e2e.sh`, never against the
 * user's portal on :8888. `TTDT_TEST_PORT` lets two checkouts test side by side.
 */
const testPort = Number( process.env.TTDT_TEST_PORT || 8889 );
const portalURL = `http://localhost:${ testPort }`;
const cleanURL = `http://localhost:${ testPort + 1 }`;
const fullTrace = process.env.TTDT_E2E_TRACE === 'full';
// Each port gets its own artifacts (sessions, traces) so parallel runs never share them.
const artifacts = path.resolve(
	__dirname,
	'..',
	'artifacts',
	`e2e-${ testPort }`
);

process.env.WP_BASE_URL = portalURL;
process.env.TTDT_E2E_ARTIFACTS = artifacts;
process.env.STORAGE_STATE_PATH = path.join(
	artifacts,
	'storage-states/admin.json'
);

export default defineConfig( {
	testDir: './specs',
	outputDir: path.join( artifacts, 'test-results' ),
	// Playground serves one request at a time on two cores: parallel workers only queue.
	workers: 1,
	fullyParallel: false,
	forbidOnly: true,
	retries: 0,
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: [
		[ 'list' ],
		[
			'json',
			{
				outputFile:
					process.env.TTDT_E2E_RESULTS ??
					path.join( artifacts, 'results.json' ),
			},
		],
	],
	globalSetup: require.resolve( './global-setup.ts' ),
	use: {
		baseURL: portalURL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		storageState: process.env.STORAGE_STATE_PATH,
		// A failed test keeps its actions, console and network log. Screencast frames and DOM
		// snapshots cost about a third of the suite's CPU on two cores (the 30 min budget):
		// TTDT_E2E_TRACE=full records them too, when a failure needs them.
		trace: {
			mode: 'retain-on-failure',
			screenshots: fullTrace,
			snapshots: fullTrace,
		},
		screenshot: 'only-on-failure',
		actionTimeout: 20_000,
		navigationTimeout: 45_000,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				// The sites are offline: a name outside them (an avatar, a font) fails at once
				// instead of waiting on a resolver, which held pages' load for seconds.
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
			],
		},
	},
	projects: [
		{
			name: 'portal',
			testIgnore: /plugin-zip\.spec\.ts/,
		},
		{
			name: 'clean-install',
			testMatch: /plugin-zip\.spec\.ts/,
			use: {
				baseURL: cleanURL,
				storageState: { cookies: [], origins: [] },
			},
		},
	],
} );
