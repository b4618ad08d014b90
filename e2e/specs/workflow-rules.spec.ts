/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { appointToBoard, ensureUser } from '../support/users';
import {
	approveIn,
	createItems,
	Sessions,
	workflowAs,
	workflowOf,
	type User,
} from '../support/workflow';
import { xmlrpcEditPost } from '../support/xmlrpc';

/**
 * A day counted from today in Vietnam (UTC+7), `Y-m-d`.
 *
 * @param offset Days from today.
 */
function vnDay( offset: number ): string {
	return new Date( Date.now() + 7 * 3600e3 + offset * 86400e3 )
		.toISOString()
		.slice( 0, 10 );
}

/**
 * `2026-02-13` → `13/02/2026`.
 *
 * @param ymd Date.
 */
const vnDate = ( ymd: string ) =>
	ymd.slice( 0, 10 ).split( '-' ).reverse().join( '/' );

/**
 * The deadline the site computes for a receipt date.
 *
 * @param requestUtils Admin request utilities.
 * @param receivedAt   Receipt date.
 */
async function deadlineFor( requestUtils: RequestUtils, receivedAt: string ) {
	return (
		( await requestUtils.rest( {
			path: '/ttdt/v1/deadline',
			params: { received_at: receivedAt },
		} ) ) as { deadline: string }
	 ).deadline;
}

test.describe( 'Approval workflow rules, enforced by the server', () => {
	const sessions = new Sessions();
	let writer: User;
	let updater: User;
	let moderator: User;
	let publisher: User;
	let editor: User;

	test.beforeAll( async ( { requestUtils } ) => {
		writer = await ensureUser(
			requestUtils,
			'wr_ctv',
			'ttdt_collaborator'
		);
		updater = await ensureUser(
			requestUtils,
			'wr_capnhat',
			'ttdt_updater'
		);
		moderator = await ensureUser(
			requestUtils,
			'wr_kiemduyet',
			'ttdt_moderator'
		);
		publisher = await ensureUser(
			requestUtils,
			'wr_xuatban',
			'ttdt_publisher'
		);
		// Core's Editor role may publish but is no moderator.
		editor = await ensureUser( requestUtils, 'wr_editor', 'editor' );
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	test( 'publishing an item not yet approved approves it in the same step, recorded as both', async ( {
		requestUtils,
		mailbox,
	} ) => {
		const [ id ] = await createItems( requestUtils, [
			{ state: 'submitted', author: writer.id },
		] );
		mailbox.clear();
		const response = await (
			await sessions.of( publisher )
		).rest( 'POST', `/wp/v2/posts/${ id }`, { status: 'publish' } );
		expect( response.status() ).toBe( 200 );

		const item = await workflowOf( requestUtils, id );
		expect( item.state ).toBe( 'published' );
		expect( item.approved?.by.id ).toBe( publisher.id );
		expect(
			item.history
				.slice( -2 )
				.map( ( entry ) => [ entry.action, entry.user.id ] )
		).toEqual( [
			[ 'approve', publisher.id ],
			[ 'publish', publisher.id ],
		] );
		const mail = await mailbox.waitFor(
			( message ) =>
				message.to.includes( 'wr_ctv@example.test' ) &&
				message.subject.includes( 'đã được duyệt' )
		);
		expect( mail.text ).toContain( 'đã duyệt và xuất bản tin bài' );
	} );

	test( 'who may publish but not approve cannot publish an unapproved item — through REST or XML-RPC', async ( {
		requestUtils,
	} ) => {
		const [ viaRest, viaXmlrpc ] = await createItems( requestUtils, [
			{ state: 'submitted', author: writer.id },
			{ state: 'submitted', author: writer.id },
		] );
		const asEditor = await sessions.of( editor );

		const refused = await asEditor.rest(
			'POST',
			`/wp/v2/posts/${ viaRest }`,
			{
				status: 'publish',
			}
		);
		expect( refused.status() ).toBe( 403 );
		expect( ( await refused.json() ).message ).toContain(
			'chưa được duyệt'
		);
		expect( ( await workflowOf( requestUtils, viaRest ) ).state ).toBe(
			'submitted'
		);

		// XML-RPC saves cannot be refused: the gate keeps the item unpublished instead.
		expect(
			await xmlrpcEditPost( editor, viaXmlrpc, {
				post_status: 'publish',
			} )
		).toContain( '<boolean>1</boolean>' );
		expect(
			( await workflowOf( requestUtils, viaXmlrpc ) ).state
		).not.toBe( 'published' );

		// Once a moderator approved it, the same person may publish it.
		await workflowAs( requestUtils, viaRest, 'approve' );
		const allowed = await asEditor.rest(
			'POST',
			`/wp/v2/posts/${ viaRest }`,
			{
				status: 'publish',
			}
		);
		expect( allowed.status() ).toBe( 200 );
		expect( ( await workflowOf( requestUtils, viaRest ) ).state ).toBe(
			'published'
		);
	} );

	test( 'whoever changes an approved item withdraws the approval — its writer, and a moderator too', async ( {
		requestUtils,
	} ) => {
		const [ id ] = await createItems( requestUtils, [
			{ state: 'approved', author: writer.id },
		] );
		const edited = await (
			await sessions.of( writer )
		).rest( 'POST', `/wp/v2/posts/${ id }`, {
			title: 'Tiêu đề đã đổi sau khi duyệt',
		} );
		expect( edited.status() ).toBe( 200 );
		let item = await workflowOf( requestUtils, id );
		expect( item.state ).toBe( 'submitted' );
		expect( item.history.at( -1 )?.action ).toBe( 'reopen' );

		// The approval covered the item as it was: a moderator's own correction is approved
		// again, like anyone else's.
		const asModerator = await sessions.of( moderator );
		expect( ( await approveIn( asModerator, id ) ).status() ).toBe( 200 );
		await asModerator.rest( 'POST', `/wp/v2/posts/${ id }`, {
			title: 'Tiêu đề do người kiểm duyệt sửa',
		} );
		item = await workflowOf( requestUtils, id );
		expect( item.state ).toBe( 'submitted' );
		expect( item.history.at( -1 )?.action ).toBe( 'reopen' );
		expect( ( await approveIn( asModerator, id ) ).status() ).toBe( 200 );
		item = await workflowOf( requestUtils, id );
		expect( item.state ).toBe( 'approved' );
		expect( item.approved?.by.id ).toBe( moderator.id );
	} );

	test( 'staff record paper receipts, writers cannot; the deadline counts from the receipt; a corrected item is received anew', async ( {
		requestUtils,
	} ) => {
		const [ id ] = await createItems( requestUtils, [
			{ state: 'draft', author: writer.id },
		] );
		const asWriter = await sessions.of( writer );
		const paperDay = vnDay( -2 );

		// The writer may not date their own manuscript…
		expect(
			(
				await asWriter.rest(
					'POST',
					`/ttdt/v1/workflow/${ id }/receipt`,
					{
						received_at: paperDay,
						received_via: 'paper',
					}
				)
			).status()
		).toBe( 403 );
		expect(
			(
				await asWriter.rest( 'POST', `/wp/v2/posts/${ id }`, {
					meta: { ttdt_received_via: 'paper' },
				} )
			).status()
		).toBe( 403 );
		// …but saving the editor's unchanged copy of the receipt fields is no change.
		const echo = await asWriter.rest( 'POST', `/wp/v2/posts/${ id }`, {
			meta: {
				ttdt_received_at: '',
				ttdt_received_via: 'online',
				ttdt_source: 'Đài truyền thanh thị trấn',
			},
		} );
		expect( echo.status() ).toBe( 200 );

		// The updater who entered the paper manuscript records its date.
		const recorded = await (
			await sessions.of( updater )
		).rest( 'POST', `/ttdt/v1/workflow/${ id }/receipt`, {
			received_at: paperDay,
			received_via: 'paper',
		} );
		expect( recorded.status() ).toBe( 200 );
		let item = await recorded.json();
		expect( item ).toMatchObject( {
			received_at: paperDay,
			received_via: 'paper',
		} );
		expect( item.history.at( -1 ) ).toMatchObject( {
			action: 'receipt',
			note: `Nhận bản giấy ngày ${ vnDate( paperDay ) }`,
		} );

		// Submitting keeps that date, and the deadline counts from it.
		await asWriter.rest( 'POST', `/ttdt/v1/workflow/${ id }/submit` );
		item = await workflowOf( requestUtils, id );
		expect( item.received_at ).toBe( paperDay );
		expect( item.deadline ).toBe(
			await deadlineFor( requestUtils, paperDay )
		);

		// Returned and corrected, it is received again, online, today.
		await (
			await sessions.of( moderator )
		).rest( 'POST', `/ttdt/v1/workflow/${ id }/return`, {
			reason: 'Ảnh chưa rõ.',
		} );
		await asWriter.rest( 'POST', `/ttdt/v1/workflow/${ id }/submit` );
		item = await workflowOf( requestUtils, id );
		expect( item.received_via ).toBe( 'online' );
		expect( item.received_at.slice( 0, 10 ) ).toBe( vnDay( 0 ) );
		expect( item.returned ).toBeNull();
	} );

	test( 'a return needs a reason, and actions must fit the state', async ( {
		requestUtils,
	} ) => {
		const [ draft, submitted ] = await createItems( requestUtils, [
			{ state: 'draft', author: writer.id },
			{ state: 'submitted', author: writer.id },
		] );
		const asModerator = await sessions.of( moderator );
		const noReason = await asModerator.rest(
			'POST',
			`/ttdt/v1/workflow/${ submitted }/return`,
			{ reason: '   ' }
		);
		expect( noReason.status() ).toBe( 400 );
		expect( ( await noReason.json() ).message ).toContain( 'lý do' );

		const early = await approveIn( asModerator, draft );
		expect( early.status() ).toBe( 409 );
		expect( ( await workflowOf( requestUtils, submitted ) ).state ).toBe(
			'submitted'
		);
	} );

	test( 'nobody can approve an item by writing the workflow’s own fields', async ( {
		requestUtils,
	} ) => {
		const [ id ] = await createItems( requestUtils, [
			{ state: 'submitted', author: writer.id },
		] );
		// The call itself succeeds: only the protected field is left out.
		expect(
			await xmlrpcEditPost( writer, id, {
				custom_fields: [
					{ key: 'ttdt_approved_by', value: String( writer.id ) },
				],
			} )
		).toContain( '<boolean>1</boolean>' );
		await (
			await sessions.of( writer )
		).rest( 'POST', `/wp/v2/posts/${ id }`, {
			meta: { ttdt_approved_by: writer.id },
		} );
		const item = await workflowOf( requestUtils, id );
		expect( item.state ).toBe( 'submitted' );
		expect( item.approved ).toBeNull();
	} );

	test( 'overdue items are reminded once to the moderators and the head of the board', async ( {
		requestUtils,
		mailbox,
	} ) => {
		// The head of the board (a board position, kept by the roster).
		await appointToBoard( requestUtils, publisher.id, {
			position: 'head',
		} );
		const title = `Tin quá hạn ${ Date.now() }`;
		const [ id ] = await createItems( requestUtils, [
			{ state: 'draft', author: writer.id, title },
		] );
		await workflowAs( requestUtils, id, 'receipt', {
			received_at: vnDay( -12 ),
			received_via: 'email',
		} );
		await workflowAs( requestUtils, id, 'submit' );
		const item = await workflowOf( requestUtils, id );
		expect( item.overdue ).toBe( true );

		const queue = ( await requestUtils.rest( {
			path: '/ttdt/v1/workflow',
		} ) ) as { id: number; overdue: boolean }[];
		expect( queue.find( ( entry ) => entry.id === id )?.overdue ).toBe(
			true
		);

		mailbox.clear();
		const asModerator = await sessions.of( moderator );
		const sent = await (
			await asModerator.rest( 'POST', '/ttdt/v1/workflow/reminders' )
		).json();
		expect( sent.notified ).toContain( id );

		for ( const address of [
			'wr_kiemduyet@example.test',
			'wr_xuatban@example.test',
		] ) {
			const mail = await mailbox.waitFor(
				( message ) =>
					message.to.includes( address ) &&
					message.subject.includes( 'quá hạn duyệt' )
			);
			expect( mail.text ).toContain( title );
			expect( mail.text ).toContain(
				`hạn duyệt ${ vnDate( item.deadline as string ) }`
			);
		}
		// The writer is not among them.
		expect( mailbox.to( 'wr_ctv@example.test' ) ).toHaveLength( 0 );

		// The same check runs by itself every morning at 07:00.
		const schedule = ( await requestUtils.rest( {
			path: '/ttdt/v1/workflow/reminders',
		} ) ) as { next_run: string };
		expect( schedule.next_run ).toMatch( /T07:00:00\+07:00$/ );

		// Announced once per deadline.
		mailbox.clear();
		const again = await (
			await asModerator.rest( 'POST', '/ttdt/v1/workflow/reminders' )
		).json();
		expect( again.notified ).not.toContain( id );
		expect(
			mailbox.messages.filter( ( message ) =>
				message.text.includes( title )
			)
		).toHaveLength( 0 );
	} );
} );
