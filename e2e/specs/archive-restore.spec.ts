/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { finishJob, type ArchiveJob } from '../support/archive-jobs';

/**
 * The round trip of Art. 6.3.6: a portal seeded with an item (with revisions, a featured
 * image, source and writer), feedback and audit entries is exported, the package is taken into
 * a second, freshly installed site (`scripts/native-site.mjs start test` on the test port + 2,
 * the same mechanism that makes the test site) and restored there, and everything that must
 * match is compared through each site's REST API. Native stack only.
 */
const root = path.resolve( __dirname, '..', '..' );
const portA = Number( process.env.TTDT_TEST_PORT || 8889 );
const portB = Number( process.env.TTDT_RESTORE_PORT || portA + 2 );
const urlA = `http://localhost:${ portA }`;
const urlB = `http://localhost:${ portB }`;
const stamp = Date.now().toString( 36 );
// A 2×2 red PNG.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAA7EAAAOxAGVKw4bAAAAFklEQVQImWP8z8DAwMDAxMDAwMDAAAANHQEDDMfniQAAAABJRU5ErkJggg==',
	'base64'
);

type Rest = ( options: {
	path: string;
	method?: string;
	params?: Record< string, string | number | boolean >;
	data?: unknown;
} ) => Promise< unknown >;
type Post = {
	id: number;
	title: { raw: string };
	content: { raw: string };
	status: string;
	date_gmt: string;
	modified_gmt: string;
	featured_media: number;
	meta: Record< string, unknown >;
};
type Revision = { content: { raw: string }; date_gmt: string };
type AuditEntry = {
	action: string;
	summary: string;
	occurred_at_gmt: string;
	user_login: string;
};

function site( command: 'start' | 'stop' ) {
	execFileSync(
		'node',
		[
			'scripts/native-site.mjs',
			command,
			'test',
			'--port',
			String( portB ),
			'--checkout',
			root,
		],
		{ cwd: root, stdio: 'pipe' }
	);
}

async function auditOf( rest: Rest, id: number ): Promise< AuditEntry[] > {
	const entries = ( await rest( {
		path: '/ttdt/v1/audit',
		params: { object_type: 'post', object_id: id, per_page: 100 },
	} ) ) as AuditEntry[];
	// What must survive the round trip: everything but the IDs.
	return entries
		.map( ( entry ) => ( {
			action: entry.action,
			summary: entry.summary,
			occurred_at_gmt: entry.occurred_at_gmt,
			user_login: entry.user_login,
		} ) )
		.sort( ( a, b ) =>
			( a.occurred_at_gmt + a.action ).localeCompare(
				b.occurred_at_gmt + b.action
			)
		);
}

test.describe( 'Archive round trip', () => {
	let siteB: RequestUtils;
	// RequestUtils finds the REST root from WP_BASE_URL (site A): site B is called by URL.
	const restB: Rest = async ( { path: route, params, method = 'GET' } ) => {
		const response = await siteB.request.fetch(
			`${ urlB }/wp-json${ route }`,
			{
				method,
				params,
				headers: { 'X-WP-Nonce': siteB.storageState!.nonce },
			}
		);
		expect( response.ok(), await response.text() ).toBe( true );
		return response.json();
	};

	test.beforeAll( async () => {
		test.setTimeout( 120_000 );
		site( 'start' );
		siteB = await RequestUtils.setup( {
			baseURL: urlB,
			user: { username: 'admin', password: 'password' },
			storageStatePath: path.join(
				process.env.TTDT_E2E_ARTIFACTS as string,
				`storage-states/admin-${ portB }.json`
			),
		} );
		await siteB.setupRest();
	} );

	test.afterAll( async () => {
		await siteB?.request.dispose();
		site( 'stop' );
	} );

	test( 'a package restored into a fresh site gives back items, revisions, meta, media, feedback and audit log', async ( {
		requestUtils,
	} ) => {
		test.setTimeout( 180_000 );
		const rest: Rest = ( options ) => requestUtils.rest( options );

		// Site A: an image, an item using it with two later versions, feedback.
		const media = ( await requestUtils.request
			.post( `${ urlA }/wp-json/wp/v2/media`, {
				headers: {
					'X-WP-Nonce': requestUtils.storageState!.nonce,
				},
				multipart: {
					file: {
						name: `lang-chua-${ stamp }.png`,
						mimeType: 'image/png',
						buffer: PNG,
					},
					alt_text: 'Cổng làng Chùa',
				},
			} )
			.then( ( r ) => r.json() ) ) as { id: number; source_url: string };
		expect( media.id ).toBeGreaterThan( 0 );
		const image = `<!-- wp:image {"id":${ media.id }} --><figure class="wp-block-image"><img src="${ media.source_url }" class="wp-image-${ media.id }"/></figure><!-- /wp:image -->`;
		const created = ( await rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Lễ hội làng Chùa ${ stamp }`,
				content: `<p>Bản thảo đầu.</p>${ image }`,
				status: 'draft',
				featured_media: media.id,
				meta: {
					ttdt_source: 'Văn phòng HĐND-UBND',
					ttdt_writer: 'Trần Thị Bình',
				},
			},
		} ) ) as Post;
		for ( const text of [ 'Bản sửa lần hai.', 'Bản sửa lần ba.' ] ) {
			await rest( {
				method: 'POST',
				path: `/wp/v2/posts/${ created.id }`,
				data: { content: `<p>${ text }</p>${ image }` },
			} );
		}
		const itemA = ( await rest( {
			path: `/wp/v2/posts/${ created.id }`,
			params: { context: 'edit' },
		} ) ) as Post;
		const revisionsA = ( await rest( {
			path: `/wp/v2/posts/${ created.id }/revisions`,
			params: { context: 'edit', per_page: 100 },
		} ) ) as Revision[];
		expect( revisionsA.length ).toBeGreaterThanOrEqual( 2 );
		const auditA = await auditOf( rest, created.id );
		expect( auditA.length ).toBeGreaterThan( 0 );
		const subject = `Cống tắc ở thôn Nam ${ stamp }`;
		const feedbackA = ( await rest( {
			method: 'POST',
			path: '/ttdt/v1/feedback/staff-entry',
			data: {
				name: 'Lê Văn Cường',
				email: `cuong${ stamp }@example.test`,
				phone: '0987654321',
				type: 'phan_anh',
				subject,
				content: 'Cống trước chợ thôn Nam bị tắc.',
				consent: true,
				channel: 'in_person',
			},
		} ) ) as { id: number; code: string };

		// The portal's settings travel with the package.
		const settingsA = {
			unit_name: `Thị trấn Thanh Chương ${ stamp }`,
			agency_name: 'UBND thị trấn Thanh Chương',
			approval_days: 5,
		};
		await rest( {
			method: 'POST',
			path: '/ttdt/v1/settings',
			data: settingsA,
		} );

		// Export with personal data (the operator asks for it) and download the package.
		const exported = await finishJob(
			( route ) => rest( { path: route } ),
			( await rest( {
				method: 'POST',
				path: '/ttdt/v1/archives',
				data: { personal: true },
			} ) ) as ArchiveJob
		);
		expect( exported.status, exported.error ).toBe( 'done' );
		const packageA = exported.result as { id: string };
		const zip = await (
			await requestUtils.request.get(
				`${ urlA }/wp-json/ttdt/v1/archives/${ packageA.id }/download`,
				{
					headers: {
						'X-WP-Nonce': requestUtils.storageState!.nonce,
					},
				}
			)
		).body();

		// Site B: take the package in, then restore it.
		const imported = await siteB.request.post(
			`${ urlB }/wp-json/ttdt/v1/archives/import`,
			{
				headers: { 'X-WP-Nonce': siteB.storageState!.nonce },
				multipart: {
					package: {
						name: `${ packageA.id }.zip`,
						mimeType: 'application/zip',
						buffer: zip,
					},
				},
			}
		);
		expect( imported.status(), await imported.text() ).toBe( 201 );
		expect( ( await imported.json() ).verification.status ).toBe( 'valid' );
		const restoring = await siteB.request.post(
			`${ urlB }/wp-json/ttdt/v1/archives/${ packageA.id }/restore`,
			{ headers: { 'X-WP-Nonce': siteB.storageState!.nonce } }
		);
		expect( restoring.status(), await restoring.text() ).toBe( 202 );
		const restoreJob = await finishJob(
			( route ) => restB( { path: route } ),
			( await restoring.json() ) as ArchiveJob,
			120_000
		);
		expect( restoreJob.status, restoreJob.error ).toBe( 'done' );
		const restored = restoreJob.result as {
			restored: Record< string, number >;
		};
		expect( restored.restored.items ).toBeGreaterThan( 0 );
		expect( restored.restored.media ).toBeGreaterThan( 0 );

		// A second restore into the now full site is refused.
		const again = await siteB.request.post(
			`${ urlB }/wp-json/ttdt/v1/archives/${ packageA.id }/restore`,
			{ headers: { 'X-WP-Nonce': siteB.storageState!.nonce } }
		);
		expect( again.status() ).toBe( 409 );

		// The item: same text (links now on site B), dates, status, meta, versions.
		const found = ( await restB( {
			path: '/wp/v2/posts',
			params: {
				search: stamp,
				status: 'draft',
				context: 'edit',
			},
		} ) ) as Post[];
		expect( found ).toHaveLength( 1 );
		const itemB = found[ 0 ];
		expect( itemB.title.raw ).toBe( itemA.title.raw );
		expect( itemB.status ).toBe( itemA.status );
		expect( itemB.date_gmt ).toBe( itemA.date_gmt );
		expect( itemB.modified_gmt ).toBe( itemA.modified_gmt );
		expect( itemB.meta.ttdt_source ).toBe( 'Văn phòng HĐND-UBND' );
		expect( itemB.meta.ttdt_writer ).toBe( 'Trần Thị Bình' );
		expect( itemB.featured_media ).toBeGreaterThan( 0 );
		const mediaB = ( await restB( {
			path: `/wp/v2/media/${ itemB.featured_media }`,
		} ) ) as { source_url: string; alt_text: string };
		expect( mediaB.alt_text ).toBe( 'Cổng làng Chùa' );
		expect( mediaB.source_url ).toBe(
			media.source_url.replace( urlA, urlB )
		);
		const bytes = await (
			await siteB.request.get( mediaB.source_url )
		).body();
		expect( Buffer.compare( bytes, PNG ) ).toBe( 0 );
		expect( itemB.content.raw ).toBe(
			itemA.content.raw
				.replaceAll( urlA, urlB )
				.replaceAll(
					`wp-image-${ media.id }`,
					`wp-image-${ itemB.featured_media }`
				)
				.replaceAll(
					`"id":${ media.id }`,
					`"id":${ itemB.featured_media }`
				)
		);
		const revisionsB = ( await restB( {
			path: `/wp/v2/posts/${ itemB.id }/revisions`,
			params: { context: 'edit', per_page: 100 },
		} ) ) as Revision[];
		expect(
			revisionsB.map( ( r ) => [ r.date_gmt, r.content.raw ] )
		).toEqual(
			revisionsA.map( ( r ) => [
				r.date_gmt,
				r.content.raw
					.replaceAll( urlA, urlB )
					.replaceAll(
						`wp-image-${ media.id }`,
						`wp-image-${ itemB.featured_media }`
					)
					.replaceAll(
						`"id":${ media.id }`,
						`"id":${ itemB.featured_media }`
					),
			] )
		);

		// The audit log of the item, under its new ID.
		expect( await auditOf( restB, itemB.id ) ).toEqual( auditA );

		// The settings are back.
		const settingsB = ( await restB( {
			path: '/ttdt/v1/settings',
		} ) ) as Record< string, unknown >;
		expect( settingsB ).toMatchObject( settingsA );

		// Feedback with its code and the citizen's data (asked for at export).
		const inbox = ( await restB( {
			path: '/ttdt/v1/feedback/items',
			params: { search: stamp },
		} ) ) as { code: string; subject: string; name: string }[];
		const feedbackB = inbox.find( ( item ) => item.subject === subject );
		expect( feedbackB?.code ).toBe( feedbackA.code );
		expect( feedbackB?.name ).toBe( 'Lê Văn Cường' );
	} );
} );
