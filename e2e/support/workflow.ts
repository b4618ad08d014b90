/**
 * External dependencies
 */
import type { Browser } from '@playwright/test';

/**
 * WordPress dependencies
 */
import {
	Admin,
	Editor,
	PageUtils,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	sessionFor,
	storageStatePathFor,
	type Credentials,
	type Session,
} from './session';
import { ensureUser } from './users';

export type User = Credentials & { id: number };

/**
 * The permission levels of Art. 12.2 and the other roles of the contract.
 */
export const ROLES = {
	collaborator: 'ttdt_collaborator',
	updater: 'ttdt_updater',
	moderator: 'ttdt_moderator',
	publisher: 'ttdt_publisher',
	accountant: 'ttdt_accountant',
	subscriber: 'subscriber',
} as const;

export type RoleName = keyof typeof ROLES;

/**
 * One user per role, created once per site.
 *
 * @param requestUtils Admin request utilities.
 * @param prefix       Login prefix, so specs do not share users.
 */
export async function usersByRole(
	requestUtils: RequestUtils,
	prefix: string
): Promise< Record< RoleName, User > > {
	const users = {} as Record< RoleName, User >;
	for ( const [ name, role ] of Object.entries( ROLES ) ) {
		users[ name as RoleName ] = await ensureUser(
			requestUtils,
			`${ prefix }_${ name }`,
			role
		);
	}
	return users;
}

export type Fixture = {
	state: 'draft' | 'submitted' | 'approved' | 'published';
	/** Author account; by default the fixture writer, so the administrator may approve it. */
	author?: number;
	title?: string;
	/** Category IDs (sections); none by default. */
	categories?: number[];
};

/**
 * The account that writes fixture items by default: nobody approves their own item, so the
 * administrator who approves and publishes fixtures must not be their author.
 *
 * @param requestUtils Admin request utilities.
 */
export async function fixtureWriter(
	requestUtils: RequestUtils
): Promise< User > {
	return ensureUser( requestUtils, 'fixture_writer', ROLES.collaborator );
}

/**
 * Answers of a batch request, failing on any error.
 *
 * @param requestUtils Admin request utilities.
 * @param requests     Requests.
 */
async function batch(
	requestUtils: RequestUtils,
	requests: { method: string; path: string; body?: unknown }[]
): Promise< Array< { id: number } > > {
	if ( ! requests.length ) {
		return [];
	}
	const responses = ( await requestUtils.batchRest(
		requests as Parameters< RequestUtils[ 'batchRest' ] >[ 0 ]
	) ) as Array< { status: number; body: { id: number } } >;
	const failed = responses.find( ( response ) => response.status >= 300 );
	if ( failed ) {
		throw new Error( `Fixture failed: ${ JSON.stringify( failed ) }` );
	}
	return responses.map( ( response ) => response.body );
}

/**
 * Creates news items in given workflow states as the administrator, a few batch requests in
 * all (Playground answers one request at a time).
 *
 * @param requestUtils Admin request utilities.
 * @param fixtures     What to create.
 * @return IDs, in the order of `fixtures`.
 */
export async function createItems(
	requestUtils: RequestUtils,
	fixtures: Fixture[]
): Promise< number[] > {
	const writer = fixtures.every( ( fixture ) => fixture.author )
		? null
		: await fixtureWriter( requestUtils );
	const ids = (
		await batch(
			requestUtils,
			fixtures.map( ( fixture, index ) => ( {
				method: 'POST',
				path: '/wp/v2/posts',
				body: {
					title:
						fixture.title ?? `Tin thử ${ Date.now() }-${ index }`,
					content:
						'<!-- wp:paragraph --><p>Nội dung tin bài.</p><!-- /wp:paragraph -->',
					status: fixture.state === 'published' ? 'publish' : 'draft',
					author: fixture.author ?? writer?.id,
					...( fixture.categories && {
						categories: fixture.categories,
					} ),
					meta: {
						ttdt_source: 'Văn phòng UBND',
						ttdt_writer: 'Nguyễn Văn Viết',
					},
				},
			} ) )
		)
	).map( ( post ) => post.id );
	const inState = ( ...states: Fixture[ 'state' ][] ) =>
		ids.filter( ( _, index ) =>
			states.includes( fixtures[ index ].state )
		);
	await batch(
		requestUtils,
		inState( 'submitted', 'approved' ).map( ( id ) => ( {
			method: 'POST',
			path: `/ttdt/v1/workflow/${ id }/submit`,
		} ) )
	);
	// An approval names the version approved: read each item's fingerprint first.
	const approvals = [];
	for ( const id of inState( 'approved' ) ) {
		approvals.push( {
			method: 'POST',
			path: `/ttdt/v1/workflow/${ id }/approve`,
			body: {
				fingerprint: ( await workflowOf( requestUtils, id ) )
					.fingerprint,
			},
		} );
	}
	await batch( requestUtils, approvals );
	return ids;
}

/**
 * A workflow action as the administrator (fixtures). An approval names the item as it is now
 * unless `data` gives another fingerprint.
 *
 * @param requestUtils Admin request utilities.
 * @param id           Item ID.
 * @param action       `submit`, `approve`, `return`, `receipt`.
 * @param data         Body.
 */
export async function workflowAs(
	requestUtils: RequestUtils,
	id: number,
	action: string,
	data: Record< string, unknown > = {}
): Promise< WorkflowView > {
	const body =
		action === 'approve' && ! ( 'fingerprint' in data )
			? {
					...data,
					fingerprint: ( await workflowOf( requestUtils, id ) )
						.fingerprint,
				}
			: data;
	return requestUtils.rest( {
		method: 'POST',
		path: `/ttdt/v1/workflow/${ id }/${ action }`,
		data: body,
	} );
}

/**
 * Approves an item in a user's session, naming the item as that user reads it now.
 *
 * @param session The user's session.
 * @param id      Item ID.
 * @param data    More of the body (note, override…).
 * @return The answer to the approval.
 */
export async function approveIn(
	session: Session,
	id: number,
	data: Record< string, unknown > = {}
) {
	const seen = await session.rest( 'GET', `/ttdt/v1/workflow/${ id }` );
	const { fingerprint } = ( await seen.json() ) as { fingerprint?: string };
	// Someone who may not even read the item sends a well-formed fingerprint, so the answer
	// is about their permission, not about the request's shape.
	return session.rest( 'POST', `/ttdt/v1/workflow/${ id }/approve`, {
		fingerprint: fingerprint ?? '0'.repeat( 64 ),
		...data,
	} );
}

export type WorkflowView = {
	id: number;
	state: string;
	status: string;
	received_at: string;
	received_via: string;
	deadline: string | null;
	overdue: boolean;
	approved: { by: { id: number; name: string }; at: string } | null;
	returned: { reason: string } | null;
	history: { action: string; user: { id: number }; note: string }[];
	allowed_actions: string[];
	fingerprint: string;
};

/**
 * The workflow of an item, read as the administrator.
 *
 * @param requestUtils Admin request utilities.
 * @param id           Item ID.
 */
export function workflowOf(
	requestUtils: RequestUtils,
	id: number
): Promise< WorkflowView > {
	return requestUtils.rest( { path: `/ttdt/v1/workflow/${ id }` } );
}

/**
 * REST sessions for several users, opened once and closed together.
 */
export class Sessions {
	private readonly open = new Map< string, Session >();

	/**
	 * The session of a user (null: an anonymous visitor).
	 *
	 * @param user Credentials or null.
	 */
	async of( user: Credentials | null ): Promise< Session > {
		const key = user?.username ?? '';
		if ( ! this.open.has( key ) ) {
			// Logging in loads the dashboard, which a busy Playground may answer too slowly
			// for the utilities' 20-second limit: try again before giving up.
			for ( let attempt = 1; ! this.open.has( key ); attempt++ ) {
				try {
					this.open.set( key, await sessionFor( user ) );
				} catch ( error ) {
					if ( attempt >= 3 ) {
						throw error;
					}
				}
			}
		}
		return this.open.get( key ) as Session;
	}

	async close(): Promise< void > {
		await Promise.all(
			[ ...this.open.values() ].map( ( session ) => session.dispose() )
		);
		this.open.clear();
	}
}

/**
 * A browser tab logged in as a user, with the e2e helpers bound to it.
 *
 * @param browser The browser.
 * @param user    Who is logged in.
 */
export async function browserAs( browser: Browser, user: Credentials ) {
	// Logging in through REST writes the user's cookies to this file.
	await ( await sessionFor( user ) ).dispose();
	const context = await browser.newContext( {
		baseURL: process.env.WP_BASE_URL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		storageState: storageStatePathFor( user.username ),
	} );
	const page = await context.newPage();
	const editor = new Editor( { page } );
	const pageUtils = new PageUtils( { page, browserName: 'chromium' } );
	const admin = new Admin( { page, pageUtils, editor } );
	return { page, editor, admin, close: () => context.close() };
}
