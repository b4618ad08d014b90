/**
 * The network overview (issue 16): a Multisite network of 100 communes on the native stack,
 * each with a board, items and feedback; the overview route's server time (its
 * `X-TTDT-Server-Time` header, the PHP time spent reading every site) must stay within budget.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { median, root, run } from './site.mjs';

export const NETWORK_SITES = 100;
export const NETWORK_BUDGET_MS = 1000;

function nativeSite( args ) {
	return run(
		'node',
		[
			path.join( root, 'scripts/native-site.mjs' ),
			...args,
			'--checkout',
			root,
		],
		{ stdio: [ 'ignore', 'pipe', 'pipe' ] }
	);
}

/**
 * Starts the network, seeds it, times the overview, stops it.
 *
 * @param {number} port     The network's port.
 * @param {number} requests Timed requests (after one warm-up).
 */
export async function benchNetwork( port, requests = 10 ) {
	nativeSite( [ 'start', 'network', '--port', String( port ) ] );
	try {
		const wordpress = path.join(
			root,
			'.wp/native/sites',
			`network-${ port }`,
			'wordpress'
		);
		const seedStarted = Date.now();
		const credentials = run( 'php', [
			path.join( root, 'scripts/bench/seed-network.php' ),
			wordpress,
			`localhost:${ port }`,
			String( NETWORK_SITES ),
		] ).trim();
		const seedSeconds = ( Date.now() - seedStarted ) / 1000;
		const headers = {
			Authorization: `Basic ${ Buffer.from( credentials ).toString(
				'base64'
			) }`,
		};
		const server = [];
		const total = [];
		let sites = 0;
		for ( let i = 0; i <= requests; i++ ) {
			const started = performance.now();
			const response = await fetch(
				`http://localhost:${ port }/wp-json/ttdt/v1/network/overview`,
				{ headers }
			);
			const rows = await response.json();
			if ( response.status !== 200 ) {
				throw new Error(
					`network overview: HTTP ${
						response.status
					} ${ JSON.stringify( rows ).slice( 0, 200 ) }`
				);
			}
			sites = rows.length;
			// The first request warms PHP's opcode cache and MariaDB's buffers.
			if ( i > 0 ) {
				server.push(
					Number( response.headers.get( 'X-TTDT-Server-Time' ) )
				);
				total.push( performance.now() - started );
			}
		}
		const result = {
			sites,
			seedSeconds,
			requests,
			serverMedianMs: median( server ),
			serverMaxMs: Math.max( ...server ),
			responseMedianMs: median( total ),
			over: [],
		};
		if ( sites < NETWORK_SITES ) {
			result.over.push( `only ${ sites } sites in the overview` );
		}
		if ( result.serverMedianMs > NETWORK_BUDGET_MS ) {
			result.over.push(
				`overview ${ result.serverMedianMs.toFixed(
					0
				) } ms server time for ${ sites } sites`
			);
		}
		return result;
	} finally {
		spawnSync(
			'node',
			[
				path.join( root, 'scripts/native-site.mjs' ),
				'stop',
				'network',
				'--port',
				String( port ),
				'--checkout',
				root,
			],
			{ stdio: 'ignore' }
		);
	}
}
