/**
 * Editor and admin screens: bundle sizes (gzip) from the build, and the server side of the
 * screens' data on a large site: 10,000 items in review, 1,000,000 audit entries, 200,000
 * royalty lines in a year on MariaDB.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { median, readLog, root, run, timedGet } from './site.mjs';

export const EDITOR_BUDGET_KB = 30;
export const AUDIT_BUDGET_MS = 200;
export const EXPORT_PEAK_BUDGET_MB = 64;
export const ROYALTY_BUDGET_MS = 300;

const build = path.join( root, 'plugin/build' );

function gzipBytes( file ) {
	return zlib.gzipSync( fs.readFileSync( file ), { level: 9 } ).length;
}

function filesIn( dir, extension ) {
	return fs.existsSync( dir )
		? fs
				.readdirSync( dir )
				.filter( ( name ) => name.endsWith( extension ) )
				.map( ( name ) => path.join( dir, name ) )
		: [];
}

/**
 * The editor's scripts and the lazy chunks apart. The budget is judged on the largest set one
 * editor loads: the plugin's extensions for that post type (`EditorExtensions::entries_for()`,
 * asked of the site), the blocks' editor code among them (one script, `editor/blocks.js`; the
 * blocks' own `index.js` only build their stylesheets and are not loaded).
 *
 * @param {Record<string, string[]>} entriesByType Post type => extension entry names.
 */
export function editorSizes( entriesByType ) {
	const eager = filesIn( path.join( build, 'admin-ui/editor' ), '.js' );
	const files = Object.fromEntries(
		eager.map( ( file ) => [
			path.relative( build, file ),
			gzipBytes( file ),
		] )
	);
	const perType = Object.fromEntries(
		Object.entries( entriesByType ).map( ( [ type, entries ] ) => [
			type || '(site editor)',
			entries.reduce(
				( sum, name ) =>
					sum + ( files[ `admin-ui/editor/${ name }.js` ] ?? 0 ),
				0
			),
		] )
	);
	const [ largestType, largest ] = Object.entries( perType ).sort(
		( a, b ) => b[ 1 ] - a[ 1 ]
	)[ 0 ];
	const lazy = Object.fromEntries(
		filesIn( path.join( build, 'admin-ui/chunks' ), '.js' ).map(
			( file ) => [ path.relative( build, file ), gzipBytes( file ) ]
		)
	);
	return {
		totalGzipBytes: largest,
		largestEditor: largestType,
		perPostType: perType,
		files,
		lazyChunks: lazy,
	};
}

/**
 * Per admin screen: its script and style, gzip.
 */
export function screenSizes() {
	const dir = path.join( build, 'admin-ui/screens' );
	return Object.fromEntries(
		filesIn( dir, '.js' ).map( ( file ) => {
			const name = path.basename( file, '.js' );
			const css = [
				path.join( dir, `${ name }.css` ),
				path.join( dir, `style-${ name }.css` ),
			].filter( ( candidate ) => fs.existsSync( candidate ) );
			return [
				name,
				{
					jsGzipBytes: gzipBytes( file ),
					cssGzipBytes: css.reduce(
						( sum, candidate ) => sum + gzipBytes( candidate ),
						0
					),
				},
			];
		} )
	);
}

/**
 * Times one authenticated REST request `times` times (plugin on), from the bench log.
 *
 * @param {Object} site  The site.
 * @param {string} url   Path and query.
 * @param {number} times Requests.
 * @param {string} auth  Basic credentials.
 */
async function timeRest( site, url, times, auth ) {
	let last;
	readLog( site );
	for ( let i = 0; i < times; i++ ) {
		last = await timedGet( site, url, `rest-${ i }`, 'on', {
			Authorization: auth,
		} );
		if ( last.status !== 200 ) {
			throw new Error(
				`${ url }: HTTP ${ last.status } ${ last.body.slice( 0, 300 ) }`
			);
		}
	}
	const entries = [ ...readLog( site ).values() ];
	return {
		url,
		requests: times,
		medianMs: median( entries.map( ( entry ) => entry.ms ) ),
		medianCpuMs: median( entries.map( ( entry ) => entry.cpu ) ),
		queries: median( entries.map( ( entry ) => entry.q ) ),
		peakBytes: Math.max( ...entries.map( ( entry ) => entry.peak ) ),
		responseBytes: Buffer.byteLength( last.body ),
		body: last.body,
	};
}

/**
 * 10,000 items in review and 1,000,000 audit entries, then the screens' first data.
 *
 * @param {Object} site The bench site.
 */
export async function benchAdminData( site ) {
	const auth =
		'Basic ' +
		Buffer.from( `admin:${ site.seed( 'auth' ).password }` ).toString(
			'base64'
		);
	const result = {};

	site.seed( 'items', '10000' );
	const queue = await timeRest( site, '/wp-json/ttdt/v1/workflow', 5, auth );
	result.reviewQueue10k = {
		...queue,
		items: JSON.parse( queue.body ).length,
		body: undefined,
	};
	process.stdout.write(
		`  review queue, 10,000 items in review: ${ queue.medianMs.toFixed(
			0
		) } ms (CPU ${ queue.medianCpuMs.toFixed( 0 ) } ms), ${
			result.reviewQueue10k.items
		} items, ${ ( queue.responseBytes / 1024 ).toFixed( 0 ) } KB, peak ${ (
			queue.peakBytes / 1048576
		).toFixed( 1 ) } MB\n`
	);

	// Before the audit log's million rows, which these routes never read.
	result.royalty = await benchRoyalty( site, auth );

	const started = Date.now();
	// Bulk insert in SQL (MariaDB's sequence engine): a million rows in seconds.
	site.sql(
		`INSERT INTO wp_ttdt_audit_log (occurred_at, user_id, user_login, ip, action, object_type, object_id, summary)
		 SELECT NOW() - INTERVAL seq MINUTE, 1 + seq % 5, 'admin', '127.0.0.1',
		   ELT(1 + seq % 4, 'post.publish', 'post.update', 'user.login', 'term.create'),
		   ELT(1 + seq % 4, 'post', 'post', 'user', 'term'), seq % 5000,
		   CONCAT('Bản ghi thử số ', seq)
		 FROM seq_1_to_1000000`
	);
	const rows = Number( site.sql( 'SELECT COUNT(*) FROM wp_ttdt_audit_log' ) );
	process.stdout.write(
		`  audit log: ${ rows } rows inserted in ${ (
			( Date.now() - started ) /
			1000
		).toFixed( 0 ) } s\n`
	);
	const audit = {
		rows,
		firstPage: await timeRest( site, '/wp-json/ttdt/v1/audit', 20, auth ),
		filteredPage: await timeRest(
			site,
			'/wp-json/ttdt/v1/audit?action=user.login&user=3',
			20,
			auth
		),
	};
	// The last 7 days (about 10,000 entries): the whole million would take the bench's
	// 10 minutes. Peak memory must not grow with the rows: the CSV is streamed in batches.
	const since = new Date( Date.now() - 7 * 86400_000 )
		.toISOString()
		.slice( 0, 10 );
	try {
		const exported = await timeRest(
			site,
			`/wp-json/ttdt/v1/audit/export?date_from=${ since }`,
			1,
			auth
		);
		audit.export = {
			...exported,
			lines: exported.body.split( '\n' ).filter( Boolean ).length,
			body: undefined,
		};
	} catch ( error ) {
		audit.export = { error: String( error?.cause ?? error ) };
	}
	delete audit.firstPage.body;
	delete audit.filteredPage.body;
	result.audit = audit;
	for ( const [ name, row ] of Object.entries( {
		'first page': audit.firstPage,
		'filtered page': audit.filteredPage,
	} ) ) {
		process.stdout.write(
			`  audit ${ name }: ${ row.medianMs.toFixed(
				1
			) } ms (CPU ${ row.medianCpuMs.toFixed( 1 ) } ms), ${
				row.queries
			} queries\n`
		);
	}
	if ( audit.export.error ) {
		process.stdout.write(
			`  audit CSV export (last 7 days) FAILED: ${ audit.export.error }\n`
		);
		return result;
	}
	process.stdout.write(
		`  audit CSV export (last 7 days): ${ audit.export.lines } lines, ${ (
			audit.export.responseBytes / 1048576
		).toFixed( 1 ) } MB in ${ ( audit.export.medianMs / 1000 ).toFixed(
			1
		) } s, peak memory ${ ( audit.export.peakBytes / 1048576 ).toFixed(
			1
		) } MB\n`
	);
	return result;
}

/**
 * 200,000 royalty lines in one fiscal year (seeded in SQL by `royalty.php --seed-only`, their
 * running totals counted once), then the yearly dashboard and the yearly statement over HTTP.
 *
 * @param {Object} site The bench site.
 * @param {string} auth Basic credentials.
 */
async function benchRoyalty( site, auth ) {
	const seeded = run(
		'php',
		[ path.join( root, 'scripts/bench/royalty.php' ), '--seed-only' ],
		{ env: { ...process.env, TTDT_WP_PATH: site.core } }
	);
	process.stdout.write( `  royalty: ${ seeded.trim() }\n` );
	const royalty = {
		dashboard: await timeRest(
			site,
			'/wp-json/ttdt/v1/royalty/summary?year=2099',
			20,
			auth
		),
		statement: await timeRest(
			site,
			'/wp-json/ttdt/v1/royalty/statement?period=2099',
			20,
			auth
		),
	};
	for ( const [ name, row ] of Object.entries( royalty ) ) {
		delete row.body;
		process.stdout.write(
			`  royalty yearly ${ name } (200,000 lines): ${ row.medianMs.toFixed(
				1
			) } ms (CPU ${ row.medianCpuMs.toFixed( 1 ) } ms), ${
				row.queries
			} queries, budget ${ ROYALTY_BUDGET_MS } ms\n`
		);
	}
	return royalty;
}
