/**
 * External dependencies
 */
import http from 'node:http';

/**
 * A bounded load harness for the loopback test site: N concurrent writers, each running its
 * scenario in a loop until the time is up (or until a fixed number of passes was made);
 * every request is timed and its status kept, so a spec can assert "no 5xx" and compare what
 * was accepted with what was stored. Used by the staff write routes' load test
 * (`e2e/specs/load-writes.spec.ts`) and the feedback form's (`load-feedback.spec.ts`).
 */

/**
 * One request a writer made.
 */
export type Sample = {
	/** What it was, e.g. `submit`. */
	label: string;
	status: number;
	ms: number;
	/** The item it concerned, when any. */
	id?: number;
	/** The error message of a refused request (4xx/5xx), or the network error. */
	message?: string;
};

export type LoadOptions = {
	writers: number;
	/** Passes start until this many seconds have passed… */
	seconds?: number;
	/** …or until this many passes were started by all writers together. */
	passes?: number;
	/**
	 * One pass of a writer's scenario. It calls `timed()` for each request and returns when the
	 * pass is over; the harness starts another pass until the time is up or the passes are
	 * all started. `index` numbers the passes from 0 across all writers.
	 */
	pass: ( writer: number, timed: Timed, index: number ) => Promise< void >;
};

/** Times a request and records it; returns the response's status and parsed JSON body. */
export type Timed = (
	label: string,
	request: () => Promise< {
		status: () => number;
		text: () => Promise< string >;
	} >,
	id?: number
) => Promise< { status: number; body: any } >;

export type LoadReport = {
	samples: Sample[];
	seconds: number;
	/** Per label: count, statuses, p50 and p95 in ms. */
	table: Record<
		string,
		{
			count: number;
			statuses: Record< number, number >;
			p50: number;
			p95: number;
		}
	>;
};

/**
 * The p-th percentile (nearest rank) of some numbers.
 *
 * @param values Numbers.
 * @param p      Percentile, 0–100.
 */
export function percentile( values: number[], p: number ): number {
	if ( ! values.length ) {
		return 0;
	}
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const rank = Math.ceil( ( p / 100 ) * sorted.length );
	return sorted[ Math.min( sorted.length - 1, Math.max( 0, rank - 1 ) ) ];
}

/**
 * Runs the writers and reports.
 *
 * @param options Writers, seconds and the scenario.
 */
export async function runLoad( options: LoadOptions ): Promise< LoadReport > {
	const samples: Sample[] = [];
	const started = Date.now();
	const deadline =
		options.seconds === undefined
			? Infinity
			: started + options.seconds * 1000;
	const passes = options.passes ?? Infinity;
	let next = 0;
	const timed: Timed = async ( label, request, id ) => {
		const t0 = performance.now();
		let status = 0;
		let body: any = null;
		let message: string | undefined;
		try {
			const response = await request();
			status = response.status();
			const text = await response.text();
			try {
				body = JSON.parse( text );
			} catch {
				body = text;
			}
			if ( status >= 400 ) {
				message =
					typeof body === 'object' && body
						? String( body.message ?? '' )
						: String( body ).slice( 0, 300 );
			}
		} catch ( error ) {
			message = String( error );
		}
		samples.push( {
			label,
			status,
			ms: performance.now() - t0,
			id,
			message,
		} );
		return { status, body };
	};
	await Promise.all(
		Array.from( { length: options.writers }, async ( _, writer ) => {
			while ( Date.now() < deadline && next < passes ) {
				await options.pass( writer, timed, next++ );
			}
		} )
	);
	const table: LoadReport[ 'table' ] = {};
	for ( const label of new Set(
		samples.map( ( sample ) => sample.label )
	) ) {
		const mine = samples.filter( ( sample ) => sample.label === label );
		const statuses: Record< number, number > = {};
		for ( const sample of mine ) {
			statuses[ sample.status ] = ( statuses[ sample.status ] ?? 0 ) + 1;
		}
		table[ label ] = {
			count: mine.length,
			statuses,
			p50: Math.round(
				percentile(
					mine.map( ( s ) => s.ms ),
					50
				)
			),
			p95: Math.round(
				percentile(
					mine.map( ( s ) => s.ms ),
					95
				)
			),
		};
	}
	return { samples, seconds: ( Date.now() - started ) / 1000, table };
}

/**
 * The report as printed lines.
 *
 * @param report Report.
 */
export function formatReport( report: LoadReport ): string {
	const lines = [
		`${ report.samples.length } requests in ${ report.seconds.toFixed( 1 ) } s`,
		'route            count    p50 ms   p95 ms   statuses',
	];
	for ( const [ label, row ] of Object.entries( report.table ) ) {
		lines.push(
			`${ label.padEnd( 16 ) } ${ String( row.count ).padStart( 5 ) } ${ String(
				row.p50
			).padStart(
				9
			) } ${ String( row.p95 ).padStart( 8 ) }   ${ JSON.stringify(
				row.statuses
			) }`
		);
	}
	return lines.join( '\n' );
}

/**
 * A form POST to the loopback test site sent FROM a given loopback address (any of
 * 127.0.0.0/8 is the machine itself on Linux): the server sees it as `REMOTE_ADDR`, so a test
 * can play many clients without a header the server would have to trust. Shaped as `timed()`
 * expects.
 *
 * @param url     Absolute URL on 127.0.0.1 (or localhost).
 * @param from    Source address, e.g. `127.42.0.7`.
 * @param fields  Form fields.
 * @param timeout Milliseconds before the request is given up (status 0).
 */
export function postFrom(
	url: string,
	from: string,
	fields: Record< string, string >,
	timeout = 60_000
): Promise< { status: () => number; text: () => Promise< string > } > {
	const target = new URL( url );
	const body = new URLSearchParams( fields ).toString();
	return new Promise( ( resolve, reject ) => {
		const request = http.request(
			{
				// The server listens on IPv4 loopback; `localhost` may resolve to ::1.
				host: '127.0.0.1',
				port: target.port,
				path: target.pathname + target.search,
				method: 'POST',
				localAddress: from,
				agent: false,
				timeout,
				headers: {
					Host: target.host,
					'Content-Type': 'application/x-www-form-urlencoded',
					'Content-Length': Buffer.byteLength( body ),
				},
			},
			( response ) => {
				const chunks: Buffer[] = [];
				response.on( 'data', ( chunk: Buffer ) =>
					chunks.push( chunk )
				);
				response.on( 'end', () => {
					const text = Buffer.concat( chunks ).toString( 'utf8' );
					resolve( {
						status: () => response.statusCode ?? 0,
						text: async () => text,
					} );
				} );
				response.on( 'error', reject );
			}
		);
		request.on( 'timeout', () =>
			request.destroy( new Error( `timed out after ${ timeout } ms` ) )
		);
		request.on( 'error', reject );
		request.end( body );
	} );
}
