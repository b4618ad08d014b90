/**
 * The archive at scale (issue 14): 50,000 items seeded in bulk (`archive.php seed`), exported
 * into a package by the background job's chunks, and that package restored into a second,
 * empty site (the bench port + 2). Time and PHP's peak memory of each are printed.
 *
 * Budget: the export's and the restore's peak memory each ≤ ARCHIVE_PEAK_BUDGET_MB, whatever
 * the number of items (streamed); both must complete. Time is printed, not judged: it is disk
 * and CPU bound on a shared machine.
 */
import path from 'node:path';
import { root, run, startSite, stopSite } from './site.mjs';

export const ARCHIVE_ITEMS = Number(
	process.env.TTDT_BENCH_ARCHIVE_ITEMS || 50000
);
export const ARCHIVE_PEAK_BUDGET_MB = 256;

const script = path.join( root, 'scripts/bench/archive.php' );

/**
 * Seeds, exports and restores.
 *
 * @param {{core: string, url: string}} site The bench site.
 * @param {number}                      port Its port (the restore site is port + 2).
 */
export function benchArchive( site, port ) {
	const seeded = JSON.parse(
		run( 'php', [
			script,
			site.core,
			site.url,
			'seed',
			String( ARCHIVE_ITEMS ),
		] )
	);
	process.stdout.write(
		`  seeded ${ seeded.items } items in ${ seeded.seconds } s\n`
	);
	const exported = JSON.parse(
		run( 'php', [ script, site.core, site.url, 'export' ] )
	);
	process.stdout.write(
		`  export:  ${ exported.status }, ${ exported.counts.items } items, ${ exported.size_mb } MB zip, ${ exported.seconds } s in ${ exported.chunks } chunks, peak ${ exported.peak_mb } MB\n`
	);
	const restorePort = port + 2;
	let restored;
	try {
		const target = startSite( restorePort );
		restored = JSON.parse(
			run( 'php', [
				script,
				target.core,
				target.url,
				'restore',
				exported.file,
			] )
		);
	} finally {
		stopSite( restorePort );
	}
	process.stdout.write(
		`  restore: ${ restored.status }, ${ restored.counts.items } items, ${ restored.seconds } s in ${ restored.chunks } chunks, peak ${ restored.peak_mb } MB\n`
	);
	const over = [];
	for ( const [ name, result ] of [
		[ 'export', exported ],
		[ 'restore', restored ],
	] ) {
		if ( result.status !== 'done' ) {
			over.push( `${ name } did not complete: ${ result.error }` );
		}
		if ( result.peak_mb > ARCHIVE_PEAK_BUDGET_MB ) {
			over.push(
				`${ name } peak ${ result.peak_mb } MB > ${ ARCHIVE_PEAK_BUDGET_MB } MB`
			);
		}
	}
	if ( restored.counts.items < seeded.items ) {
		over.push(
			`restore wrote ${ restored.counts.items } of ${ seeded.items } items`
		);
	}
	return {
		items: seeded.items,
		seed: seeded,
		export: exported,
		restore: restored,
		over,
	};
}
