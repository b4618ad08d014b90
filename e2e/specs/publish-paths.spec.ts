/**
 * External dependencies
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { test, expect, type Mailbox } from '../support/mailbox';
import { storageStatePathFor, type Credentials } from '../support/session';
import { ensureUser } from '../support/users';
import { xmlrpcCall, type XmlValue } from '../support/xmlrpc';

/**
 * The publish-path matrix of issue 8: every way WordPress can make an item public, each tried
 * with a missing source, a missing writer, a reader's contribution (exempt from both: it goes
 * live once approved), an item nobody approved, and a request the server refuses (nothing it
 * carried may be stored). A published item must satisfy every rule on its STORED values, so
 * every outcome is read back from the site, never from the answer.
 *
 * Who acts: the administrator (who may approve, so only the provenance rule can stop them) for
 * the source and writer cases; a core "author" (may publish, may not approve) for the
 * contribution and unapproved cases. Fixtures are authored by that author and made in one
 * batch per path.
 */

const ADMIN: Credentials = { username: 'admin', password: 'password' };
const SOURCE = 'Văn phòng UBND thị trấn';
const WRITER = 'Nguyễn Văn Viết';
const CONTENT =
	'<!-- wp:paragraph --><p>Nội dung tin.</p><!-- /wp:paragraph -->';

type Case = 'noSource' | 'noWriter' | 'contribution' | 'unapproved' | 'refused';

type Post = {
	id: number;
	status: string;
	title: { raw: string };
	meta: Record< string, unknown >;
};

/** Meta stored on each case's fixture. */
const STORED: Record< Case, Record< string, unknown > > = {
	noSource: { ttdt_writer: WRITER },
	noWriter: { ttdt_source: SOURCE },
	contribution: { ttdt_is_reader_contribution: true },
	unapproved: { ttdt_source: SOURCE, ttdt_writer: WRITER },
	refused: {},
};

/**
 * A logged-in client for one user: REST with its nonce, and the raw context for admin forms.
 */
type Actor = {
	user: Credentials;
	request: APIRequestContext;
	rest: (
		method: string,
		route: string,
		data?: unknown
	) => Promise< APIResponse >;
	/** A page of wp-admin, as HTML. */
	admin: ( path: string ) => Promise< string >;
	dispose: () => Promise< void >;
};

/**
 * Opens a client for a user.
 *
 * @param user Credentials.
 */
async function actorFor( user: Credentials ): Promise< Actor > {
	const utils = await RequestUtils.setup( {
		user,
		baseURL: process.env.WP_BASE_URL,
		storageStatePath: storageStatePathFor( user.username ),
	} );
	await utils.setupRest();
	const state = utils.storageState as { nonce: string; rootURL: string };
	return {
		user,
		request: utils.request,
		rest: ( method, route, data ) =>
			utils.request.fetch( state.rootURL + route.replace( /^\//, '' ), {
				method,
				data,
				failOnStatusCode: false,
				headers: { 'X-WP-Nonce': state.nonce },
			} ),
		admin: async ( path ) =>
			( await utils.request.get( `/wp-admin/${ path }` ) ).text(),
		dispose: () => utils.request.dispose(),
	};
}

/**
 * The value of a hidden input in a page.
 *
 * @param html Page.
 * @param name Input name.
 */
function hidden( html: string, name: string ): string {
	const tag = new RegExp(
		`<input[^>]*name=["']${ name.replace( /[[\]]/g, '\\$&' ) }["'][^>]*>`
	).exec( html );
	const value = tag && /value=["']([^"']*)["']/.exec( tag[ 0 ] );
	expect( value, `hidden field ${ name }` ).not.toBeNull();
	return ( value as RegExpExecArray )[ 1 ];
}

/**
 * Everything a test needs: the two actors, the admin's REST and the mailbox.
 */
type World = {
	admin: Actor;
	author: Actor & { id: number };
	requestUtils: RequestUtils;
	mailbox: Mailbox;
	authorEmail: string;
};

/**
 * Creates one item per case in one batch, authored by the author; `approved` cases are
 * submitted and approved by the administrator.
 *
 * @param world    The world.
 * @param status   Initial status of every item.
 * @param cases    Cases to create, with whether each is approved.
 * @param override Meta per case replacing the defaults.
 * @return Item ID per case.
 */
async function fixtures(
	world: World,
	status: string,
	cases: Partial< Record< Case, boolean > >,
	override: Partial< Record< Case, Record< string, unknown > > > = {}
): Promise< Record< Case, number > > {
	const names = Object.keys( cases ) as Case[];
	const created = ( await world.requestUtils.batchRest(
		names.map( ( name ) => ( {
			method: 'POST',
			path: '/wp/v2/posts',
			body: {
				title: `Đường phát hành ${ name } ${ Date.now() }`,
				content: CONTENT,
				status,
				author: world.author.id,
				meta: override[ name ] ?? STORED[ name ],
			},
		} ) )
	) ) as Array< { status: number; body: { id: number } } >;
	created.forEach( ( answer ) =>
		expect( answer.status, JSON.stringify( answer ) ).toBeLessThan( 300 )
	);
	const ids = Object.fromEntries(
		names.map( ( name, index ) => [ name, created[ index ].body.id ] )
	) as Record< Case, number >;
	const approved = names.filter( ( name ) => cases[ name ] );
	for ( const action of [ 'submit', 'approve' ] ) {
		if ( approved.length ) {
			// An approval names the item as the moderator saw it.
			const seen =
				action === 'approve'
					? ( ( await Promise.all(
							approved.map( ( name ) =>
								world.requestUtils.rest( {
									path: `/ttdt/v1/workflow/${ ids[ name ] }`,
								} )
							)
						) ) as Array< { fingerprint: string } > )
					: [];
			const answers = ( await world.requestUtils.batchRest(
				approved.map( ( name, index ) => ( {
					method: 'POST',
					path: `/ttdt/v1/workflow/${ ids[ name ] }/${ action }`,
					body:
						action === 'approve'
							? { fingerprint: seen[ index ].fingerprint }
							: {},
				} ) )
			) ) as Array< { status: number } >;
			answers.forEach( ( answer ) =>
				expect( answer.status, JSON.stringify( answer ) ).toBe( 200 )
			);
		}
	}
	return ids;
}

/**
 * The stored items, read as the administrator.
 *
 * @param world The world.
 * @param ids   Item IDs.
 */
async function stored(
	world: World,
	ids: number[]
): Promise< Record< number, Post > > {
	const posts = ( await world.requestUtils.rest( {
		path: '/wp/v2/posts',
		params: {
			include: ids.join( ',' ),
			status: 'publish,future,draft,pending,private,trash',
			context: 'edit',
			per_page: 100,
		},
	} ) ) as Post[];
	return Object.fromEntries( posts.map( ( post ) => [ post.id, post ] ) );
}

/**
 * Asserts the stored status of each case's item.
 *
 * @param world    The world.
 * @param ids      Item per case.
 * @param expected Status per case.
 * @param path     Path name, for messages.
 */
async function expectStatuses(
	world: World,
	ids: Partial< Record< Case, number > >,
	expected: Partial< Record< Case, string > >,
	path: string
): Promise< Record< number, Post > > {
	const posts = await stored( world, Object.values( ids ) as number[] );
	for ( const [ name, status ] of Object.entries( expected ) ) {
		const post = posts[ ids[ name as Case ] as number ];
		expect( post?.status, `${ path }: ${ name }` ).toBe( status );
	}
	return posts;
}

/**
 * Sets the status of items directly through REST as the administrator (fixture step).
 *
 * @param world    The world.
 * @param requests Requests.
 */
async function adminBatch(
	world: World,
	requests: { method: string; path: string; body?: unknown }[]
): Promise< void > {
	const answers = ( await world.requestUtils.batchRest(
		requests as Parameters< RequestUtils[ 'batchRest' ] >[ 0 ]
	) ) as Array< { status: number } >;
	answers.forEach( ( answer ) =>
		expect( answer.status, JSON.stringify( answer ) ).toBeLessThan( 300 )
	);
}

/**
 * Deletes meta directly, the way a script or an import would (fixture step).
 *
 * @param world The world.
 * @param id    Item ID.
 * @param keys  Meta keys.
 */
function deleteMeta( world: World, id: number, keys: string[] ) {
	return world.requestUtils.rest( {
		method: 'POST',
		path: `/ttdt-test/v1/posts/${ id }/delete-meta`,
		data: { keys },
	} );
}

/**
 * A classic edit-screen save with the "Publish" button, with the nonces scraped from the
 * screen. Box fields are sent with the box's nonce unless `forgedBox` is set.
 *
 * @param actor     Who saves.
 * @param id        Item ID.
 * @param box       The provenance box's fields.
 * @param forgedBox Send the box fields with a wrong nonce.
 */
async function classicPublish(
	actor: Actor,
	id: number,
	box: Record< string, string >,
	forgedBox = false
): Promise< APIResponse > {
	const html = await actor.admin(
		`post.php?post=${ id }&action=edit&ttdt-classic=1`
	);
	return actor.request.post( '/wp-admin/post.php', {
		maxRedirects: 0,
		form: {
			action: 'editpost',
			post_ID: String( id ),
			post_type: 'post',
			_wpnonce: hidden( html, '_wpnonce' ),
			user_ID: hidden( html, 'user_ID' ),
			original_post_status: hidden( html, 'original_post_status' ),
			// The same title and content: only the status and the box change.
			post_title: hidden( html, 'post_title' ),
			content: CONTENT,
			publish: 'Publish',
			_ttdt_provenance_nonce: forgedBox
				? '0123456789'
				: hidden( html, '_ttdt_provenance_nonce' ),
			...box,
		},
	} );
}

/**
 * A quick-edit save (admin-ajax `inline-save`) setting the status to published.
 *
 * @param actor Who saves.
 * @param id    Item ID.
 * @param extra Extra fields posted with it.
 * @param nonce The quick-edit nonce (scraped when omitted).
 */
async function quickPublish(
	actor: Actor,
	id: number,
	extra: Record< string, string > = {},
	nonce?: string
): Promise< APIResponse > {
	const inlineNonce =
		nonce ??
		hidden(
			await actor.admin( 'edit.php?post_type=post' ),
			'_inline_edit'
		);
	return actor.request.post( '/wp-admin/admin-ajax.php', {
		form: {
			action: 'inline-save',
			_inline_edit: inlineNonce,
			post_ID: String( id ),
			post_type: 'post',
			post_name: '',
			_status: 'publish',
			screen: 'edit-post',
			post_view: 'list',
			...extra,
		},
	} );
}

/**
 * A bulk-edit save (edit.php `bulk_edit`) setting the status of items to published.
 *
 * @param actor Who saves.
 * @param ids   Item IDs.
 * @param extra Extra fields.
 * @param nonce The list's nonce (scraped when omitted).
 */
async function bulkPublish(
	actor: Actor,
	ids: number[],
	extra: Record< string, string > = {},
	nonce?: string
): Promise< APIResponse > {
	const listNonce =
		nonce ??
		hidden( await actor.admin( 'edit.php?post_type=post' ), '_wpnonce' );
	const params = new URLSearchParams( {
		post_type: 'post',
		action: 'edit',
		bulk_edit: 'Update',
		_status: 'publish',
		_wpnonce: listNonce,
		...extra,
	} );
	ids.forEach( ( id ) => params.append( 'post[]', String( id ) ) );
	return actor.request.get( `/wp-admin/edit.php?${ params.toString() }`, {
		maxRedirects: 0,
	} );
}

/**
 * XML-RPC custom fields.
 *
 * @param fields Key => value.
 */
const customFields = ( fields: Record< string, unknown > ): XmlValue[] =>
	Object.entries( fields ).map( ( [ key, value ] ) => ( {
		key,
		value: value === true ? '1' : String( value ),
	} ) );

/**
 * The post ID answered by `wp.newPost`, or null for a fault.
 *
 * @param xml Answer.
 */
const newPostId = ( xml: string ): number | null => {
	if ( xml.includes( '<fault>' ) ) {
		return null;
	}
	const id = /<(?:string|int)>(\d+)<\/(?:string|int)>/.exec( xml );
	return id ? Number( id[ 1 ] ) : null;
};

test.describe( 'Every path that can publish judges what is stored (issue 8)', () => {
	let world: World;

	test.beforeAll( async ( { requestUtils, mailbox } ) => {
		const author = await ensureUser(
			requestUtils,
			'e2e_paths_author',
			'author'
		);
		world = {
			admin: await actorFor( ADMIN ),
			author: Object.assign( await actorFor( author ), {
				id: author.id,
			} ),
			requestUtils,
			mailbox,
			authorEmail: 'e2e_paths_author@example.test',
		};
	} );

	test.afterAll( async () => {
		await world.admin.dispose();
		await world.author.dispose();
	} );

	test( 'REST create', async () => {
		const { admin, author } = world;
		const stamp = Date.now();
		// The administrator files items written by the author: nobody approves (by publishing)
		// an item of their own.
		const create = ( actor: Actor, name: Case, meta: unknown ) =>
			actor.rest( 'POST', '/wp/v2/posts', {
				title: `Tạo qua REST ${ name } ${ stamp }`,
				status: 'publish',
				author: author.id,
				meta,
			} );
		const answers = {
			noSource: await create( admin, 'noSource', STORED.noSource ),
			noWriter: await create( admin, 'noWriter', STORED.noWriter ),
			contribution: await create(
				admin,
				'contribution',
				STORED.contribution
			),
			unapproved: await create( author, 'unapproved', STORED.unapproved ),
			refused: await create( admin, 'refused', {
				ttdt_source: SOURCE,
				ttdt_writer: WRITER,
				ttdt_is_reader_contribution: 'yes',
			} ),
		};
		expect( answers.noSource.status() ).toBe( 400 );
		expect( answers.noWriter.status() ).toBe( 400 );
		expect( answers.contribution.status() ).toBe( 201 );
		expect( ( await answers.contribution.json() ).status ).toBe(
			'publish'
		);
		expect( answers.unapproved.status() ).toBe( 403 );
		expect( answers.refused.status() ).toBe( 400 );
		expect( ( await answers.refused.json() ).message ).toContain(
			'ttdt_is_reader_contribution'
		);
		// Refused creations leave nothing behind, not even a draft.
		const left = ( await world.requestUtils.rest( {
			path: '/wp/v2/posts',
			params: { search: String( stamp ), status: 'any', context: 'edit' },
		} ) ) as Post[];
		expect( left.map( ( post ) => post.title.raw ) ).toEqual( [
			`Tạo qua REST contribution ${ stamp }`,
		] );
	} );

	test( 'REST update, and private → public', async () => {
		const { admin, author } = world;
		for ( const initial of [ 'draft', 'private' ] ) {
			const ids = await fixtures(
				world,
				initial,
				{
					noSource: false,
					noWriter: false,
					contribution: initial === 'draft',
					unapproved: false,
					refused: initial === 'draft',
				},
				{ refused: STORED.unapproved }
			);
			const publish = ( actor: Actor, name: Case, extra = {} ) =>
				actor.rest( 'POST', `/wp/v2/posts/${ ids[ name ] }`, {
					status: 'publish',
					...extra,
				} );
			// A private item is not in review: only someone who may approve can publish it.
			const contributor = initial === 'draft' ? author : admin;
			expect( ( await publish( admin, 'noSource' ) ).status() ).toBe(
				400
			);
			expect( ( await publish( admin, 'noWriter' ) ).status() ).toBe(
				400
			);
			expect(
				( await publish( contributor, 'contribution' ) ).status()
			).toBe( 200 );
			expect( ( await publish( author, 'unapproved' ) ).status() ).toBe(
				403
			);
			// One invalid meta value: 400, and the title, status and meta stay as they were.
			const refused = await publish( admin, 'refused', {
				title: 'Tiêu đề không được lưu',
				meta: {
					ttdt_source: '',
					ttdt_is_reader_contribution: 'yes',
				},
			} );
			expect( refused.status(), await refused.text() ).toBe( 400 );
			const kept = initial === 'draft' ? 'pending' : initial;
			const posts = await expectStatuses(
				world,
				ids,
				{
					noSource: initial,
					noWriter: initial,
					contribution: 'publish',
					unapproved: initial,
					refused: kept,
				},
				`REST update from ${ initial }`
			);
			expect( posts[ ids.refused ].title.raw ).not.toBe(
				'Tiêu đề không được lưu'
			);
			expect( posts[ ids.refused ].meta.ttdt_source ).toBe( SOURCE );
			expect(
				posts[ ids.refused ].meta.ttdt_is_reader_contribution
			).toBe( false );
		}
	} );

	test( 'REST autosave never publishes, and judges no meta it does not store', async () => {
		const { admin, author } = world;
		// An autosave updates the item itself only for its author's own draft.
		const mine = async ( actor: Actor, meta: unknown ) =>
			(
				await (
					await actor.rest( 'POST', '/wp/v2/posts', {
						title: `Tự lưu ${ Date.now() }`,
						status: 'draft',
						meta,
					} )
				).json()
			).id as number;
		const ids = {
			noSource: await mine( admin, STORED.noSource ),
			noWriter: await mine( admin, STORED.noWriter ),
			contribution: await mine( admin, STORED.contribution ),
			unapproved: await mine( author, STORED.unapproved ),
			refused: await mine( admin, {} ),
		};
		const autosave = ( actor: Actor, id: number, data: object ) =>
			actor.rest( 'POST', `/wp/v2/posts/${ id }/autosaves`, {
				content: 'Nội dung tự lưu.',
				...data,
			} );
		// The meta it claims is never stored: the item may not go live on it.
		const claims = {
			status: 'publish',
			meta: { ttdt_source: SOURCE, ttdt_writer: WRITER },
		};
		for ( const [ actor, id ] of [
			[ admin, ids.noSource ],
			[ admin, ids.noWriter ],
			[ admin, ids.contribution ],
			[ author, ids.unapproved ],
		] as const ) {
			const answer = await autosave( actor, id, claims );
			expect( answer.status(), await answer.text() ).toBe( 400 );
		}
		const invalid = await autosave( admin, ids.refused, {
			meta: { ttdt_is_reader_contribution: 'yes' },
		} );
		expect( invalid.status() ).toBe( 400 );
		// An ordinary autosave still works.
		const plain = await autosave( admin, ids.contribution, {} );
		expect( plain.status(), await plain.text() ).toBe( 200 );
		const posts = await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'draft',
				unapproved: 'draft',
				refused: 'draft',
			},
			'REST autosave'
		);
		expect( posts[ ids.noSource ].meta.ttdt_source ).toBe( '' );
		expect( posts[ ids.noWriter ].meta.ttdt_writer ).toBe( '' );
		expect( posts[ ids.refused ].meta.ttdt_is_reader_contribution ).toBe(
			false
		);
	} );

	test( 'classic edit screen (post.php form)', async () => {
		const { admin, author } = world;
		const ids = await fixtures( world, 'draft', {
			noSource: false,
			noWriter: false,
			contribution: true,
			unapproved: false,
			refused: false,
		} );
		const box = ( meta: Record< string, unknown > ) => ( {
			ttdt_source: String( meta.ttdt_source ?? '' ),
			ttdt_writer: String( meta.ttdt_writer ?? '' ),
			ttdt_is_reference: '0',
			ttdt_is_reader_contribution: meta.ttdt_is_reader_contribution
				? '1'
				: '0',
		} );
		for ( const [ actor, name ] of [
			[ admin, 'noSource' ],
			[ admin, 'noWriter' ],
			[ author, 'contribution' ],
			[ author, 'unapproved' ],
		] as const ) {
			const saved = await classicPublish(
				actor,
				ids[ name ],
				box( STORED[ name ] )
			);
			expect( saved.status(), name ).toBe( 302 );
		}
		// Box fields without the box's nonce are not stored, so they cannot publish the item.
		const forged = await classicPublish(
			admin,
			ids.refused,
			box( STORED.unapproved ),
			true
		);
		expect( forged.status() ).toBe( 302 );
		const posts = await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
				refused: 'draft',
			},
			'classic editor'
		);
		expect( posts[ ids.refused ].meta.ttdt_source ).toBe( '' );
		expect( posts[ ids.noWriter ].meta.ttdt_source ).toBe( SOURCE );
	} );

	test( 'quick edit (admin-ajax inline-save)', async () => {
		const { admin, author } = world;
		const ids = await fixtures(
			world,
			'draft',
			{
				noSource: false,
				noWriter: false,
				contribution: true,
				unapproved: false,
				refused: false,
			},
			{ refused: STORED.unapproved }
		);
		// Fields of the provenance box posted without its nonce are ignored, not trusted.
		const forged = { ttdt_source: SOURCE, ttdt_writer: WRITER };
		await quickPublish( admin, ids.noSource, forged );
		await quickPublish( admin, ids.noWriter, forged );
		await quickPublish( author, ids.contribution );
		await quickPublish( author, ids.unapproved );
		const refused = await quickPublish(
			admin,
			ids.refused,
			{ post_title: 'Sửa nhanh không được lưu' },
			'not-a-nonce'
		);
		expect( refused.status() ).toBe( 403 );
		const posts = await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
				refused: 'draft',
			},
			'quick edit'
		);
		expect( posts[ ids.noSource ].meta.ttdt_source ).toBe( '' );
		expect( posts[ ids.refused ].title.raw ).not.toContain( 'Sửa nhanh' );
		expect( posts[ ids.contribution ].title.raw ).toContain(
			'contribution'
		);
	} );

	test( 'bulk edit (edit.php bulk_edit)', async () => {
		const { admin, author } = world;
		const ids = await fixtures(
			world,
			'draft',
			{
				noSource: false,
				noWriter: false,
				contribution: true,
				unapproved: false,
				refused: false,
			},
			{ refused: STORED.unapproved }
		);
		await bulkPublish( admin, [ ids.noSource, ids.noWriter ], {
			ttdt_source: SOURCE,
			ttdt_writer: WRITER,
		} );
		await bulkPublish( author, [ ids.contribution, ids.unapproved ] );
		const refused = await bulkPublish(
			admin,
			[ ids.refused ],
			{},
			'not-a-nonce'
		);
		expect( refused.status() ).toBeGreaterThanOrEqual( 400 );
		await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
				refused: 'draft',
			},
			'bulk edit'
		);
	} );

	test( 'XML-RPC wp.newPost and wp.editPost', async () => {
		const stamp = Date.now();
		const newPost = (
			user: Credentials,
			name: Case,
			meta: Record< string, unknown >,
			password = user.password
		) =>
			xmlrpcCall( 'wp.newPost', [
				1,
				user.username,
				password,
				{
					post_type: 'post',
					post_status: 'publish',
					post_title: `XML-RPC ${ name } ${ stamp }`,
					post_content: 'Nội dung.',
					// Filed for the author: nobody approves an item of their own by publishing.
					post_author: world.author.id,
					custom_fields: customFields( meta ),
				},
			] );
		const author = world.author.user;
		const created = {
			noSource: newPostId(
				await newPost( ADMIN, 'noSource', STORED.noSource )
			),
			noWriter: newPostId(
				await newPost( ADMIN, 'noWriter', STORED.noWriter )
			),
			contribution: newPostId(
				await newPost( ADMIN, 'contribution', STORED.contribution )
			),
			unapproved: newPostId(
				await newPost( author, 'unapproved', STORED.unapproved )
			),
		};
		expect(
			newPostId(
				await newPost( ADMIN, 'refused', STORED.unapproved, 'wrong' )
			)
		).toBeNull();
		for ( const id of Object.values( created ) ) {
			expect( id ).not.toBeNull();
		}
		await expectStatuses(
			world,
			created as Record< Case, number >,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
			},
			'wp.newPost'
		);

		const ids = await fixtures(
			world,
			'draft',
			{
				noSource: false,
				noWriter: false,
				contribution: true,
				unapproved: false,
				refused: false,
			},
			{ refused: STORED.unapproved }
		);
		const edit = (
			user: Credentials,
			id: number,
			password = user.password
		) =>
			xmlrpcCall( 'wp.editPost', [
				1,
				user.username,
				password,
				id,
				{ post_status: 'publish' },
			] );
		await edit( ADMIN, ids.noSource );
		await edit( ADMIN, ids.noWriter );
		await edit( author, ids.contribution );
		await edit( author, ids.unapproved );
		expect( await edit( ADMIN, ids.refused, 'wrong' ) ).toContain(
			'<fault>'
		);
		await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
				refused: 'draft',
			},
			'wp.editPost'
		);
	} );

	test( 'scheduled publishing (cron)', async ( { request } ) => {
		// Scheduling needs the same approval as publishing (REST tests above); what can go
		// wrong later is the stored item losing its source or writer before its time.
		const due = new Date( Date.now() + 3_600_000 )
			.toISOString()
			.slice( 0, 19 );
		const ids = await fixtures(
			world,
			'draft',
			{
				noSource: false,
				noWriter: false,
				contribution: false,
			},
			{ noSource: STORED.unapproved, noWriter: STORED.unapproved }
		);
		await adminBatch(
			world,
			Object.values( ids ).map( ( id ) => ( {
				method: 'POST',
				path: `/wp/v2/posts/${ id }`,
				body: { status: 'future', date_gmt: due },
			} ) )
		);
		await deleteMeta( world, ids.noSource, [ 'ttdt_source' ] );
		await deleteMeta( world, ids.noWriter, [ 'ttdt_writer' ] );
		await expect
			.poll(
				async () => {
					// Due now; again on each try, as a cron run spawned by a visit may have
					// written back a stale event list.
					await world.requestUtils.rest( {
						method: 'POST',
						path: '/ttdt-test/v1/cron/due',
						data: { ids: Object.values( ids ) },
					} );
					await request.get( '/wp-cron.php' );
					const posts = await stored( world, Object.values( ids ) );
					return [ ids.noSource, ids.noWriter, ids.contribution ].map(
						( id ) => posts[ id ]?.status
					);
				},
				{ timeout: 60_000, intervals: [ 2_000 ] }
			)
			.toEqual( [ 'draft', 'draft', 'publish' ] );
		await world.mailbox.waitFor(
			( mail ) =>
				mail.to.includes( world.authorEmail ) &&
				mail.text.includes( 'Chưa có nguồn tin' )
		);
	} );

	test( 'wp_publish_post() called by other code is put back, with a mail and an audit entry', async () => {
		const { admin, author } = world;
		const ids = await fixtures( world, 'draft', {
			noSource: false,
			noWriter: false,
			contribution: true,
			unapproved: false,
		} );
		// The answer tells the caller the item was put back (400/403), not that it is live.
		const publish = async ( actor: Actor, id: number, status: number ) => {
			const answer = await actor.rest(
				'POST',
				`/ttdt-test/v1/posts/${ id }/publish`
			);
			expect( answer.status(), await answer.text() ).toBe( status );
		};
		await publish( admin, ids.noSource, 400 );
		await publish( admin, ids.noWriter, 400 );
		await publish( author, ids.contribution, 200 );
		await publish( author, ids.unapproved, 403 );
		await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
			},
			'wp_publish_post'
		);
		const mail = await world.mailbox.waitFor(
			( message ) =>
				message.to.includes( world.authorEmail ) &&
				message.text.includes( 'Chưa có người viết' ) &&
				message.text.includes( `post=${ ids.noWriter }` )
		);
		expect( mail.text ).not.toContain( 'Chưa có nguồn tin' );
		const audit = ( await world.requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: { action: 'post.publish_blocked', object_id: ids.noSource },
		} ) ) as unknown[];
		expect( audit ).toHaveLength( 1 );
		// The person whose code published it is told on their next admin screen.
		const notice = await admin.admin( 'index.php' );
		expect( notice ).toContain( 'Chưa có nguồn tin' );
		expect( notice ).toContain( 'Chưa có người viết' );
	} );

	test( 'restore from the trash to the status the item had', async () => {
		const { admin, author } = world;
		const ids = await fixtures(
			world,
			'draft',
			{
				noSource: false,
				noWriter: false,
				contribution: false,
				unapproved: false,
			},
			{ noSource: STORED.unapproved, noWriter: STORED.unapproved }
		);
		// Published by the administrator, then trashed (which withdraws the approval).
		await adminBatch(
			world,
			Object.values( ids ).map( ( id ) => ( {
				method: 'POST',
				path: `/wp/v2/posts/${ id }`,
				body: { status: 'publish' },
			} ) )
		);
		await adminBatch(
			world,
			Object.values( ids ).map( ( id ) => ( {
				method: 'DELETE',
				path: `/wp/v2/posts/${ id }`,
			} ) )
		);
		await deleteMeta( world, ids.noSource, [ 'ttdt_source' ] );
		await deleteMeta( world, ids.noWriter, [ 'ttdt_writer' ] );
		const restore = async ( actor: Actor, id: number ) => {
			const trash = await actor.admin(
				'edit.php?post_status=trash&post_type=post'
			);
			const link = new RegExp(
				`post\\.php\\?post=${ id }&(?:amp;)?action=untrash&(?:amp;)?_wpnonce=([0-9a-f]+)`
			).exec( trash );
			expect( link, `untrash link of ${ id }` ).not.toBeNull();
			await actor.request.get(
				`/wp-admin/post.php?post=${ id }&action=untrash&_wpnonce=${ link?.[ 1 ] }`,
				{ maxRedirects: 0 }
			);
		};
		await restore( admin, ids.noSource );
		await restore( admin, ids.noWriter );
		await restore( admin, ids.contribution );
		await restore( author, ids.unapproved );
		await expectStatuses(
			world,
			ids,
			{
				noSource: 'draft',
				noWriter: 'draft',
				contribution: 'publish',
				unapproved: 'draft',
			},
			'restore from trash'
		);
	} );
} );
