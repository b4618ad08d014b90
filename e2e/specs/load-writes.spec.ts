/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { formatReport, runLoad } from '../support/load';
import {
	auditCounts,
	debugLogMark,
	phpProblemsSince,
} from '../support/native-db';
import { sessionFor } from '../support/session';
import { fixtureWriter } from '../support/workflow';
import { print } from '../support/print';

// 50 writers for 60 s by default; TTDT_LOAD_SECONDS shortens a local run.
const WRITERS = 50;
const SECONDS = Number( process.env.TTDT_LOAD_SECONDS || 60 );

test.describe( 'Staff writes under load (native stack, loopback)', () => {
	test.setTimeout( ( SECONDS + 90 ) * 1000 );

	test( `${ WRITERS } concurrent writers: no 5xx, every accepted step audited exactly once`, async ( {
		requestUtils,
	} ) => {
		const writer = await fixtureWriter( requestUtils );
		const admin = await sessionFor( {
			username: 'admin',
			password: 'password',
		} );
		const mark = debugLogMark();

		const report = await runLoad( {
			writers: WRITERS,
			seconds: SECONDS,
			pass: async ( n, timed ) => {
				const created = await timed( 'create', () =>
					admin.rest( 'POST', '/wp/v2/posts', {
						title: `Tin tải ${ n }-${ Date.now() }`,
						content:
							'<!-- wp:paragraph --><p>Nội dung.</p><!-- /wp:paragraph -->',
						status: 'draft',
						author: writer.id,
						meta: {
							ttdt_source: 'Văn phòng UBND',
							ttdt_writer: 'Nguyễn Văn Viết',
						},
					} )
				);
				const id = Number( created.body?.id );
				if ( created.status !== 201 || ! id ) {
					return;
				}
				const step = ( label: string, data: object = {} ) =>
					timed(
						label,
						() =>
							admin.rest(
								'POST',
								`/ttdt/v1/workflow/${ id }/${ label }`,
								data
							),
						id
					);
				const submitted = await step( 'submit' );
				if ( submitted.status !== 200 ) {
					return;
				}
				const approved = await step( 'approve', {
					fingerprint: submitted.body.fingerprint,
					note: 'Đồng ý.',
				} );
				if ( approved.status !== 200 ) {
					return;
				}
				await step( 'return', { reason: 'Bổ sung ảnh.' } );
			},
		} );
		await admin.dispose();
		print( formatReport( report ) );

		const failed = report.samples.filter(
			( s ) => s.status >= 500 || s.status === 0
		);
		expect( failed.slice( 0, 5 ), 'no 5xx and no lost connection' ).toEqual(
			[]
		);
		const refused = report.samples.filter( ( s ) => s.status >= 400 );
		expect(
			refused.slice( 0, 5 ),
			'every step of a valid scenario accepted'
		).toEqual( [] );
		expect( report.samples.length ).toBeGreaterThan( WRITERS );

		// What was accepted against what is stored: one audit entry per accepted step.
		const accepted: Record< string, number > = {};
		for ( const sample of report.samples ) {
			if ( sample.id && sample.status === 200 ) {
				const key = `${ sample.id } workflow.${ sample.label }`;
				accepted[ key ] = ( accepted[ key ] ?? 0 ) + 1;
			}
		}
		const ids = [
			...new Set( report.samples.map( ( s ) => s.id ).filter( Boolean ) ),
		] as number[];
		// Only the steps the writers took (a submission also records e.g. `receipt.change`).
		const stored = Object.fromEntries(
			Object.entries( auditCounts( ids ) ).filter( ( [ key ] ) =>
				/ workflow\.(submit|approve|return)$/.test( key )
			)
		);
		const mismatches = Object.keys( { ...accepted, ...stored } )
			.filter(
				( key ) => ( accepted[ key ] ?? 0 ) !== ( stored[ key ] ?? 0 )
			)
			.map(
				( key ) =>
					`${ key }: accepted ${ accepted[ key ] ?? 0 }, stored ${ stored[ key ] ?? 0 }`
			);
		print(
			`audit: ${ Object.values( accepted ).reduce( ( a, b ) => a + b, 0 ) } steps accepted, ${ Object.values(
				stored
			).reduce( ( a, b ) => a + b, 0 ) } entries stored`
		);
		expect( mismatches, 'no lost or duplicated audit entry' ).toEqual( [] );
		expect( phpProblemsSince( mark ) ).toEqual( [] );
	} );
} );
