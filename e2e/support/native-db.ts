/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The native test site of this run (`scripts/native-site.mjs start test --port N`): its
 * MariaDB database, server pid and debug log, for the robustness specs that check what was
 * stored, kill the database or read PHP's warnings. Native stack only.
 */
const root = path.resolve( __dirname, '..', '..' );
const port = Number( process.env.TTDT_TEST_PORT || 8889 );
const mariadb = path.join( root, '.wp', 'native', 'mariadb' );

export const nativeSite = {
	wordpress: path.join(
		root,
		'.wp',
		'native',
		'sites',
		`test-${ port }`,
		'wordpress'
	),
	database: `wp_test_${ port }`,
	socket: path.join( mariadb, 'mariadb.sock' ),
	pidFile: path.join( mariadb, 'mariadb.pid' ),
	debugLog: path.join(
		root,
		'.wp',
		'native',
		'sites',
		`test-${ port }`,
		'wordpress',
		'wp-content',
		'debug.log'
	),
};

/**
 * The packages in the site's archive store (TTDT_ARCHIVE_DIR of the native site), sorted:
 * `<id>.zip` and `<id>.json`. Not the guards (`.htaccess`, `index.php`) the store writes when
 * first used, which on a fresh site may be this very run.
 */
export function archiveStoreFiles(): string[] {
	const dir = path.join( path.dirname( nativeSite.wordpress ), 'archives' );
	return fs.existsSync( dir )
		? fs
				.readdirSync( dir )
				.filter( ( name ) => /\.(zip|json)$/.test( name ) )
				.sort()
		: [];
}

/**
 * Rows of a query on the test site's database (tab-separated columns, no header).
 *
 * @param query SQL.
 */
export function sql( query: string ): string[][] {
	const out = execFileSync(
		'mariadb',
		[
			'--no-defaults',
			`--socket=${ nativeSite.socket }`,
			'-uroot',
			'-N',
			'-B',
			'-e',
			query,
			nativeSite.database,
		],
		{ encoding: 'utf8' }
	);
	return out
		.split( '\n' )
		.filter( Boolean )
		.map( ( line ) => line.split( '\t' ) );
}

/**
 * Audit entries per item and action, e.g. `{ "12 workflow.submit": 2 }`.
 *
 * @param ids Item IDs.
 */
export function auditCounts( ids: number[] ): Record< string, number > {
	const counts: Record< string, number > = {};
	if ( ! ids.length ) {
		return counts;
	}
	for ( const [ id, action, count ] of sql(
		`SELECT object_id, action, COUNT(*) FROM wp_ttdt_audit_log WHERE object_type = 'post' AND object_id IN (${ ids
			.map( Number )
			.join( ',' ) }) GROUP BY object_id, action`
	) ) {
		counts[ `${ id } ${ action }` ] = Number( count );
	}
	return counts;
}

/**
 * A mark in the debug log, to read only what was written after it.
 */
export function debugLogMark(): number {
	return fs.existsSync( nativeSite.debugLog )
		? fs.statSync( nativeSite.debugLog ).size
		: 0;
}

/**
 * PHP errors, warnings, notices and deprecations logged since a mark (database errors are
 * listed apart: the fault test causes them on purpose).
 *
 * @param mark        From `debugLogMark()`.
 * @param allowDbDown Whether lost-connection database errors are expected.
 */
export function phpProblemsSince(
	mark: number,
	allowDbDown = false
): string[] {
	if ( ! fs.existsSync( nativeSite.debugLog ) ) {
		return [];
	}
	const fd = fs.openSync( nativeSite.debugLog, 'r' );
	const size = fs.fstatSync( fd ).size;
	const buffer = Buffer.alloc( Math.max( 0, size - mark ) );
	fs.readSync( fd, buffer, 0, buffer.length, mark );
	fs.closeSync( fd );
	return buffer
		.toString( 'utf8' )
		.split( '\n' )
		.filter( ( line ) =>
			/PHP (Fatal|Warning|Notice|Deprecated|Parse)|WordPress database error/.test(
				line
			)
		)
		.filter(
			( line ) =>
				! allowDbDown ||
				! /gone away|Lost connection|Can't connect|mysqli_real_connect|No such file or directory|Connection refused|Error reconnecting/.test(
					line
				)
		);
}
