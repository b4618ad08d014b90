/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { request } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import type { Credentials } from '../support/session';
import { ensureUser } from '../support/users';
import { Sessions, type User } from '../support/workflow';
import { xmlrpcEditPost } from '../support/xmlrpc';

/**
 * Business promotion (issue 13, Art. 11): an entry is published only once the business's
 * written confirmation is attached and a moderator has checked that very file, on every path
 * (here REST and XML-RPC; the rule is one of the publish gate's, whose other paths
 * `publish-paths.spec.ts` covers). The confirmation and the fee are never public. Every
 * outcome is read back from the site, never taken from the answer.
 */

const ADMIN: Credentials = { username: 'admin', password: 'password' };
const PROVENANCE = {
	ttdt_source: 'Văn phòng HĐND và UBND xã',
	ttdt_writer: 'Nguyễn Văn Viết',
};
/** A one-page PDF: the signed confirmation, as scanned. */
const PDF =
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

type Entry = {
	id: number;
	status: string;
	link: string;
	meta: Record< string, unknown >;
};
type Blocked = {
	code: string;
	message: string;
	data: { status: number; reasons: Array< { code: string } > };
};

test.describe( 'Business promotion (issue 13)', () => {
	test.describe.configure( { timeout: 180_000 } );
	const sessions = new Sessions();
	const stamp = String( Date.now() ).slice( -6 );
	let writer: User;
	let updater: User;

	/**
	 * Uploads a confirmation file as the administrator.
	 *
	 * @param requestUtils             Admin request utilities.
	 * @param requestUtils.uploadMedia Uploads a file to the media library.
	 * @param name                     File name, without extension.
	 */
	const upload = async (
		requestUtils: { uploadMedia: ( file: string ) => Promise< unknown > },
		name: string
	) => {
		const file = path.join( os.tmpdir(), `${ name }-${ stamp }.pdf` );
		fs.writeFileSync( file, PDF );
		return ( await requestUtils.uploadMedia( file ) ) as { id: number };
	};

	/**
	 * A draft entry written by the collaborator, so the administrator's publishing approves it.
	 *
	 * @param title Entry title.
	 * @param meta  More fields.
	 */
	const draft = async (
		title: string,
		meta: Record< string, unknown > = {}
	): Promise< Entry > => {
		const admin = await sessions.of( ADMIN );
		const response = await admin.rest( 'POST', '/wp/v2/ttdt-businesses', {
			title,
			status: 'draft',
			author: writer.id,
			excerpt: 'Hợp tác xã sản xuất chè an toàn theo tiêu chuẩn VietGAP.',
			content:
				'<!-- wp:paragraph --><p>Giới thiệu hợp tác xã.</p><!-- /wp:paragraph -->',
			meta: {
				...PROVENANCE,
				ttdt_biz_kind: 'business',
				ttdt_biz_address: 'Thôn Đồng Tâm, xã Tân Lập',
				ttdt_biz_phone: '0912 345 678',
				ttdt_biz_email: 'htx.che@example.test',
				ttdt_biz_products: 'Chè búp khô\nChè xanh túi lọc',
				ttdt_biz_fee: 500000,
				ttdt_biz_fee_receipt: `BL ${ stamp } ngày 01/11/2026`,
				...meta,
			},
		} );
		expect( response.status() ).toBe( 201 );
		return ( await response.json() ) as Entry;
	};

	/**
	 * The stored entry, as staff see it.
	 *
	 * @param id Entry ID.
	 */
	const stored = async ( id: number ): Promise< Entry > => {
		const admin = await sessions.of( ADMIN );
		const response = await admin.rest(
			'GET',
			`/wp/v2/ttdt-businesses/${ id }?context=edit`
		);
		expect( response.status() ).toBe( 200 );
		return ( await response.json() ) as Entry;
	};

	test.beforeAll( async ( { requestUtils } ) => {
		writer = await ensureUser(
			requestUtils,
			'dn_ctv',
			'ttdt_collaborator'
		);
		updater = await ensureUser(
			requestUtils,
			'dn_capnhat',
			'ttdt_updater'
		);
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	test( 'REST: no confirmation, no check, no publishing; the showcase lists the published entry only', async ( {
		requestUtils,
	} ) => {
		const admin = await sessions.of( ADMIN );
		const title = `Hợp tác xã chè Tân Lập ${ stamp }`;
		const entry = await draft( title );
		const publish = ( meta: Record< string, unknown > = {} ) =>
			admin.rest( 'POST', `/wp/v2/ttdt-businesses/${ entry.id }`, {
				status: 'publish',
				meta,
			} );

		// 1. Nothing attached: refused, in Vietnamese, saying what to do.
		let response = await publish();
		expect( response.status() ).toBe( 400 );
		let body = ( await response.json() ) as Blocked;
		expect( body.code ).toBe( 'ttdt_publish_blocked' );
		expect( body.data.reasons.map( ( reason ) => reason.code ) ).toEqual( [
			'ttdt_business_confirmation',
		] );
		expect( body.message ).toContain(
			'Chưa đính kèm văn bản xác nhận nội dung của doanh nghiệp'
		);
		expect( ( await stored( entry.id ) ).status ).toBe( 'draft' );

		// 2. Attached in the same request, but no moderator checked it: refused, and the
		//    refusal stores nothing the request carried.
		const confirmation = await upload( requestUtils, 'xac-nhan-htx' );
		response = await publish( { ttdt_biz_confirmation: confirmation.id } );
		expect( response.status() ).toBe( 400 );
		body = ( await response.json() ) as Blocked;
		expect( body.data.reasons.map( ( reason ) => reason.code ) ).toEqual( [
			'ttdt_business_unchecked',
		] );
		expect( body.message ).toContain(
			'chưa được người kiểm duyệt kiểm tra'
		);
		let after = await stored( entry.id );
		expect( after.status ).toBe( 'draft' );
		expect( after.meta.ttdt_biz_confirmation ).toBe( 0 );

		// 3. An updater (no right to approve) may attach the file but not check it.
		const asUpdater = await sessions.of( updater );
		response = await asUpdater.rest(
			'POST',
			`/wp/v2/ttdt-businesses/${ entry.id }`,
			{
				meta: {
					ttdt_biz_confirmation: confirmation.id,
					ttdt_biz_confirmation_checked: confirmation.id,
				},
			}
		);
		expect( response.status() ).toBe( 403 );
		after = await stored( entry.id );
		expect( after.meta.ttdt_biz_confirmation_checked ).toBe( 0 );

		// 4. Attached and checked by the administrator (a reviewer of the writer's entry).
		response = await publish( {
			ttdt_biz_confirmation: confirmation.id,
			ttdt_biz_confirmation_checked: confirmation.id,
		} );
		expect( response.status() ).toBe( 200 );
		after = await stored( entry.id );
		expect( after.status ).toBe( 'publish' );
		expect( after.meta.ttdt_biz_confirmation ).toBe( confirmation.id );

		// 5. The public sees the entry, never the confirmation or the fee.
		const visitor = await sessions.of( null );
		response = await visitor.rest(
			'GET',
			`/wp/v2/ttdt-businesses/${ entry.id }`
		);
		expect( response.status() ).toBe( 200 );
		const publicMeta = ( ( await response.json() ) as Entry ).meta;
		expect( publicMeta.ttdt_biz_phone ).toBe( '0912 345 678' );
		for ( const key of [
			'ttdt_biz_confirmation',
			'ttdt_biz_confirmation_checked',
			'ttdt_biz_fee',
			'ttdt_biz_fee_receipt',
		] ) {
			expect( publicMeta ).not.toHaveProperty( key );
		}
		response = await visitor.rest(
			'GET',
			`/wp/v2/media/${ confirmation.id }`
		);
		expect( [ 401, 403, 404 ] ).toContain( response.status() );

		// 6. The showcase lists the published entry, not a draft, and adds no script.
		const unpublished = await draft( `Cơ sở mộc chưa xác nhận ${ stamp }` );
		response = await admin.rest( 'POST', '/wp/v2/pages', {
			title: `Doanh nghiệp tiêu biểu ${ stamp }`,
			status: 'publish',
			content: '<!-- wp:ttdt/business-showcase {"perPage":50} /-->',
		} );
		expect( response.status() ).toBe( 201 );
		const page = ( await response.json() ) as { link: string };
		// As a visitor: no cookies.
		const anonymous = await request.newContext();
		const html = await ( await anonymous.get( page.link ) ).text();
		await anonymous.dispose();
		expect( html ).toContain( title );
		expect( html ).toContain( 'Chè búp khô, Chè xanh túi lọc' );
		expect( html ).toContain( 'Sản phẩm tiêu biểu:' );
		expect( html ).not.toContain( `Cơ sở mộc chưa xác nhận ${ stamp }` );
		expect( html ).not.toContain( `BL ${ stamp }` );
		expect( html ).not.toMatch( /<script[^>]+business-showcase/ );
		expect( ( await stored( unpublished.id ) ).status ).toBe( 'draft' );
	} );

	test( 'The confirmation file lives where no visitor can fetch it; a moderator downloads it', async ( {
		requestUtils,
	} ) => {
		const admin = await sessions.of( ADMIN );
		const entry = await draft( `Cơ sở chè Phú Thọ ${ stamp }` );
		const confirmation = await upload( requestUtils, 'xac-nhan-rieng' );
		const media = await admin.rest(
			'GET',
			`/wp/v2/media/${ confirmation.id }?context=edit`
		);
		const before = ( ( await media.json() ) as { source_url: string } )
			.source_url;
		let response = await admin.rest(
			'POST',
			`/wp/v2/ttdt-businesses/${ entry.id }`,
			{ meta: { ttdt_biz_confirmation: confirmation.id } }
		);
		expect( response.status() ).toBe( 200 );
		response = await admin.rest(
			'GET',
			`/wp/v2/media/${ confirmation.id }?context=edit`
		);
		const after = ( ( await response.json() ) as { source_url: string } )
			.source_url;
		expect( after ).toContain(
			'/wp-content/uploads/ttdt-private/business/'
		);

		// A visitor gets neither the old address, nor the new one, nor the route.
		const anonymous = await request.newContext();
		expect( ( await anonymous.get( before ) ).status() ).toBe( 404 );
		expect( ( await anonymous.get( after ) ).status() ).toBe( 403 );
		await anonymous.dispose();
		const visitor = await sessions.of( null );
		response = await visitor.rest(
			'GET',
			`/ttdt/v1/businesses/${ entry.id }/confirmation`
		);
		expect( response.status() ).toBe( 401 );

		// The administrator, who moderates, downloads the very file.
		response = await admin.rest(
			'GET',
			`/ttdt/v1/businesses/${ entry.id }/confirmation`
		);
		expect( response.status() ).toBe( 200 );
		expect( response.headers()[ 'content-type' ] ).toBe(
			'application/pdf'
		);
		expect( await response.text() ).toBe( PDF );
	} );

	test( 'XML-RPC: refused without a checked confirmation; a replaced file needs a new check', async ( {
		requestUtils,
	} ) => {
		const admin = await sessions.of( ADMIN );
		const entry = await draft( `Làng nghề mây tre đan ${ stamp }`, {
			ttdt_biz_kind: 'product',
		} );

		await xmlrpcEditPost( ADMIN, entry.id, { post_status: 'publish' } );
		expect( ( await stored( entry.id ) ).status ).toBe( 'draft' );

		// Checked, then the file replaced: the check was of the old file.
		const first = await upload( requestUtils, 'xac-nhan-lang-nghe' );
		const second = await upload( requestUtils, 'xac-nhan-lang-nghe-moi' );
		const response = await admin.rest(
			'POST',
			`/wp/v2/ttdt-businesses/${ entry.id }`,
			{
				meta: {
					ttdt_biz_confirmation: second.id,
					ttdt_biz_confirmation_checked: first.id,
				},
			}
		);
		expect( response.status() ).toBe( 200 );
		await xmlrpcEditPost( ADMIN, entry.id, { post_status: 'publish' } );
		expect( ( await stored( entry.id ) ).status ).toBe( 'draft' );

		await admin.rest( 'POST', `/wp/v2/ttdt-businesses/${ entry.id }`, {
			meta: { ttdt_biz_confirmation_checked: second.id },
		} );
		const answer = await xmlrpcEditPost( ADMIN, entry.id, {
			post_status: 'publish',
		} );
		expect( answer ).not.toContain( '<fault>' );
		expect( ( await stored( entry.id ) ).status ).toBe( 'publish' );
	} );
} );
