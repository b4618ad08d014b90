/**
 * The documents library under load (issue 13): 5,000 directive documents seeded in bulk
 * (`seed-documents.php`), then the `ttdt/documents` block's page answered with filters and
 * accent-insensitive searches.
 *
 * Budget: each page's median server time ≤ 100 ms, judged as the time the server worked on the
 * request: PHP's CPU time plus the time its SQL queries took (`X-Ttdt-Bench-Sql`), as the
 * public-pages stage judges CPU time: on a shared machine the wall clock mostly measures
 * waiting for a core. The wall-clock time is printed and written beside it, and so is a plain
 * page of the same site measured in alternation (what WordPress and the theme cost there).
 */
import path from 'node:path';
import { median, readLog, root, run, timedGet } from './site.mjs';

export const DOCUMENTS = 5000;
export const DOCUMENTS_BUDGET_MS = 100;

const SQL = { 'X-Ttdt-Bench-Sql': '1' };

/**
 * Medians of logged requests.
 *
 * @param {Object[]} entries Log entries.
 */
function figures( entries ) {
	const walls = entries
		.map( ( entry ) => entry.ms )
		.sort( ( a, b ) => a - b );
	return {
		medianMs: median( walls ),
		p95Ms: walls[ Math.ceil( walls.length * 0.95 ) - 1 ],
		medianCpuMs: median( entries.map( ( entry ) => entry.cpu ) ),
		medianSqlMs: median( entries.map( ( entry ) => entry.sql ?? 0 ) ),
		medianWorkMs: median(
			entries.map( ( entry ) => entry.cpu + ( entry.sql ?? 0 ) )
		),
		queries: median( entries.map( ( entry ) => entry.q ) ),
	};
}

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
		`  seeded ${ seeded.documents } documents, ${
			seeded.searchRows
		} search rows in ${ ( ( Date.now() - started ) / 1000 ).toFixed(
			1
		) } s\n`
	);
	const rows = [];
	for ( const [ label, url ] of Object.entries( seeded.pages ) ) {
		let first;
		for ( let i = 0; i < 5; i++ ) {
			first = await timedGet( site, url, `warm-${ i }`, 'on', SQL );
			await timedGet(
				site,
				seeded.reference,
				`warm-ref-${ i }`,
				'on',
				SQL
			);
		}
		readLog( site );
		for ( let i = 0; i < requests; i++ ) {
			// Alternate which goes first, so a burst of load hits both alike.
			const order = i % 2 ? [ 'ref', 'doc' ] : [ 'doc', 'ref' ];
			for ( const which of order ) {
				await timedGet(
					site,
					which === 'doc' ? url : seeded.reference,
					`${ which }-${ i }`,
					'on',
					SQL
				);
			}
		}
		const log = [ ...readLog( site ).values() ];
		const pageLog = log.filter( ( entry ) =>
			entry.id.startsWith( 'doc-' )
		);
		const refLog = log.filter( ( entry ) => entry.id.startsWith( 'ref-' ) );
		if ( pageLog.length < requests || refLog.length < requests ) {
			throw new Error(
				`${ label }: ${ pageLog.length }/${ refLog.length } requests logged of ${ requests }`
			);
		}
		const results = (
			first.body.match( /class="ttdt-item-list__item"/g ) || []
		).length;
		const row = {
			page: label,
			url,
			status: first.status,
			results,
			requests,
			...figures( pageLog ),
			reference: figures( refLog ),
		};
		row.over = [
			row.status !== 200 && `HTTP ${ row.status }`,
			row.results === 0 && 'no result listed',
			row.medianWorkMs > DOCUMENTS_BUDGET_MS &&
				`${ row.medianWorkMs.toFixed( 1 ) } ms server time`,
		].filter( Boolean );
		rows.push( row );
		process.stdout.write(
			`  ${ label.padEnd( 38 ) } ${ row.results } listed: server ${ row.medianWorkMs.toFixed(
				1
			) } ms (CPU ${ row.medianCpuMs.toFixed(
				1
			) } + SQL ${ row.medianSqlMs.toFixed( 1 ) }, ${
				row.queries
			} queries), wall ${ row.medianMs.toFixed( 1 ) } ms median / ${ row.p95Ms.toFixed(
				1
			) } p95; plain page ${ row.reference.medianWorkMs.toFixed(
				1
			) } ms, wall ${ row.reference.medianMs.toFixed( 1 ) } ms${
				row.over.length ? `  OVER: ${ row.over.join( ', ' ) }` : ''
			}\n`
		);
	}
	return {
		documents: seeded.documents,
		searchRows: seeded.searchRows,
		reference: seeded.reference,
		rows,
	};
}
