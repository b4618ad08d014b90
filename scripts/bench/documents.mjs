/**
 * The documents library under load (issue 13): 5,000 directive documents seeded in bulk
 * (`seed-documents.php`), then the `ttdt/documents` block's page answered with filters and
 * accent-insensitive searches. Budget: the median server time of each page ≤ 100 ms (the
 * site's wall clock from WordPress's start to `shutdown`, logged by the bench must-use plugin;
 * the CPU time is printed beside it).
 */
import path from 'node:path';
import { median, readLog, root, run, timedGet } from './site.mjs';

export const DOCUMENTS = 5000;
export const DOCUMENTS_BUDGET_MS = 100;

/**
 * Seeds the documents and measures each search page.
 *
 * @param {Object} site     The bench site.
 * @param {number} requests Requests per page.
 */
export async function benchDocuments( site, requests ) {
	const started = Date.now();
	const seeded = JSON.parse(
		run( 'php', [
			path.join( root, 'scripts/bench/seed-documents.php' ),
			site.core,
			site.url,
			String( DOCUMENTS ),
		] )
	);
	process.stdout.write(
		`  seeded ${ seeded.documents } documents, ${ seeded.searchRows } search rows in ${ (
			( Date.now() - started ) /
			1000
		).toFixed( 1 ) } s\n`
	);
	const rows = [];
	for ( const [ label, url ] of Object.entries( seeded.pages ) ) {
		let first;
		for ( let i = 0; i < 5; i++ ) {
			first = await timedGet( site, url, `warm-${ i }`, 'on' );
		}
		readLog( site );
		for ( let i = 0; i < requests; i++ ) {
			await timedGet( site, url, `doc-${ i }`, 'on' );
		}
		const log = [ ...readLog( site ).values() ];
		if ( log.length < requests ) {
			throw new Error(
				`${ label }: ${ log.length } requests logged of ${ requests }`
			);
		}
		const sorted = log.map( ( entry ) => entry.ms ).sort( ( a, b ) => a - b );
		const results = ( first.body.match(
			/class="ttdt-item-list__item"/g
		) || [] ).length;
		const row = {
			page: label,
			url,
			status: first.status,
			results,
			requests,
			medianMs: median( sorted ),
			p95Ms: sorted[ Math.floor( sorted.length * 0.95 ) - 1 ],
			medianCpuMs: median( log.map( ( entry ) => entry.cpu ) ),
			queries: median( log.map( ( entry ) => entry.q ) ),
		};
		row.over = [
			row.status !== 200 && `HTTP ${ row.status }`,
			row.results === 0 && 'no result listed',
			row.medianMs > DOCUMENTS_BUDGET_MS &&
				`${ row.medianMs.toFixed( 1 ) } ms server time`,
		].filter( Boolean );
		rows.push( row );
		process.stdout.write(
			`  ${ label.padEnd( 38 ) } ${ row.results } listed, server ${ row.medianMs.toFixed(
				1
			) } ms median / ${ row.p95Ms.toFixed(
				1
			) } ms p95, CPU ${ row.medianCpuMs.toFixed( 1 ) } ms, ${
				row.queries
			} queries${ row.over.length ? `  OVER: ${ row.over.join( ', ' ) }` : '' }\n`
		);
	}
	return { documents: seeded.documents, searchRows: seeded.searchRows, rows };
}
