/**
 * External dependencies
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { formatReport, runLoad, type Sample } from '../support/load';
import { auditCounts, nativeSite, sql } from '../support/native-db';
import { sessionFor } from '../support/session';
import { createItems } from '../support/workflow';
import { print } from '../support/print';

const ITEMS = 24;
const WRITERS = 12;
const root = path.resolve( __dirname, '..', '..' );

/** Starts this checkout's MariaDB again (no-op when it runs). */
function databaseUp() {
	execFileSync(
		'node',
		[ 'scripts/native-site.mjs', 'db-start', '--checkout', root ],
		{
			cwd: root,
			stdio: 'ignore',
		}
	);
}

/**
 * How often each workflow action appears in an item's stored history (serialized PHP).
 * @param serialized
 */
function historyActions( serialized: string ): Record< string, number > {
	const counts: Record< string, number > = {};
	for ( const match of serialized.matchAll(
		/s:6:"action";s:\d+:"([a-z_]+)"/g
	) ) {
		counts[ match[ 1 ] ] = ( counts[ match[ 1 ] ] ?? 0 ) + 1;
	}
	return counts;
}

test.describe( 'MariaDB killed in the middle of a burst of writes', () => {
	test.setTimeout( 180_000 );

	test.afterAll( () => databaseUp() );

	test( 'every write is stored whole or fails with a message; nothing half-stored', async ( {
		requestUtils,
	} ) => {
		const ids = await createItems(
			requestUtils,
			Array.from( { length: ITEMS }, () => ( {
				state: 'draft' as const,
			} ) )
		);
		const admin = await sessionFor( {
			username: 'admin',
			password: 'password',
		} );
		const queue = [ ...ids ];

		// Kill the server once a third of the steps are done (not after a fixed time: a fast
		// machine finished every item before a timed kill), start it again three seconds later.
		let stepsDone = 0;
		let killedAt = 0;
		const killer = ( async () => {
			const started = Date.now();
			while ( stepsDone < ITEMS && Date.now() - started < 10_000 ) {
				await new Promise( ( resolve ) => setTimeout( resolve, 20 ) );
			}
			const pid = Number(
				fs.readFileSync( nativeSite.pidFile, 'utf8' ).trim()
			);
			process.kill( pid, 'SIGKILL' );
			killedAt = Date.now();
			// Eight seconds down, restarted without blocking the writers' event loop. Longer
			// than WordPress's own reconnecting (wpdb tries again for about five seconds): on a
			// loaded machine every PHP worker is mid-request when the server dies, and a
			// shorter outage was simply waited out, so no request met it.
			await new Promise( ( resolve ) => setTimeout( resolve, 8000 ) );
			await promisify( execFile )(
				'node',
				[ 'scripts/native-site.mjs', 'db-start', '--checkout', root ],
				{ cwd: root }
			);
		} )();

		// Each writer moves items one step at a time (draft → submitted → approved → published),
		// reading the state first, until every item is public or the time is up: writes run
		// before, during and after the outage, and an item whose step failed is tried again.
		const report = await runLoad( {
			writers: WRITERS,
			seconds: 26,
			pass: async ( _, timed ) => {
				const id = queue.shift();
				if ( ! id ) {
					await new Promise( ( resolve ) =>
						setTimeout( resolve, 200 )
					);
					return;
				}
				const item = await timed(
					'read',
					() => admin.rest( 'GET', `/ttdt/v1/workflow/${ id }` ),
					id
				);
				const state = item.status === 200 ? item.body.state : '';
				if ( state === 'draft' ) {
					await timed(
						'submit',
						() =>
							admin.rest(
								'POST',
								`/ttdt/v1/workflow/${ id }/submit`
							),
						id
					);
				} else if ( state === 'submitted' ) {
					await timed(
						'approve',
						() =>
							admin.rest(
								'POST',
								`/ttdt/v1/workflow/${ id }/approve`,
								{ fingerprint: item.body.fingerprint }
							),
						id
					);
				} else if ( state === 'approved' ) {
					await timed(
						'publish',
						() =>
							admin.rest( 'POST', `/wp/v2/posts/${ id }`, {
								status: 'publish',
							} ),
						id
					);
				}
				if ( state && state !== 'published' ) {
					stepsDone++;
				}
				if ( state !== 'published' ) {
					queue.push( id );
				}
			},
		} );
		await killer;
		await admin.dispose();
		print( formatReport( report ) );
		expect(
			killedAt,
			'the server was killed during the burst'
		).toBeGreaterThan( 0 );

		const failed = report.samples.filter(
			( s ) => s.status >= 400 || s.status === 0
		);
		print(
			`${ failed.length } request(s) failed while the database was down, e.g.:`
		);
		for ( const sample of failed.slice( 0, 3 ) ) {
			print(
				`  ${ sample.label } ${ sample.status }: ${ sample.message?.slice( 0, 160 ) }`
			);
		}
		expect(
			failed.length,
			'some writes met the outage (else this test proves nothing)'
		).toBeGreaterThan( 0 );
		// A failure is a clear error: a status and a message, never an empty answer.
		expect( failed.filter( ( s ) => ! s.message?.trim() ) ).toEqual( [] );

		// What is stored, read straight from the database.
		const list = ids.join( ',' );
		const status = Object.fromEntries(
			sql(
				`SELECT ID, post_status FROM wp_posts WHERE ID IN (${ list })`
			)
		);
		const meta: Record< string, Record< string, string > > = {};
		for ( const [ id, key, value ] of sql(
			`SELECT post_id, meta_key, meta_value FROM wp_postmeta WHERE post_id IN (${ list }) AND meta_key IN ('ttdt_approved_by', 'ttdt_workflow_history')`
		) ) {
			meta[ id ] = { ...meta[ id ], [ key ]: value };
		}
		const audit = auditCounts( ids );

		const problems: string[] = [];
		for ( const id of ids ) {
			const history = historyActions(
				meta[ id ]?.ttdt_workflow_history ?? ''
			);
			const approved = Number( meta[ id ]?.ttdt_approved_by ?? 0 ) > 0;
			const audited = ( action: string ) =>
				audit[ `${ id } ${ action }` ] ?? 0;
			if ( status[ id ] === 'publish' && ! approved ) {
				problems.push(
					`${ id }: published without its approval record`
				);
			}
			if ( approved && ! audited( 'workflow.approve' ) ) {
				problems.push( `${ id }: approved without its audit entry` );
			}
			for ( const action of [ 'submit', 'approve' ] ) {
				if (
					( history[ action ] ?? 0 ) !==
					audited( `workflow.${ action }` )
				) {
					problems.push(
						`${ id }: ${ history[ action ] ?? 0 } ${ action } step(s) in the history, ${ audited( `workflow.${ action }` ) } in the audit log`
					);
				}
			}
			if ( ( history.publish ?? 0 ) !== audited( 'post.publish' ) ) {
				problems.push(
					`${ id }: ${ history.publish ?? 0 } publish step(s) in the history, ${ audited( 'post.publish' ) } in the audit log`
				);
			}
			if (
				( status[ id ] === 'publish' ) !==
				( history.publish ?? 0 ) > 0
			) {
				problems.push(
					`${ id }: status ${ status[ id ] } but ${ history.publish ?? 0 } publish step(s)`
				);
			}
			if (
				( status[ id ] === 'pending' || status[ id ] === 'publish' ) !==
				( history.submit ?? 0 ) > 0
			) {
				problems.push(
					`${ id }: status ${ status[ id ] } but ${ history.submit ?? 0 } submit step(s)`
				);
			}
		}
		// A request answered "done" was stored.
		const done = ( sample: Sample ) =>
			sample.status >= 200 && sample.status < 300;
		for ( const sample of report.samples.filter(
			( s ) => done( s ) && s.label !== 'read'
		) ) {
			const history = historyActions(
				meta[ sample.id! ]?.ttdt_workflow_history ?? ''
			);
			const step = sample.label;
			if ( ! history[ step ] ) {
				problems.push(
					`${ sample.id }: ${ step } answered ${ sample.status } but is not stored`
				);
			}
		}
		expect( problems ).toEqual( [] );
	} );
} );
