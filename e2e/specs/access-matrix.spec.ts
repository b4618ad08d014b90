/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import type { Session } from '../support/session';
import {
	browserAs,
	createItems,
	Sessions,
	usersByRole,
	workflowOf,
	type Fixture,
	type RoleName,
	type User,
} from '../support/workflow';

/**
 * Every permission level of Art. 12.2 (plus anonymous visitors, subscribers and the
 * accountant) against every workflow action, through the REST API of the real site. Each
 * allowed action must succeed and change the item; each refused one must be refused with 401
 * (visitor) or 403 (user) and change nothing.
 */

type Who = RoleName | 'administrator' | 'anonymous';
type Action =
	| 'create'
	| 'edit own'
	| "edit others'"
	| 'submit'
	| 'approve'
	| 'return'
	| 'publish'
	| 'unpublish'
	| 'change roles'
	| 'read audit log';

const ACTIONS: Action[] = [
	'create',
	'edit own',
	"edit others'",
	'submit',
	'approve',
	'return',
	'publish',
	'unpublish',
	'change roles',
	'read audit log',
];

/** The actions each one may take; every other action must be refused. */
const ALLOWED: Record< Who, Action[] > = {
	anonymous: [],
	subscriber: [],
	accountant: [],
	collaborator: [ 'create', 'edit own', 'submit' ],
	updater: [ 'create', 'edit own', "edit others'", 'submit' ],
	moderator: [
		'create',
		'edit own',
		"edit others'",
		'submit',
		'approve',
		'return',
	],
	publisher: [
		'create',
		'edit own',
		"edit others'",
		'submit',
		'approve',
		'return',
		'publish',
		'unpublish',
	],
	administrator: ACTIONS,
};

type Context = {
	requestUtils: RequestUtils;
	session: Session;
	/** The user acting (an author for "own" items; null for a visitor). */
	actor: User | null;
	/** The user whose role is changed by "change roles". */
	target: User;
};

type Attempt = {
	status: number;
	/** Whether the site's data shows the action took effect. */
	happened: boolean;
};

type Probe = {
	/** The item the action needs, and whether the actor wrote it. */
	fixture?: { state: Fixture[ 'state' ]; own?: boolean };
	/** Tries the action as the actor and reads back what happened. */
	run: ( context: Context, id: number ) => Promise< Attempt >;
};

/**
 * The workflow state of an item, read as the administrator.
 *
 * @param requestUtils Admin request utilities.
 * @param id           Item ID.
 */
async function stateOf( requestUtils: RequestUtils, id: number ) {
	return ( await workflowOf( requestUtils, id ) ).state;
}

/**
 * Changes an item's title as the actor.
 *
 * @param context Test context.
 * @param id      Item ID.
 */
async function editTitle( context: Context, id: number ): Promise< Attempt > {
	const title = `Đã sửa ${ Date.now() }`;
	const response = await context.session.rest(
		'POST',
		`/wp/v2/posts/${ id }`,
		{ title }
	);
	const post = ( await context.requestUtils.rest( {
		path: `/wp/v2/posts/${ id }`,
		params: { context: 'edit' },
	} ) ) as { title: { raw: string } };
	return { status: response.status(), happened: post.title.raw === title };
}

/**
 * A workflow route as the actor, then the item's state.
 *
 * @param action Route: `submit`, `approve` or `return`.
 * @param state  State the action leads to.
 * @param body   Request body.
 */
function workflowProbe(
	action: string,
	state: string,
	body?: Record< string, string >
): Probe[ 'run' ] {
	return async ( { session, requestUtils }, id ) => {
		// An approval names the item as read: the one the actor would have seen.
		const data =
			action === 'approve'
				? {
						...body,
						fingerprint: ( await workflowOf( requestUtils, id ) )
							.fingerprint,
					}
				: body;
		const response = await session.rest(
			'POST',
			`/ttdt/v1/workflow/${ id }/${ action }`,
			data
		);
		return {
			status: response.status(),
			happened: ( await stateOf( requestUtils, id ) ) === state,
		};
	};
}

/**
 * A core status change as the actor, then the item's state.
 *
 * @param status Core status sent.
 * @param done   Whether the resulting state shows it happened.
 */
function statusProbe(
	status: string,
	done: ( state: string ) => boolean
): Probe[ 'run' ] {
	return async ( { session, requestUtils }, id ) => {
		const response = await session.rest( 'POST', `/wp/v2/posts/${ id }`, {
			status,
		} );
		return {
			status: response.status(),
			happened: done( await stateOf( requestUtils, id ) ),
		};
	};
}

const PROBES: Record< Action, Probe > = {
	create: {
		run: async ( { session, requestUtils } ) => {
			const title = `Tin mới ${ Date.now() }`;
			const response = await session.rest( 'POST', '/wp/v2/posts', {
				title,
				status: 'draft',
			} );
			const found = ( await requestUtils.rest( {
				path: '/wp/v2/posts',
				params: { search: title, status: 'draft,pending' },
			} ) ) as unknown[];
			return { status: response.status(), happened: found.length > 0 };
		},
	},
	'edit own': { fixture: { state: 'draft', own: true }, run: editTitle },
	"edit others'": { fixture: { state: 'draft' }, run: editTitle },
	submit: {
		fixture: { state: 'draft', own: true },
		run: workflowProbe( 'submit', 'submitted' ),
	},
	approve: {
		fixture: { state: 'submitted' },
		run: workflowProbe( 'approve', 'approved', { note: 'Đồng ý' } ),
	},
	return: {
		fixture: { state: 'submitted' },
		run: workflowProbe( 'return', 'returned', {
			reason: 'Cần bổ sung số liệu.',
		} ),
	},
	// The actor's own items: only the right to publish is missing, not the right to edit.
	publish: {
		fixture: { state: 'approved', own: true },
		run: statusProbe( 'publish', ( state ) => state === 'published' ),
	},
	unpublish: {
		fixture: { state: 'published', own: true },
		run: statusProbe( 'draft', ( state ) => state !== 'published' ),
	},
	'change roles': {
		run: async ( { session, requestUtils, target } ) => {
			const response = await session.rest(
				'POST',
				`/ttdt/v1/board/${ target.id }`,
				{ role: 'ttdt_updater' }
			);
			const user = ( await requestUtils.rest( {
				path: `/wp/v2/users/${ target.id }`,
				params: { context: 'edit' },
			} ) ) as { roles: string[] };
			const happened = user.roles.includes( 'ttdt_updater' );
			if ( happened ) {
				await requestUtils.rest( {
					method: 'POST',
					path: `/wp/v2/users/${ target.id }`,
					data: { roles: [ 'ttdt_collaborator' ] },
				} );
			}
			return { status: response.status(), happened };
		},
	},
	'read audit log': {
		run: async ( { session } ) => {
			const response = await session.rest(
				'GET',
				'/ttdt/v1/audit?per_page=5'
			);
			const body = response.ok() ? await response.json() : null;
			return {
				status: response.status(),
				happened: Array.isArray( body ),
			};
		},
	},
};

const WHO: Who[] = [
	'anonymous',
	'subscriber',
	'accountant',
	'collaborator',
	'updater',
	'moderator',
	'publisher',
	'administrator',
];

test.describe( 'Access-control matrix: roles × workflow actions (REST)', () => {
	let users: Record< RoleName, User >;
	let target: User;
	const sessions = new Sessions();

	test.beforeAll( async ( { requestUtils } ) => {
		users = await usersByRole( requestUtils, 'mx' );
		target = ( await usersByRole( requestUtils, 'mx_target' ) )
			.collaborator;
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	for ( const who of WHO ) {
		test( `${ who }: ${ ALLOWED[ who ].join( ', ' ) || 'nothing' }`, async ( {
			requestUtils,
		} ) => {
			test.setTimeout( 240_000 );
			let actor: User | null = null;
			if ( who === 'administrator' ) {
				actor = {
					username: 'admin',
					password: 'password',
					id: 1,
				};
			} else if ( who !== 'anonymous' ) {
				actor = users[ who ];
			}
			const session = await sessions.of( actor );
			const context = { requestUtils, session, actor, target };
			const withFixture = ACTIONS.filter(
				( action ) => PROBES[ action ].fixture
			);
			const ids = await createItems(
				requestUtils,
				withFixture.map( ( action ) => {
					const { state, own } = PROBES[ action ].fixture ?? {
						state: 'draft',
					};
					// The administrator approves and publishes the fixtures: nobody approves
					// their own item, and an administrator edits every item anyway.
					return {
						state,
						title: `Ma trận quyền — ${ who } — ${ action }`,
						author:
							own && actor && who !== 'administrator'
								? actor.id
								: undefined,
					};
				} )
			);

			const outcome: Record< string, string > = {};
			const expected: Record< string, string > = {};
			for ( const action of ACTIONS ) {
				const allowed = ALLOWED[ who ].includes( action );
				const { status, happened } = await PROBES[ action ].run(
					context,
					ids[ withFixture.indexOf( action ) ] ?? 0
				);
				outcome[ action ] = `${ status < 300 ? 'allowed' : status } ${
					happened ? 'changed' : 'unchanged'
				}`;
				let refusal = 403;
				if ( who === 'anonymous' ) {
					refusal = 401;
				}
				expected[ action ] = allowed
					? 'allowed changed'
					: `${ refusal } unchanged`;
			}
			expect( outcome ).toEqual( expected );
		} );
	}
} );

test.describe( 'Access-control matrix: publishing through the block editor (Chromium)', () => {
	test( 'only a publisher gets a Publish button, and it publishes the approved item', async ( {
		browser,
		requestUtils,
	} ) => {
		test.setTimeout( 600_000 );
		const users = await usersByRole( requestUtils, 'mx' );
		const editors: RoleName[] = [
			'collaborator',
			'updater',
			'moderator',
			'publisher',
		];
		// One approved item per person (the collaborator's own), so no one meets a post lock.
		const ids = await createItems(
			requestUtils,
			editors.map( ( role ) => ( {
				state: 'approved',
				title: `Xuất bản qua trình soạn thảo — ${ role }`,
				author: role === 'collaborator' ? users[ role ].id : undefined,
			} ) )
		);
		const publish = /^(Publish|Đăng)$/;

		for ( const [ index, role ] of editors.entries() ) {
			const tab = await browserAs( browser, users[ role ] );
			await tab.admin.editPost( ids[ index ] );
			const topBar = tab.page.getByRole( 'region', {
				name: 'Editor top bar',
			} );
			// The editor is usable: the save button is there, whatever it says ("Lưu thay đổi"
			// on an item already submitted, for who cannot publish).
			await expect(
				topBar.getByRole( 'button', {
					name: /^(Publish|Đăng|Submit for Review|Gửi xét duyệt|Lưu thay đổi)$/,
				} )
			).toBeVisible( { timeout: 60_000 } );

			if ( role !== 'publisher' ) {
				await expect(
					topBar.getByRole( 'button', { name: publish } ),
					role
				).toHaveCount( 0 );
			} else {
				await topBar.getByRole( 'button', { name: publish } ).click();
				await tab.page
					.getByRole( 'region', { name: 'Editor publish' } )
					.getByRole( 'button', { name: publish } )
					.click();
				await expect
					.poll(
						async () =>
							( await workflowOf( requestUtils, ids[ index ] ) )
								.state,
						{ timeout: 150_000 }
					)
					.toBe( 'published' );
			}
			await tab.close();
		}

		// None of the others' items went live.
		for ( const id of ids.slice( 0, 3 ) ) {
			expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
				'approved'
			);
		}

		// A subscriber does not get the editor at all.
		const tab = await browserAs( browser, users.subscriber );
		const response = await tab.page.goto(
			`/wp-admin/post.php?post=${ ids[ 0 ] }&action=edit`
		);
		// Core refuses with its "not allowed to edit" page (wp_die).
		expect( response?.ok() ).toBe( false );
		await expect(
			tab.page.getByRole( 'region', { name: 'Editor top bar' } )
		).toHaveCount( 0 );
		await tab.close();
	} );
} );
