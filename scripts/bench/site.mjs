/**
 * The benchmark's own native site: started with `scripts/native-site.mjs`, then made
 * production-like (no debug log, minified scripts) and given the bench must-use plugin.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);

/**
 * Runs a command, failing the bench with its output when it fails.
 *
 * @param {string}   file    Program.
 * @param {string[]} args    Arguments.
 * @param {Object}   options spawnSync options.
 */
export function run( file, args, options = {} ) {
	const result = spawnSync( file, args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	} );
	if ( result.status !== 0 ) {
		throw new Error(
			`${ file } ${ args.join( ' ' ) } failed:\n${ result.stdout ?? '' }${
				result.stderr ?? ''
			}`
		);
	}
	return result.stdout;
}

/**
 * Starts a fresh native site on `port` and prepares it for measuring.
 *
 * @param {number} port The site's port.
 */
export function startSite( port ) {
	run(
		'node',
		[
			path.join( root, 'scripts/native-site.mjs' ),
			'start',
			'test',
			'--port',
			String( port ),
			'--checkout',
			root,
		],
		{ stdio: [ 'ignore', 'pipe', 'pipe' ] }
	);
	const core = path.join(
		root,
		'.wp/native/sites',
		`test-${ port }`,
		'wordpress'
	);
	// Production settings: a debug log and unminified scripts are not what a portal runs.
	const config = path.join( core, 'wp-config.php' );
	fs.writeFileSync(
		config,
		fs
			.readFileSync( config, 'utf8' )
			.replace(
				/define\( '(WP_DEBUG|WP_DEBUG_LOG|SCRIPT_DEBUG)', true \);/g,
				"define( '$1', false );"
			)
			.replace( "'local'", "'production'" )
	);
	// PHP's own OPcache default (re-check a file's time every 2 s) instead of the test sites'
	// 0, which makes every request stat every file it includes: edits need no pickup here,
	// and a production server does not pay a system call per included file.
	const fpmConf = path.join( core, '..', 'php-fpm.conf' );
	fs.writeFileSync(
		fpmConf,
		fs
			.readFileSync( fpmConf, 'utf8' )
			.replace(
				/^php_admin_value\[opcache\.revalidate_freq\] = 0\n/m,
				''
			)
	);
	process.kill(
		Number(
			fs.readFileSync( path.join( core, '..', 'php-fpm.pid' ), 'utf8' )
		),
		'SIGUSR2'
	);
	// Only the environment's must-use plugins a real site needs (offline, site defaults),
	// plus the bench's switch and timer; the test fixtures would be measured in both arms.
	const mu = path.join( core, 'wp-content/mu-plugins' );
	fs.rmSync( mu, { recursive: true, force: true } );
	fs.mkdirSync( mu );
	for ( const file of [
		'scripts/env/mu-plugins/ttdt-env-offline.php',
		'scripts/env/mu-plugins/ttdt-env-site-defaults.php',
		'scripts/bench/mu-plugins/ttdt-bench.php',
	] ) {
		fs.symlinkSync(
			path.join( root, file ),
			path.join( mu, path.basename( file ) )
		);
	}
	return {
		port,
		url: `http://localhost:${ port }`,
		core,
		log: path.join( core, 'wp-content/ttdt-bench.log' ),
		sql( statement ) {
			return run(
				'mariadb',
				[
					'--no-defaults',
					`--socket=${ path.join(
						root,
						'.wp/native/mariadb/mariadb.sock'
					) }`,
					'-uroot',
					'-N',
					'-B',
					`wp_test_${ port }`,
					'-e',
					statement,
				],
				{ stdio: [ 'ignore', 'pipe', 'pipe' ] }
			);
		},
		seed( ...args ) {
			return JSON.parse(
				run( 'php', [
					path.join( root, 'scripts/bench/seed.php' ),
					core,
					`http://localhost:${ port }`,
					...args,
				] )
			);
		},
	};
}

/**
 * Stops the bench's site (and MariaDB when no other site of the checkout runs).
 *
 * @param {number} port The site's port.
 */
export function stopSite( port ) {
	spawnSync(
		'node',
		[
			path.join( root, 'scripts/native-site.mjs' ),
			'stop',
			'test',
			'--port',
			String( port ),
			'--checkout',
			root,
		],
		{ stdio: 'ignore' }
	);
}

/**
 * One timed request: the server's own figures come from the bench log, read by `readLog`.
 *
 * @param {Object} site    The site.
 * @param {string} url     Path and query.
 * @param {string} id      Request id for the log.
 * @param {string} plugin  'on' or 'off'.
 * @param {Object} headers More headers.
 */
export async function timedGet( site, url, id, plugin, headers = {} ) {
	const response = await benchFetch( site.url + url, {
		redirect: 'manual',
		headers: {
			'X-Ttdt-Bench-Id': id,
			'X-Ttdt-Bench-Plugin': plugin,
			...headers,
		},
	} );
	const body = await response.text();
	return { status: response.status, body };
}

/**
 * `fetch` for the bench's GET requests, asking once more on a connection the server closed.
 *
 * The seeding steps run synchronously (`spawnSync`: a million audit rows take a minute, more
 * on a loaded machine) and block Node's event loop, so fetch's pool never sees its idle
 * keep-alive connection expire; nginx closes it after `keepalive_timeout` (75 s), and the
 * next request written on it fails with "other side closed" (UND_ERR_SOCKET) before the
 * server has read it. A GET is safe to send again: the pool drops the dead connection and opens a fresh one.
 *
 * @param {string} url  Address.
 * @param {Object} init fetch options (GET only).
 * @return {Promise<Response>} The response.
 */
export async function benchFetch( url, init = {} ) {
	// One try per connection the pool may still hold (a few: the stages ask in sequence).
	for ( let attempt = 1; ; attempt++ ) {
		try {
			return await fetch( url, init );
		} catch ( error ) {
			if ( error?.cause?.code !== 'UND_ERR_SOCKET' || attempt >= 4 ) {
				throw error;
			}
		}
	}
}

/**
 * The bench log's lines by request id, emptying the log.
 *
 * @param {Object} site The site.
 * @return {Map<string, {ms: number, q: number, peak: number, plugin: string}>} Figures.
 */
export function readLog( site ) {
	const byId = new Map();
	if ( ! fs.existsSync( site.log ) ) {
		return byId;
	}
	for ( const line of fs.readFileSync( site.log, 'utf8' ).split( '\n' ) ) {
		if ( line ) {
			const entry = JSON.parse( line );
			byId.set( entry.id, entry );
		}
	}
	fs.writeFileSync( site.log, '' );
	return byId;
}

export function median( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const mid = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ mid ]
		: ( sorted[ mid - 1 ] + sorted[ mid ] ) / 2;
}
