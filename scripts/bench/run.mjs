#!/usr/bin/env node
/**
 * `npm run bench`: the plugin's performance budgets (issue 10), measured on the native stack.
 *
 *   node scripts/bench/run.mjs [--port N] [--requests N]
 *                              [--only public,editor,typing,admin,legacy,feedback,documents,archive,network,instructions]
 *
 * Starts its own native site (PHP-FPM 8.2 + MariaDB + nginx, port 8870 or `--port` /
 * `TTDT_BENCH_PORT`), seeds it, measures, prints a table, writes `artifacts/bench/bench.json`
 * and exits 1 when any budget is exceeded. Not part of `npm test`: it measures, the tests
 * check behaviour. `network` starts a Multisite network of its own on port + 3. `instructions`
 * (not in the default list: it takes minutes under Valgrind) counts the public pages'
 * instructions, plugin on and off, which judges no budget but shows where a change went.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	AUDIT_BUDGET_MS,
	EDITOR_BUDGET_KB,
	EXPORT_PEAK_BUDGET_MB,
	ROYALTY_BUDGET_MS,
	benchAdminData,
	editorSizes,
	screenSizes,
} from './admin.mjs';
import { FEEDBACK_BUDGET, benchFeedback } from './feedback.mjs';
import {
	DOCUMENTS,
	DOCUMENTS_BUDGET_MS,
	benchDocuments,
} from './documents.mjs';
import { NETWORK_BUDGET_MS, NETWORK_SITES, benchNetwork } from './network.mjs';
import { benchInstructions } from './instructions.mjs';
import { benchPublicPages } from './public-pages.mjs';
import {
	ARCHIVE_ITEMS,
	ARCHIVE_PEAK_BUDGET_MB,
	benchArchive,
} from './archive.mjs';
import { root, startSite, stopSite } from './site.mjs';
import { TYPING_BUDGET_RATIO, benchTyping } from './typing.mjs';

const args = process.argv.slice( 2 );
const option = ( name, fallback ) => {
	const index = args.indexOf( `--${ name }` );
	return index >= 0 ? args[ index + 1 ] : fallback;
};
const port = Number( option( 'port', process.env.TTDT_BENCH_PORT || 8870 ) );
const requests = Math.max( 100, Number( option( 'requests', 100 ) ) );
const only = option(
	'only',
	'public,editor,typing,admin,legacy,feedback,documents,network'
).split( ',' );

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
	if (
		only.some( ( name ) =>
			[
				'public',
				'instructions',
				'editor',
				'typing',
				'admin',
				'feedback',
				'documents',
				'archive',
			].includes( name )
		)
	) {
		stage( `site on port ${ port }` );
		site = startSite( port );
		if (
			only.some( ( name ) =>
				[ 'public', 'admin', 'instructions' ].includes( name )
			)
		) {
			report.pages = site.seed( 'public' );
		}
	}
	if ( only.includes( 'public' ) ) {
		stage(
			`public pages, plugin on ÷ off, ${ requests } requests per arm`
		);
		const rows = await benchPublicPages( site, report.pages, requests );
		report.stages.public = rows;
		for ( const row of rows ) {
			for ( const over of row.over ) {
				report.over.push( `public ${ row.page }: ${ over }` );
			}
		}
	}
	if ( only.includes( 'instructions' ) ) {
		stage(
			'public pages in instructions (callgrind), plugin on ÷ off: explains, judges nothing'
		);
		report.stages.instructions = await benchInstructions(
			site,
			report.pages
		);
	}
	if ( only.includes( 'editor' ) ) {
		stage( 'editor scripts (gzip)' );
		const editor = editorSizes( site.seed( 'editor' ) );
		report.stages.editor = editor;
		process.stdout.write(
			`  ${ Object.entries( editor.files )
				.map( ( [ file, bytes ] ) => `${ file } ${ bytes } B` )
				.join( ', ' ) }\n  largest editor (${
				editor.largestEditor
			}) ${ ( editor.totalGzipBytes / 1024 ).toFixed( 1 ) } KB (budget ${ EDITOR_BUDGET_KB } KB); lazy chunks apart: ${ Object.entries(
				editor.lazyChunks
			)
				.map(
					( [ file, bytes ] ) =>
						`${ file } ${ ( bytes / 1024 ).toFixed( 1 ) } KB`
				)
				.join( ', ' ) }\n`
		);
		if ( editor.totalGzipBytes > EDITOR_BUDGET_KB * 1024 ) {
			report.over.push(
				`editor scripts ${ ( editor.totalGzipBytes / 1024 ).toFixed(
					1
				) } KB gzip`
			);
		}
	}
	if ( only.includes( 'typing' ) ) {
		stage(
			'typing in the block editor, plugin on ÷ off (keydown + keypress + keyup)'
		);
		const typing = await benchTyping( site );
		report.stages.typing = typing;
		process.stdout.write(
			`  ${ typing.samplesPerArm } keystrokes per arm: median ${ typing.medianOnMs.toFixed(
				2
			) } ms on, ${ typing.medianOffMs.toFixed( 2 ) } ms off (p95 ${ typing.p95OnMs.toFixed(
				2
			) } / ${ typing.p95OffMs.toFixed( 2 ) }); ratio ${ typing.ratio.toFixed(
				2
			) } (budget ${ TYPING_BUDGET_RATIO })\n`
		);
		report.over.push( ...typing.over );
	}
	if ( only.includes( 'admin' ) ) {
		stage( 'admin screens: bundles (gzip) and data on a large site' );
		const screens = screenSizes();
		process.stdout.write(
			`  ${ Object.entries( screens )
				.map(
					( [ name, size ] ) =>
						`${ name } ${ ( size.jsGzipBytes / 1024 ).toFixed(
							1
						) } KB JS + ${ ( size.cssGzipBytes / 1024 ).toFixed(
							1
						) } KB CSS`
				)
				.join( ', ' ) }\n`
		);
		const data = await benchAdminData( site );
		report.stages.admin = { screens, ...data };
		for ( const [ name, row ] of Object.entries( {
			'audit first page': data.audit.firstPage,
			'audit filtered page': data.audit.filteredPage,
		} ) ) {
			if ( row.medianMs > AUDIT_BUDGET_MS ) {
				report.over.push(
					`${ name } ${ row.medianMs.toFixed( 0 ) } ms server time (1,000,000 rows)`
				);
			}
		}
		for ( const [ name, row ] of Object.entries( data.royalty ) ) {
			if ( row.medianMs > ROYALTY_BUDGET_MS ) {
				report.over.push(
					`royalty yearly ${ name } ${ row.medianMs.toFixed( 0 ) } ms server time (200,000 lines)`
				);
			}
		}
		if ( data.audit.export.error ) {
			report.over.push(
				`audit CSV export failed: ${ data.audit.export.error }`
			);
		} else if (
			data.audit.export.peakBytes >
			EXPORT_PEAK_BUDGET_MB * 1048576
		) {
			report.over.push(
				`audit CSV export peak ${ (
					data.audit.export.peakBytes / 1048576
				).toFixed( 1 ) } MB`
			);
		}
	}
	if ( only.includes( 'legacy' ) ) {
		stage( 'legacy Vietnamese text (issue 8)' );
		// Its own script, as before: exits 1 over budget, so read its JSON either way.
		const legacy = spawnSync(
			'php',
			[
				'-d',
				'memory_limit=128M',
				path.join( root, 'scripts/bench/legacy-text.php' ),
				'--json',
			],
			{ encoding: 'utf8' }
		);
		const result = JSON.parse( legacy.stdout );
		report.stages.legacy = result;
		for ( const row of result.cases ) {
			process.stdout.write(
				`  ${ row.case.padEnd( 28 ) } detect ${ row.detect_cpu_ms } ms, convert ${ row.convert_cpu_ms } ms CPU, peak ${ row.peak_mb } MB${
					row.met ? '' : '  OVER'
				}\n`
			);
			if ( ! row.met ) {
				report.over.push( `legacy text ${ row.case }` );
			}
		}
	}
	if ( only.includes( 'feedback' ) ) {
		stage(
			`citizen feedback: 2,000 submissions at concurrency 50 (budget: PHP CPU p95 ≤ ${ FEEDBACK_BUDGET.cpuP95Ms } ms per accepted one)`
		);
		const feedback = await benchFeedback( site );
		report.stages.feedback = feedback;
		for ( const over of feedback.over ) {
			report.over.push( `feedback: ${ over }` );
		}
	}
	if ( only.includes( 'documents' ) ) {
		stage(
			`documents library: ${ DOCUMENTS } documents, filtered accent-insensitive searches, ${ requests } requests per page`
		);
		const documents = await benchDocuments( site, requests );
		report.stages.documents = documents;
		for ( const row of documents.rows ) {
			for ( const over of row.over ) {
				report.over.push(
					`documents ${ row.page }: ${ over } (budget ${ DOCUMENTS_BUDGET_MS } ms)`
				);
			}
		}
	}
	if ( only.includes( 'archive' ) ) {
		stage(
			`archive: ${ ARCHIVE_ITEMS } items exported, restored into an empty site (peak ≤ ${ ARCHIVE_PEAK_BUDGET_MB } MB each)`
		);
		const archive = benchArchive( site, port );
		report.stages.archive = archive;
		for ( const over of archive.over ) {
			report.over.push( `archive: ${ over }` );
		}
	}
	if ( only.includes( 'network' ) ) {
		stage(
			`network overview: ${ NETWORK_SITES } communes on a Multisite network (budget ${ NETWORK_BUDGET_MS } ms server time)`
		);
		const network = await benchNetwork( port + 3 );
		report.stages.network = network;
		process.stdout.write(
			`  ${ network.sites } sites seeded in ${ network.seedSeconds.toFixed(
				0
			) } s; overview median ${ network.serverMedianMs.toFixed(
				0
			) } ms server time (max ${ network.serverMaxMs.toFixed(
				0
			) } ms), ${ network.responseMedianMs.toFixed(
				0
			) } ms response, ${ network.requests } requests\n`
		);
		report.over.push( ...network.over );
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
