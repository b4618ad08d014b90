/**
 * External dependencies
 */
import path from 'node:path';
import { request } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { finishJob, type ArchiveJob } from '../support/archive-jobs';
import { nativeSite } from '../support/native-db';
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';

type Package = {
	id: string;
	size: number;
	counts: Record< string, number >;
	file?: string;
	verification: { status: string; problems: { file: string }[] };
};

const baseURL = () => process.env.WP_BASE_URL as string;

test.describe( 'REST ttdt/v1/archives', () => {
	test( 'refuses visitors (401) and non-administrators (403) on every route', async ( {
		requestUtils,
	} ) => {
		const anonymous = await sessionFor( null );
		for ( const [ method, route ] of [
			[ 'GET', '/ttdt/v1/archives' ],
			[ 'POST', '/ttdt/v1/archives' ],
			[ 'GET', '/ttdt/v1/archives/ttdt-20260101-000000-abcdef/download' ],
			[ 'POST', '/ttdt/v1/archives/ttdt-20260101-000000-abcdef/verify' ],
		] ) {
			expect(
				( await anonymous.rest( method, route ) ).status(),
				`${ method } ${ route }`
			).toBe( 401 );
		}
		await anonymous.dispose();

		// A publisher runs the portal's content but not its archive.
		const publisher = await sessionFor(
			await ensureUser(
				requestUtils,
				'e2e_archive_pub',
				'ttdt_publisher'
			)
		);
		const refused = await publisher.rest( 'POST', '/ttdt/v1/archives' );
		expect( refused.status() ).toBe( 403 );
		expect( ( await refused.json() ).message ).toContain(
			'không có quyền'
		);
		await publisher.dispose();
	} );

	test( 'creates, lists, verifies and downloads a package; the file cannot be fetched anonymously', async ( {
		requestUtils,
	} ) => {
		const get = ( route: string ) => requestUtils.rest( { path: route } );
		// Writing is a background job: 202 with the job, polled until done.
		const started = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/archives',
		} ) ) as ArchiveJob;
		expect( started.status ).toMatch( /^(queued|running|done)$/ );
		const exported = await finishJob( get, started );
		expect( exported.status, exported.error ).toBe( 'done' );
		expect( exported.done ).toBe( exported.total );
		const created = exported.result as Package;
		expect( created.id ).toMatch( /^ttdt-\d{8}-\d{6}-[a-f0-9]{6}$/ );
		expect( created.size ).toBeGreaterThan( 0 );
		expect( created.verification.status ).toBe( 'unchecked' );

		const list = ( await requestUtils.rest( {
			path: '/ttdt/v1/archives',
			params: { context: 'edit' },
		} ) ) as Package[];
		const listed = list.find( ( item ) => item.id === created.id );
		expect( listed?.size ).toBe( created.size );

		const verifying = ( await requestUtils.rest( {
			method: 'POST',
			path: `/ttdt/v1/archives/${ created.id }/verify`,
		} ) ) as ArchiveJob;
		const verified = ( await finishJob( get, verifying ) )
			.result as Package;
		expect( verified.verification.status ).toBe( 'valid' );
		expect( verified.verification.problems ).toEqual( [] );

		// The download is the zip itself, with the bag's folder inside.
		const download = await requestUtils.request.get(
			`${ baseURL() }/wp-json/ttdt/v1/archives/${ created.id }/download`,
			{ headers: { 'X-WP-Nonce': requestUtils.storageState!.nonce } }
		);
		expect( download.status() ).toBe( 200 );
		expect( download.headers()[ 'content-type' ] ).toBe(
			'application/zip'
		);
		const body = await download.body();
		expect( body.length ).toBe( created.size );
		expect( body.subarray( 0, 2 ).toString() ).toBe( 'PK' );
		expect( body.includes( `${ created.id }/bagit.txt` ) ).toBe( true );

		// Where it is stored: outside the WordPress folder the web server serves (the test
		// site, like a well-set-up host, names a private folder in TTDT_ARCHIVE_DIR).
		const file = listed?.file as string;
		expect( file ).toMatch( new RegExp( `${ created.id }\\.zip$` ) );
		expect( path.relative( nativeSite.wordpress, file ) ).toMatch(
			/^\.\.\//
		);
		const anonymous = await request.newContext( {
			baseURL: baseURL(),
			storageState: { cookies: [], origins: [] },
		} );
		const viaRest = await anonymous.get(
			`/wp-json/ttdt/v1/archives/${ created.id }/download`
		);
		expect( viaRest.status() ).toBe( 401 );
		expect( ( await viaRest.body() ).subarray( 0, 2 ).toString() ).not.toBe(
			'PK'
		);
		await anonymous.dispose();
	} );

	test( 'works with an application password, as a host scheduler would drive it', async ( {
		requestUtils,
	} ) => {
		const created = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users/me/application-passwords',
			data: { name: `archive-${ Date.now() }` },
		} ) ) as { password: string; uuid: string };
		// No cookies: the test runner would otherwise lend the admin's session to this context.
		const script = await request.newContext( {
			baseURL: baseURL(),
			storageState: { cookies: [], origins: [] },
			extraHTTPHeaders: {
				Authorization: `Basic ${ Buffer.from(
					`admin:${ created.password }`
				).toString( 'base64' ) }`,
			},
		} );
		const get = async ( route: string ) =>
			( await script.get( `/wp-json${ route }` ) ).json();
		const made = await script.post( '/wp-json/ttdt/v1/archives' );
		expect( made.status() ).toBe( 202 );
		// The job to poll is named by Location and by its `self` link.
		const job = ( await made.json() ) as ArchiveJob & {
			_links: { self: { href: string }[] };
		};
		expect( made.headers().location ).toBe( job._links.self[ 0 ].href );
		const id = ( await finishJob( get, job ) ).result!.id as string;
		const verify = await script.post(
			`/wp-json/ttdt/v1/archives/${ id }/verify`
		);
		expect( verify.status() ).toBe( 202 );
		expect(
			( await finishJob( get, ( await verify.json() ) as ArchiveJob ) )
				.result!.verification.status
		).toBe( 'valid' );
		const removed = await script.delete(
			`/wp-json/ttdt/v1/archives/${ id }`
		);
		expect( removed.status() ).toBe( 200 );
		expect(
			( await script.get( `/wp-json/ttdt/v1/archives/${ id }` ) ).status()
		).toBe( 404 );
		await script.dispose();
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/me/application-passwords/${ created.uuid }`,
		} );
	} );
} );
