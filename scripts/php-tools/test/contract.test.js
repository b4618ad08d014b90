/* @jest-environment node */
/**
 * The contract generator: the static evaluator on small snippets, collection and rendering
 * on the mini plugin in test/contract-fixture/, and the CLI end to end.
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { execFileSync, spawnSync } = require( 'child_process' );
const ts = require( 'typescript' );

// json-schema-to-typescript loads Prettier, whose dynamic imports Jest cannot run; the
// CLI formats for real (tested below through a child process).
jest.mock( 'prettier', () => ( { format: ( code ) => code } ) );

const { Project } = require( '../lib/project' );
const { Evaluator, UNRESOLVED } = require( '../lib/evaluate' );
const { walk, functionName } = require( '../lib/ast' );
const { collectContract } = require( '../contract/collect' );
const { renderContract, renderSchemas } = require( '../contract/render' );
const { phpFiles } = require( '../lib/files' );

const ROOT = path.resolve( __dirname, '../../..' );
const FIXTURE = path.join( __dirname, 'contract-fixture' );
const CLI = path.join( __dirname, '../contract.mjs' );

/**
 * Evaluates the argument of `value( ... )` in a PHP snippet.
 *
 * @param {string} body PHP statements (without `<?php`), calling value( expr ) once.
 * @return {*} Evaluated value.
 */
function evaluate( body ) {
	const project = new Project( { root: FIXTURE } );
	const info = project.addSource(
		`<?php\nnamespace Ttdt\\Demo;\n${ body }`,
		'snippet.php'
	);
	const evaluator = new Evaluator( project );
	let result;
	walk( info.ast, ( node, ancestors ) => {
		if ( functionName( node ) === 'value' ) {
			result = evaluator.evaluate(
				node.arguments[ 0 ],
				evaluator.scope( info, ancestors )
			);
		}
	} );
	return result;
}

describe( 'static evaluator', () => {
	test.each( [
		[ 'value( \'a\' . "b" . 1 );', 'ab1' ],
		[ "value( __( 'Settings', 'ttdt-portal' ) );", 'Settings' ],
		[ "value( _x( 'Post', 'noun', 'ttdt-portal' ) );", 'Post' ],
		[ 'value( array() );', [] ],
		[ "value( [ 'a', 'b' ] );", [ 'a', 'b' ] ],
		[
			"value( array( 'k' => array( 1, -2.5, true, null ) ) );",
			{ k: [ 1, -2.5, true, null ] },
		],
		[ 'value( Statuses::ALL );', [ 'draft', 'approved' ] ],
		[ 'value( \\Ttdt\\Demo\\Statuses::ONLINE );', 'online' ],
		[ 'value( Statuses::class );', 'Ttdt\\Demo\\Statuses' ],
		[ 'value( \\WP_REST_Server::EDITABLE );', 'POST, PUT, PATCH' ],
		[ "value( apply_filters( 'x', array( 'a' => 1 ) ) );", { a: 1 } ],
		[ "value( array_merge( array( 'a' ), array( 'b' ) ) );", [ 'a', 'b' ] ],
		[ "value( array_keys( array( 'x' => 1, 'y' => 2 ) ) );", [ 'x', 'y' ] ],
		[
			"$list = array( 'a' ); $more = array_merge( $list, array( 'b' ) ); value( $more );",
			[ 'a', 'b' ],
		],
		[ 'value( Statuses::ALL[1] );', 'approved' ],
		[
			"value( array_diff( Statuses::ALL, array( 'draft' ) ) );",
			[ 'approved' ],
		],
		[
			"value( \\Ttdt\\Access\\Levels::definitions()['ttdt_moderator'][1] );",
			[ 'read', 'ttdt_approve_posts' ],
		],
	] )( '%s', ( body, expected ) => {
		expect( evaluate( body ) ).toEqual( expected );
	} );

	test.each( [
		[ 'function f( $x ) { value( $x ); }' ],
		[ 'value( get_option( "x" ) );' ],
		[ 'value( Unknown::CONSTANT );' ],
		[ 'value( $undefined );' ],
	] )( '%s is unresolved', ( body ) => {
		expect( evaluate( body ) ).toBe( UNRESOLVED );
	} );
} );

describe( 'contract of the fixture plugin', () => {
	const contract = collectContract( FIXTURE, phpFiles( FIXTURE ) );

	test( 'has no problems', () => {
		expect( contract.problems ).toEqual( [] );
	} );

	test( 'collects routes, post types, taxonomies, keys, constants, options, meta', () => {
		expect(
			contract.routes.map( ( r ) => [ r.namespace, r.route, r.methods ] )
		).toEqual( [
			[ 'ttdt/v1', '/reports', [ 'GET', 'POST' ] ],
			[ 'ttdt/v1', '/reports/(?P<id>[\\d]+)', [ 'DELETE' ] ],
		] );
		expect( contract.postTypes ).toEqual( [ 'ttdt_report' ] );
		expect( contract.taxonomies ).toEqual( [ 'ttdt_topic' ] );
		expect( contract.keys ).toMatchObject( [
			{
				name: 'Roles',
				type: 'RoleSlug',
				keys: [ 'ttdt_collaborator', 'ttdt_moderator' ],
			},
		] );
		expect( contract.constants ).toMatchObject( [
			{
				name: 'Capabilities',
				values: {
					APPROVE: 'ttdt_approve_posts',
					PUBLISH: 'ttdt_publish',
				},
			},
		] );
		expect( contract.options.map( ( o ) => o.value ).sort() ).toEqual( [
			'ttdt_demo_cache',
			'ttdt_demo_reports',
			'ttdt_levels_version',
		] );
		expect(
			contract.meta.map( ( m ) => `${ m.subtype }:${ m.key }` )
		).toEqual( [
			'post:ttdt_source',
			'post:ttdt_is_reference',
			'post:ttdt_received_via',
			'post:ttdt_reviewers',
			'ttdt_report:ttdt_pages',
		] );
	} );

	test( 'evaluates the annotated schemas', () => {
		const report = contract.schemas.find(
			( s ) => s.name === 'Report'
		).schema;
		expect( report.properties.status ).toEqual( {
			type: 'string',
			enum: [ 'draft', 'approved' ],
			default: 'draft',
		} );
		expect( report.properties.id.description ).toBe( 'Unique identifier.' );
		expect( report.properties.title.maxLength ).toBe( 200 );
		expect( report.properties.author.properties.roles.items.enum ).toEqual(
			[ 'ttdt_collaborator', 'ttdt_moderator' ]
		);
		expect( contract.schemas.map( ( s ) => s.name ) ).toEqual( [
			'Report',
			'Point',
		] );
	} );

	test( 'renders TypeScript that type-checks against sample values', async () => {
		const dir = fs.mkdtempSync(
			path.join( os.tmpdir(), 'ttdt-contract-' )
		);
		fs.writeFileSync(
			path.join( dir, 'schemas.ts' ),
			await renderSchemas( contract )
		);
		fs.writeFileSync(
			path.join( dir, 'contract.ts' ),
			await renderContract( contract )
		);
		fs.writeFileSync(
			path.join( dir, 'use.ts' ),
			`import type { Report, Point } from './schemas';
import { CAPABILITIES, ROLES, REST_ROUTES, type PostMeta, type RoleSlug, type Capability } from './contract';
export const report: Report = { id: 1, status: 'approved', title: 'T', tags: [], via: null, score: null, author: { roles: [ 'ttdt_moderator' ] } };
export const point: Point = { lat: 1, lng: 2 };
export const meta: PostMeta = { ttdt_source: '', ttdt_is_reference: false, ttdt_received_via: 'paper', ttdt_reviewers: [ 1 ] };
export const role: RoleSlug = ROLES[ 0 ];
export const cap: Capability = CAPABILITIES.APPROVE;
export const path: '/ttdt/v1/reports/{id}' = REST_ROUTES[ 'ttdt/v1/reports/{id}' ].path;
// @ts-expect-error: status is required, since it has a default.
export const missing: Report = { id: 1, title: 'T', tags: [] };
// @ts-expect-error: not one of the enum values.
export const wrong: PostMeta[ 'ttdt_received_via' ] = 'fax';
`
		);
		const program = ts.createProgram( [ path.join( dir, 'use.ts' ) ], {
			strict: true,
			noEmit: true,
			target: ts.ScriptTarget.ES2022,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
			module: ts.ModuleKind.ESNext,
			types: [],
		} );
		const diagnostics = ts
			.getPreEmitDiagnostics( program )
			.map( ( d ) =>
				ts.flattenDiagnosticMessageText( d.messageText, '\n' )
			);
		expect( diagnostics ).toEqual( [] );
	} );
} );

describe( 'contract.mjs', () => {
	test( 'writes formatted files, and --check detects stale ones', () => {
		const out = fs.mkdtempSync(
			path.join( os.tmpdir(), 'ttdt-contract-cli-' )
		);
		execFileSync( process.execPath, [
			CLI,
			'--root',
			FIXTURE,
			'--out',
			out,
		] );
		const schemas = fs.readFileSync(
			path.join( out, 'schemas.ts' ),
			'utf8'
		);
		expect( schemas ).toContain( "\tstatus: 'draft' | 'approved';" );
		expect(
			spawnSync( process.execPath, [
				CLI,
				'--root',
				FIXTURE,
				'--out',
				out,
				'--check',
			] ).status
		).toBe( 0 );
		fs.appendFileSync( path.join( out, 'contract.ts' ), '// edited\n' );
		const stale = spawnSync(
			process.execPath,
			[ CLI, '--root', FIXTURE, '--out', out, '--check' ],
			{ encoding: 'utf8' }
		);
		expect( stale.status ).toBe( 1 );
		expect( stale.stderr ).toContain( 'contract.ts' );
	} );

	test( 'fails with file:line when an annotated schema is not static', () => {
		const root = fs.mkdtempSync(
			path.join( os.tmpdir(), 'ttdt-contract-bad-' )
		);
		fs.mkdirSync( path.join( root, 'plugin/src' ), { recursive: true } );
		fs.writeFileSync(
			path.join( root, 'plugin/src/Dynamic.php' ),
			"<?php\nnamespace Ttdt;\ndefined( 'ABSPATH' ) || exit;\nfinal class Dynamic {\n\t/** @contract Dynamic */\n\tpublic static function schema(): array {\n\t\treturn array( 'type' => get_option( 'x' ) );\n\t}\n}\n"
		);
		const result = spawnSync(
			process.execPath,
			[ CLI, '--root', root, '--out', path.join( root, 'out' ) ],
			{ encoding: 'utf8' }
		);
		expect( result.status ).toBe( 1 );
		expect( result.stderr ).toContain(
			"plugin/src/Dynamic.php:6: [contract error] @contract Dynamic: Dynamic::schema() (plugin/src/Dynamic.php) must return a static array; cannot evaluate plugin/src/Dynamic.php:7 `get_option( 'x' )`"
		);
	} );
} );

describe( 'route schemas', () => {
	const UNSCHEMED = path.join( __dirname, 'contract-fixture-unschemed' );

	test( 'a route without a schema, or a write method without args, is an error', () => {
		const { problems } = collectContract(
			UNSCHEMED,
			phpFiles( UNSCHEMED )
		);
		expect(
			problems.map( ( p ) => [ p.severity, p.line, p.message ] )
		).toEqual( [
			[
				'error',
				23,
				"ttdt/v1/unschemed has no 'schema'; add 'schema' => array( $this, 'get_public_item_schema' ) (or a <Feature>Schema method) so clients know what it answers",
			],
			[
				'error',
				40,
				"ttdt/v1/unschemed/(?P<id>[\\d]+) POST,PUT,PATCH has no 'args'; declare the body it takes (array() when it takes none)",
			],
		] );
	} );

	test( 'contract.mjs fails on them with file:line', () => {
		const result = spawnSync(
			process.execPath,
			[
				CLI,
				'--root',
				UNSCHEMED,
				'--out',
				fs.mkdtempSync( path.join( os.tmpdir(), 'ttdt-unschemed-' ) ),
			],
			{ encoding: 'utf8' }
		);
		expect( result.status ).toBe( 1 );
		expect( result.stderr ).toContain(
			"plugin/src/Demo/Unschemed.php:23: [contract error] ttdt/v1/unschemed has no 'schema'"
		);
	} );
} );

describe( 'the plugin', () => {
	test( 'yields the Settings schema without problems', () => {
		const contract = collectContract( ROOT, phpFiles( ROOT ) );
		expect(
			contract.problems.filter( ( p ) => p.severity === 'error' )
		).toEqual( [] );
		expect( contract.schemas.map( ( s ) => s.name ) ).toContain(
			'Settings'
		);
	} );
} );
