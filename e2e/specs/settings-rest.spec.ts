/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sessionFor } from '../support/session';
import { ensureUser } from '../support/users';

test.describe( 'REST ttdt/v1/settings', () => {
	test( 'refuses anonymous visitors with 401', async () => {
		const anonymous = await sessionFor( null );
		const read = await anonymous.rest( 'GET', '/ttdt/v1/settings' );
		expect( read.status() ).toBe( 401 );
		const write = await anonymous.rest( 'POST', '/ttdt/v1/settings', {
			agency_name: 'Kẻ lạ',
		} );
		expect( write.status() ).toBe( 401 );
		await anonymous.dispose();
	} );

	test( 'refuses a subscriber with 403 and a Vietnamese message', async ( {
		requestUtils,
	} ) => {
		const user = await ensureUser(
			requestUtils,
			'e2e_subscriber',
			'subscriber'
		);
		const subscriber = await sessionFor( user );
		const write = await subscriber.rest( 'POST', '/ttdt/v1/settings', {
			agency_name: 'Kẻ lạ',
		} );
		expect( write.status() ).toBe( 403 );
		expect( ( await write.json() ).message ).toContain( 'không có quyền' );
		await subscriber.dispose();

		const settings = await requestUtils.rest( {
			path: '/ttdt/v1/settings',
		} );
		expect( settings.agency_name ).not.toBe( 'Kẻ lạ' );
	} );

	test( 'lets an administrator change a setting and validates input', async ( {
		requestUtils,
	} ) => {
		const admin = await sessionFor( {
			username: 'admin',
			password: 'password',
		} );
		const saved = await admin.rest( 'POST', '/ttdt/v1/settings', {
			unit_name: 'xã Thử Nghiệm',
		} );
		expect( saved.status() ).toBe( 200 );
		expect( ( await saved.json() ).unit_name ).toBe( 'xã Thử Nghiệm' );

		const invalid = await admin.rest( 'POST', '/ttdt/v1/settings', {
			email: 'không-phải-email',
		} );
		expect( invalid.status() ).toBe( 400 );
		await admin.dispose();

		const settings = await requestUtils.rest( {
			path: '/ttdt/v1/settings',
		} );
		expect( settings.email ).not.toBe( 'không-phải-email' );
	} );
} );
