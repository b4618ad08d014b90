/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { ensureUser } from '../support/users';
import {
	approveIn,
	createItems,
	Sessions,
	workflowAs,
	workflowOf,
	type User,
} from '../support/workflow';
import { xmlrpcEditPost } from '../support/xmlrpc';

const ADMIN = { username: 'admin', password: 'password' };

/** A 1×1 PNG, for a featured image. */
const PIXEL = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

/**
 * A day before today, `Y-m-d`.
 *
 * @param days Days back.
 */
const daysAgo = ( days: number ) =>
	new Date( Date.now() - days * 86400e3 ).toISOString().slice( 0, 10 );

test.describe( 'An approval means what was approved (issue 8)', () => {
	// Every step is an HTTP request to a site that answers one at a time.
	test.describe.configure( { timeout: 300_000 } );
	const sessions = new Sessions();
	const stamp = Date.now();
	let writer: User;
	let moderator: User;
	let publisher: User;
	let editor: User;
	let author: User;
	let other: User;
	let categoryId = 0;
	let tagId = 0;
	let mediaId = 0;
	let collaboratorId = 0;

	test.beforeAll( async ( { requestUtils } ) => {
		test.setTimeout( 300_000 );
		writer = await ensureUser(
			requestUtils,
			'ai_ctv',
			'ttdt_collaborator'
		);
		moderator = await ensureUser(
			requestUtils,
			'ai_kiemduyet',
			'ttdt_moderator'
		);
		publisher = await ensureUser(
			requestUtils,
			'ai_xuatban',
			'ttdt_publisher'
		);
		// Core roles that may publish but are no moderators.
		editor = await ensureUser( requestUtils, 'ai_editor', 'editor' );
		author = await ensureUser( requestUtils, 'ai_author', 'author' );
		other = await ensureUser( requestUtils, 'ai_khac', 'ttdt_updater' );

		const admin = await sessions.of( ADMIN );
		categoryId = (
			await (
				await admin.rest( 'POST', '/wp/v2/categories', {
					name: `Chuyên mục ${ stamp }`,
				} )
			).json()
		).id;
		tagId = (
			await (
				await admin.rest( 'POST', '/wp/v2/tags', {
					name: `Thẻ ${ stamp }`,
				} )
			).json()
		).id;
		const file = path.join( os.tmpdir(), `ttdt-pixel-${ stamp }.png` );
		fs.writeFileSync( file, PIXEL );
		mediaId = ( await requestUtils.uploadMedia( file ) ).id;
		const collaborator = await admin.rest(
			'POST',
			'/ttdt/v1/collaborators',
			{
				title: `Cộng Tác Viên Liên Kết ${ stamp }`,
				meta: { ttdt_user_id: moderator.id },
			}
		);
		expect( collaborator.status(), await collaborator.text() ).toBe( 201 );
		collaboratorId = ( await collaborator.json() ).id;
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	test.describe( 'Separation of duties', () => {
		test( 'a moderator cannot approve an item they wrote, nor one whose writer is them', async ( {
			requestUtils,
		} ) => {
			const asModerator = await sessions.of( moderator );
			const created = await asModerator.rest( 'POST', '/wp/v2/posts', {
				title: `Tin do kiểm duyệt tự viết ${ stamp }`,
				content: '<p>Nội dung.</p>',
				status: 'draft',
				meta: {
					ttdt_source: 'Văn phòng UBND',
					ttdt_writer: 'Nguyễn Văn Viết',
				},
			} );
			expect( created.status() ).toBe( 201 );
			const own = ( await created.json() ).id as number;
			expect(
				(
					await asModerator.rest(
						'POST',
						`/ttdt/v1/workflow/${ own }/submit`
					)
				).status()
			).toBe( 200 );

			// Written by someone else, but naming the moderator as writer: by printed name,
			// and through a registry record linked to the moderator's account.
			const [ byName, byRecord, control ] = await createItems(
				requestUtils,
				[
					{ state: 'submitted', author: writer.id },
					{ state: 'submitted', author: writer.id },
					{ state: 'submitted', author: writer.id },
				]
			);
			const admin = await sessions.of( ADMIN );
			await admin.rest( 'POST', `/wp/v2/posts/${ byName }`, {
				meta: { ttdt_writer: moderator.username },
			} );
			await admin.rest( 'POST', `/wp/v2/posts/${ byRecord }`, {
				meta: {
					ttdt_writer: 'Người Khác',
					ttdt_collaborator_id: collaboratorId,
				},
			} );

			for ( const id of [ own, byName, byRecord ] ) {
				const view = await (
					await asModerator.rest( 'GET', `/ttdt/v1/workflow/${ id }` )
				).json();
				expect( view.allowed_actions ).not.toContain( 'approve' );
				const refused = await approveIn( asModerator, id );
				expect( refused.status(), `item ${ id }` ).toBe( 403 );
				expect( ( await refused.json() ).message ).toContain(
					'người viết tin bài này'
				);
				expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
					'submitted'
				);
			}
			// Someone else's item: the same moderator may approve it.
			expect( ( await approveIn( asModerator, control ) ).status() ).toBe(
				200
			);
		} );

		test( 'publishing does not approve one’s own item: REST create, REST update, XML-RPC', async ( {
			requestUtils,
		} ) => {
			const asPublisher = await sessions.of( publisher );
			const meta = {
				ttdt_source: 'Văn phòng UBND',
				ttdt_writer: 'Nguyễn Văn Viết',
			};
			const direct = await asPublisher.rest( 'POST', '/wp/v2/posts', {
				title: `Tin tự xuất bản ${ stamp }`,
				content: '<p>Nội dung.</p>',
				status: 'publish',
				meta,
			} );
			expect( direct.status() ).toBe( 403 );
			expect( ( await direct.json() ).message ).toContain(
				'không được tự duyệt'
			);

			const ids: number[] = [];
			for ( const title of [ 'REST', 'XML-RPC' ] ) {
				const created = await asPublisher.rest(
					'POST',
					'/wp/v2/posts',
					{
						title: `Tin của người xuất bản (${ title }) ${ stamp }`,
						content: '<p>Nội dung.</p>',
						status: 'pending',
						meta,
					}
				);
				ids.push( ( await created.json() ).id );
			}
			const refused = await asPublisher.rest(
				'POST',
				`/wp/v2/posts/${ ids[ 0 ] }`,
				{ status: 'publish' }
			);
			expect( refused.status() ).toBe( 403 );
			await xmlrpcEditPost( publisher, ids[ 1 ], {
				post_status: 'publish',
			} );
			for ( const id of ids ) {
				const item = await workflowOf( requestUtils, id );
				expect( item.state ).not.toBe( 'published' );
				expect( item.approved ).toBeNull();
			}
		} );

		test( 'an administrator overrides only explicitly, with a reason, and the audit log says so', async ( {
			requestUtils,
		} ) => {
			const admin = await sessions.of( ADMIN );
			const created = await admin.rest( 'POST', '/wp/v2/posts', {
				title: `Tin quản trị tự viết ${ stamp }`,
				content: '<p>Nội dung.</p>',
				status: 'pending',
				meta: {
					ttdt_source: 'Văn phòng UBND',
					ttdt_writer: 'Nguyễn Văn Viết',
				},
			} );
			const id = ( await created.json() ).id as number;

			expect( ( await approveIn( admin, id ) ).status() ).toBe( 403 );
			expect(
				( await workflowOf( requestUtils, id ) ).allowed_actions
			).toContain( 'approve_override' );
			const noReason = await approveIn( admin, id, { override: true } );
			expect( noReason.status() ).toBe( 400 );
			expect( ( await noReason.json() ).message ).toContain( 'lý do' );
			// A moderator may not override at all.
			const asModerator = await sessions.of( moderator );
			const mine = await asModerator.rest( 'POST', '/wp/v2/posts', {
				title: `Tin kiểm duyệt muốn tự duyệt ${ stamp }`,
				status: 'pending',
				meta: { ttdt_source: 'UBND', ttdt_writer: 'Nguyễn Văn Viết' },
			} );
			expect(
				(
					await approveIn( asModerator, ( await mine.json() ).id, {
						override: true,
						override_reason: 'Không có ai khác',
					} )
				).status()
			).toBe( 403 );

			const reason = 'Trưởng ban đi công tác, tin khẩn';
			const allowed = await approveIn( admin, id, {
				override: true,
				override_reason: reason,
			} );
			expect( allowed.status(), await allowed.text() ).toBe( 200 );
			const item = await workflowOf( requestUtils, id );
			expect( item.state ).toBe( 'approved' );
			expect( item.history.at( -1 )?.action ).toBe( 'approve_override' );
			expect( item.history.at( -1 )?.note ).toContain( reason );

			const audit = await (
				await admin.rest(
					'GET',
					`/ttdt/v1/audit?object_type=post&object_id=${ id }`
				)
			).json();
			const entry = audit.find(
				( row: { action: string } ) =>
					row.action === 'workflow.approve_override'
			);
			expect( entry?.after?.note ).toContain( reason );
		} );
	} );

	test.describe( 'The approval is bound to the content approved', () => {
		test( 'changing the reference flag and the source after approval withdraws it; moderators are told, history and audit say why', async ( {
			requestUtils,
			mailbox,
		} ) => {
			const [ id ] = await createItems( requestUtils, [
				{ state: 'submitted', author: writer.id },
			] );
			await (
				await sessions.of( ADMIN )
			).rest( 'POST', `/wp/v2/posts/${ id }`, {
				meta: { ttdt_is_reference: true },
			} );
			await workflowAs( requestUtils, id, 'approve' );
			expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
				'approved'
			);
			mailbox.clear();

			const edited = await (
				await sessions.of( writer )
			).rest( 'POST', `/wp/v2/posts/${ id }`, {
				meta: { ttdt_is_reference: false, ttdt_source: 'Nguồn khác' },
			} );
			expect( edited.status() ).toBe( 200 );

			const item = await workflowOf( requestUtils, id );
			expect( item.state ).toBe( 'submitted' );
			expect( item.approved ).toBeNull();
			const reopen = item.history.at( -1 );
			expect( reopen?.action ).toBe( 'reopen' );
			expect( reopen?.note ).toContain( 'nguồn tin' );
			expect( reopen?.note ).toContain( 'tin tham khảo' );

			const mail = await mailbox.waitFor( ( message ) =>
				message.to.includes( 'ai_kiemduyet@example.test' )
			);
			expect( mail.subject ).toContain( 'Rút lại duyệt' );
			expect( mail.text ).toContain( 'nguồn tin' );

			const audit = await (
				await (
					await sessions.of( ADMIN )
				).rest(
					'GET',
					`/ttdt/v1/audit?object_type=post&object_id=${ id }`
				)
			).json();
			expect(
				audit.find(
					( row: { action: string } ) =>
						row.action === 'workflow.reopen'
				)?.after?.note
			).toContain( 'nguồn tin' );
		} );

		test( 'a category change and an XML-RPC edit withdraw it as well', async ( {
			requestUtils,
		} ) => {
			const [ viaTerms, viaXmlrpc ] = await createItems( requestUtils, [
				{ state: 'approved', author: writer.id },
				{ state: 'approved', author: writer.id },
			] );
			await (
				await sessions.of( ADMIN )
			).rest( 'POST', `/wp/v2/posts/${ viaTerms }`, {
				categories: [ categoryId ],
			} );
			await xmlrpcEditPost( writer, viaXmlrpc, {
				post_excerpt: 'Tóm tắt viết thêm sau khi duyệt',
			} );
			for ( const id of [ viaTerms, viaXmlrpc ] ) {
				const item = await workflowOf( requestUtils, id );
				expect( item.state, `item ${ id }` ).toBe( 'submitted' );
				expect( item.history.at( -1 )?.action ).toBe( 'reopen' );
			}
		} );

		test( 'who may publish but not approve cannot change the item in the request that publishes it', async ( {
			requestUtils,
		} ) => {
			const [ titled, filed, ownByAuthor, viaXmlrpc, clean ] =
				await createItems( requestUtils, [
					{ state: 'approved', author: writer.id },
					{ state: 'approved', author: writer.id },
					{ state: 'approved', author: author.id },
					{ state: 'approved', author: writer.id },
					{ state: 'approved', author: writer.id },
				] );
			const asEditor = await sessions.of( editor );
			const before = await requestUtils.rest( {
				path: `/wp/v2/posts/${ titled }`,
				params: { context: 'edit' },
			} );

			for ( const [ id, session, body ] of [
				[ titled, asEditor, { title: 'Tiêu đề đổi khi xuất bản' } ],
				[ filed, asEditor, { categories: [ categoryId ] } ],
				[
					ownByAuthor,
					await sessions.of( author ),
					{ meta: { ttdt_source: 'Nguồn đổi khi xuất bản' } },
				],
			] as const ) {
				const refused = await session.rest(
					'POST',
					`/wp/v2/posts/${ id }`,
					{
						status: 'publish',
						...body,
					}
				);
				expect(
					refused.status(),
					`item ${ id }`
				).toBeGreaterThanOrEqual( 400 );
				expect( refused.status() ).toBeLessThan( 500 );
				expect( ( await refused.json() ).message ).toContain(
					'trình duyệt lại'
				);
				const item = await workflowOf( requestUtils, id );
				expect( item.state ).toBe( 'approved' );
			}
			// Nothing of the refused request was stored.
			const after = await requestUtils.rest( {
				path: `/wp/v2/posts/${ titled }`,
				params: { context: 'edit' },
			} );
			expect( after.title.raw ).toBe( before.title.raw );
			expect( after.status ).toBe( 'pending' );

			// Where a save cannot be refused, the item is kept unpublished.
			await xmlrpcEditPost( editor, viaXmlrpc, {
				post_status: 'publish',
				post_title: 'Tiêu đề đổi qua XML-RPC khi xuất bản',
			} );
			const kept = await workflowOf( requestUtils, viaXmlrpc );
			expect( kept.state ).not.toBe( 'published' );
			expect( kept.approved ).toBeNull();

			// Unchanged, the approved item is published.
			expect(
				(
					await asEditor.rest( 'POST', `/wp/v2/posts/${ clean }`, {
						status: 'publish',
					} )
				).status()
			).toBe( 200 );

			// Someone who may approve it records approve + publish.
			const asPublisher = await sessions.of( publisher );
			const published = await asPublisher.rest(
				'POST',
				`/wp/v2/posts/${ titled }`,
				{ status: 'publish', title: 'Tiêu đề do người xuất bản sửa' }
			);
			expect( published.status() ).toBe( 200 );
			const item = await workflowOf( requestUtils, titled );
			expect(
				item.history
					.slice( -2 )
					.map( ( entry ) => [ entry.action, entry.user.id ] )
			).toEqual( [
				[ 'approve', publisher.id ],
				[ 'publish', publisher.id ],
			] );
			expect( item.history.at( -2 )?.note ).toContain( 'tiêu đề' );
		} );

		test( 'the approval names the version the moderator saw: 409 if the item changed since', async ( {
			requestUtils,
		} ) => {
			const [ id ] = await createItems( requestUtils, [
				{ state: 'submitted', author: writer.id },
			] );
			const asModerator = await sessions.of( moderator );
			const seen = (
				await (
					await asModerator.rest( 'GET', `/ttdt/v1/workflow/${ id }` )
				).json()
			).fingerprint as string;
			expect( seen ).toMatch( /^[0-9a-f]{64}$/ );

			const missing = await asModerator.rest(
				'POST',
				`/ttdt/v1/workflow/${ id }/approve`,
				{}
			);
			expect( missing.status() ).toBe( 400 );

			await (
				await sessions.of( writer )
			).rest( 'POST', `/wp/v2/posts/${ id }`, {
				meta: { ttdt_source: 'Nguồn sửa trong lúc chờ duyệt' },
			} );
			const stale = await asModerator.rest(
				'POST',
				`/ttdt/v1/workflow/${ id }/approve`,
				{ fingerprint: seen }
			);
			expect( stale.status() ).toBe( 409 );
			expect( ( await stale.json() ).message ).toContain(
				'đã bị sửa sau khi bạn mở'
			);
			expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
				'submitted'
			);
			expect( ( await approveIn( asModerator, id ) ).status() ).toBe(
				200
			);
		} );
	} );

	test( 'property: after approval, changing any one field of the protected set withdraws the approval', async ( {
		requestUtils,
	} ) => {
		test.setTimeout( 900_000 );
		type Change = {
			field: string;
			by: 'writer' | 'admin';
			route: ( id: number ) => string;
			body: ( text: string ) => Record< string, unknown >;
		};
		const post = ( id: number ) => `/wp/v2/posts/${ id }`;
		const changes: Change[] = [
			{
				field: 'title',
				by: 'writer',
				route: post,
				body: ( t ) => ( { title: `Tiêu đề ${ t }` } ),
			},
			{
				field: 'content',
				by: 'writer',
				route: post,
				body: ( t ) => ( { content: `<p>Nội dung ${ t }</p>` } ),
			},
			{
				field: 'excerpt',
				by: 'admin',
				route: post,
				body: ( t ) => ( { excerpt: `Tóm tắt ${ t }` } ),
			},
			{
				field: 'slug',
				by: 'admin',
				route: post,
				body: ( t ) => ( {
					slug: `duong-dan-${ t.length }-${ Date.now() }`,
				} ),
			},
			{
				field: 'date',
				by: 'admin',
				route: post,
				body: () => ( { date: '2025-03-04T08:00:00' } ),
			},
			{
				field: 'password',
				by: 'admin',
				route: post,
				body: ( t ) => ( { password: `mk${ t.length }` } ),
			},
			{
				field: 'author',
				by: 'admin',
				route: post,
				body: () => ( { author: other.id } ),
			},
			{
				field: 'sticky',
				by: 'admin',
				route: post,
				body: () => ( { sticky: true } ),
			},
			{
				field: 'featured image',
				by: 'admin',
				route: post,
				body: () => ( { featured_media: mediaId } ),
			},
			{
				field: 'categories',
				by: 'admin',
				route: post,
				body: () => ( { categories: [ categoryId ] } ),
			},
			{
				field: 'tags',
				by: 'writer',
				route: post,
				body: () => ( { tags: [ tagId ] } ),
			},
			{
				field: 'source',
				by: 'writer',
				route: post,
				body: ( t ) => ( { meta: { ttdt_source: `Nguồn ${ t }` } } ),
			},
			{
				field: 'writer',
				by: 'writer',
				route: post,
				body: ( t ) => ( {
					meta: { ttdt_writer: `Người viết ${ t }` },
				} ),
			},
			{
				field: 'reference',
				by: 'writer',
				route: post,
				body: () => ( { meta: { ttdt_is_reference: true } } ),
			},
			{
				field: 'reader contribution',
				by: 'writer',
				route: post,
				body: () => ( { meta: { ttdt_is_reader_contribution: true } } ),
			},
			{
				field: 'collaborator',
				by: 'admin',
				route: post,
				body: () => ( {
					meta: { ttdt_collaborator_id: collaboratorId },
				} ),
			},
			{
				field: 'receipt',
				by: 'admin',
				route: ( id ) => `/ttdt/v1/workflow/${ id }/receipt`,
				body: () => ( {
					received_at: daysAgo( 3 ),
					received_via: 'paper',
				} ),
			},
		];

		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom( ...changes ),
				fc.string( { minLength: 1, maxLength: 12 } ),
				async ( change, text ) => {
					const [ id ] = await createItems( requestUtils, [
						{ state: 'approved', author: writer.id },
					] );
					const session = await sessions.of(
						change.by === 'writer' ? writer : ADMIN
					);
					const response = await session.rest(
						'POST',
						change.route( id ),
						change.body(
							`${ text.replace( /[<>&]/g, '' ) }${ id }`
						)
					);
					expect(
						response.status(),
						`${ change.field }: ${ await response.text() }`
					).toBe( 200 );
					const item = await workflowOf( requestUtils, id );
					expect( item.state, change.field ).toBe( 'submitted' );
					expect( item.approved, change.field ).toBeNull();
					expect(
						item.history.some(
							( entry ) => entry.action === 'reopen'
						),
						change.field
					).toBe( true );
				}
			),
			{ numRuns: 12 }
		);
	} );
} );
