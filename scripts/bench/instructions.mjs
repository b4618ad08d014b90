/**
 * Public pages counted in instructions (`--only instructions`): each page, plugin on and off,
 * served by the bench site's own PHP-FPM pool run under Valgrind's callgrind with one worker,
 * which counts the instructions PHP executes for a request (`php_execute_script`, dumped when
 * the request ends) once the worker has served the same page twice: the smaller of two counts.
 *
 * CPU time judges the budget; this explains it. A count is the same from run to run, whatever
 * else the machine does, so a change of 0.1% shows, where the paired CPU times move by ±0.5 ms
 * between runs. The plugin's ratio in time is about 1.7 times its ratio in instructions (its
 * code runs once per request, from cold caches), so the count under-states the cost; it tells
 * where a change went, not whether the budget is met. Needs Debian's valgrind (installed when
 * missing, as root).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchFetch } from './site.mjs';

const WARM = 2;

function ensureValgrind() {
	if ( ! spawnSync( 'valgrind', [ '--version' ] ).error ) {
		return;
	}
	if ( process.getuid?.() !== 0 ) {
		throw new Error( 'valgrind is missing: apt-get install valgrind' );
	}
	execFileSync(
		'apt-get',
		[ 'install', '-y', '-qq', '--no-install-recommends', 'valgrind' ],
		{
			stdio: [ 'ignore', 'ignore', 'inherit' ],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		}
	);
}

const sleep = ( ms ) => new Promise( ( resolve ) => setTimeout( resolve, ms ) );

async function waitFor( check, what, timeout = 120_000 ) {
	const until = Date.now() + timeout;
	while ( Date.now() < until ) {
		if ( await check() ) {
			return;
		}
		await sleep( 250 );
	}
	throw new Error( `instructions: ${ what } timed out` );
}

const alive = ( pid ) => {
	try {
		process.kill( pid, 0 );
		return true;
	} catch {
		return false;
	}
};

/**
 * The site's pool with one worker, its opcode cache never re-checking files (no file system
 * calls counted), and its own pid file.
 *
 * @param {string} conf The site's `php-fpm.conf`.
 * @param {string} dir  The site's folder.
 * @return {string} The pool's configuration.
 */
function singleWorkerPool( conf, dir ) {
	return (
		fs
			.readFileSync( conf, 'utf8' )
			.replace( /^pid = .*$/m, `pid = ${ dir }/php-fpm-callgrind.pid` )
			.replace( /^daemonize = yes$/m, 'daemonize = no' )
			.replace( /^pm = dynamic$/m, 'pm = static' )
			.replace( /^pm\.max_children = \d+$/m, 'pm.max_children = 1' )
			.replace(
				/^pm\.(start_servers|min_spare_servers|max_spare_servers) = .*\n/gm,
				''
			) + 'php_admin_value[opcache.validate_timestamps] = 0\n'
	);
}

/**
 * Counts the instructions of every page, plugin on and off.
 *
 * @param {Object}                 site  The bench site.
 * @param {Record<string, string>} pages Label → path.
 * @return {Promise<Array<Object>>} One row per page.
 */
export async function benchInstructions( site, pages ) {
	ensureValgrind();
	const dir = path.dirname( site.core );
	const out = path.join( dir, 'callgrind' );
	fs.rmSync( out, { recursive: true, force: true } );
	fs.mkdirSync( out, { mode: 0o777 } );
	fs.chmodSync( out, 0o777 );
	const conf = path.join( dir, 'php-fpm-callgrind.conf' );
	fs.writeFileSync(
		conf,
		singleWorkerPool( path.join( dir, 'php-fpm.conf' ), dir )
	);

	const fpmPid = Number(
		fs.readFileSync( path.join( dir, 'php-fpm.pid' ), 'utf8' )
	);
	process.kill( fpmPid, 'SIGQUIT' );
	await waitFor( () => ! alive( fpmPid ), 'stopping PHP-FPM' );
	const root = process.getuid?.() === 0;
	const valgrind = spawn(
		'valgrind',
		[
			'--tool=callgrind',
			'--toggle-collect=php_execute_script',
			'--dump-after=php_request_shutdown',
			`--callgrind-out-file=${ out }/cg.%p.out`,
			'php-fpm8.2',
			...( root ? [ '-R' ] : [] ),
			'-F',
			'-y',
			conf,
		],
		{ stdio: 'ignore' }
	);
	const dumps = () =>
		fs.readdirSync( out ).filter( ( name ) => /\.out\.\d+$/.test( name ) );
	const served = async ( url, arm ) => {
		const before = new Set( dumps() );
		await benchFetch( site.url + url, {
			redirect: 'manual',
			headers: {
				'X-Ttdt-Bench-Plugin': arm,
				'X-Ttdt-Bench-No-Cron': '1',
			},
		} ).then( ( response ) => response.arrayBuffer() );
		let totals = null;
		await waitFor( () => {
			const file = dumps().find( ( name ) => ! before.has( name ) );
			const text = file
				? fs.readFileSync( path.join( out, file ), 'utf8' )
				: '';
			const match = /^totals: (\d+)/m.exec( text );
			if ( match ) {
				totals = Number( match[ 1 ] );
				fs.rmSync( path.join( out, file ) );
			}
			return match;
		}, `the count of ${ url }` );
		return totals;
	};

	const rows = [];
	try {
		await waitFor(
			() =>
				benchFetch( site.url + '/', {
					headers: { 'X-Ttdt-Bench-No-Cron': '1' },
				} ).then(
					( response ) => response.ok,
					() => false
				),
			'PHP-FPM under callgrind'
		);
		for ( const [ label, url ] of Object.entries( pages ) ) {
			for ( let i = 0; i < WARM; i++ ) {
				await served( url, 'on' );
				await served( url, 'off' );
			}
			// The smaller of two: a request may also run work due once (a transient rebuilt),
			// which is not the page's. No request starts WP-Cron (`X-Ttdt-Bench-No-Cron`).
			const on = Math.min(
				await served( url, 'on' ),
				await served( url, 'on' )
			);
			const off = Math.min(
				await served( url, 'off' ),
				await served( url, 'off' )
			);
			const row = {
				page: label,
				url,
				onInstructions: on,
				offInstructions: off,
				deltaInstructions: on - off,
				ratio: on / off,
			};
			rows.push( row );
			process.stdout.write(
				`  ${ label.padEnd( 24 ) } ${ ( on / 1e6 ).toFixed( 2 ) } / ${ (
					off / 1e6
				).toFixed( 2 ) } M instructions, +${ (
					( on - off ) /
					1e6
				).toFixed( 2 ) } M (${ row.ratio.toFixed( 4 ) })\n`
			);
		}
	} finally {
		valgrind.kill( 'SIGQUIT' );
		await waitFor(
			() => valgrind.exitCode !== null || valgrind.signalCode !== null,
			'stopping callgrind'
		);
		execFileSync( 'php-fpm8.2', [
			...( root ? [ '-R' ] : [] ),
			'-y',
			path.join( dir, 'php-fpm.conf' ),
		] );
		fs.rmSync( out, { recursive: true, force: true } );
	}
	return rows;
}
