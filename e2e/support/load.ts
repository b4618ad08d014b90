/**
 * A bounded load harness for the loopback test site: N concurrent writers, each running its
 * scenario in a loop until the time is up; every request is timed and its status kept, so a
 * spec can assert "no 5xx" and compare what was accepted with what was stored. Used by the
 * staff write routes' load test (`e2e/specs/load-writes.spec.ts`); the feedback form's load
 * test uses it the same way.
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
	seconds: number;
	/**
	 * One pass of a writer's scenario. It calls `timed()` for each request and returns when the
	 * pass is over; the harness starts another pass until the time is up.
	 */
	pass: ( writer: number, timed: Timed ) => Promise< void >;
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
	const deadline = started + options.seconds * 1000;
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
			while ( Date.now() < deadline ) {
				await options.pass( writer, timed );
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
