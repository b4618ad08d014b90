/* @jest-environment node */
/**
 * The PHP checker against its fixtures: `good-*.php` must pass, and each `bad-*.php` must
 * produce exactly the violations marked in it with `// expect: <rule-id> [<rule-id>...]` on
 * the offending line. A fixture may set the path it is checked as with `@fixture-path`.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { checkFiles, checkSource } = require( '../lib/check' );
const { phpFiles } = require( '../lib/files' );
const { loadPublicRoutes } = require( '../lib/public-routes' );
const { formatViolations } = require( '../lib/report' );

const ROOT = path.resolve( __dirname, '../../..' );
const FIXTURES = path.join( __dirname, 'fixtures' );

const fixtures = fs
	.readdirSync( FIXTURES )
	.filter( ( dir ) =>
		fs.statSync( path.join( FIXTURES, dir ) ).isDirectory()
	)
	.flatMap( ( dir ) =>
		fs
			.readdirSync( path.join( FIXTURES, dir ) )
			.filter( ( name ) => name.endsWith( '.php' ) )
			.map( ( name ) => ( {
				rule: dir,
				name,
				file: path.join( FIXTURES, dir, name ),
			} ) )
	);

/**
 * Expected "line rule" pairs of a fixture.
 *
 * @param {string} code Fixture source.
 * @return {string[]} Sorted pairs.
 */
function expected( code ) {
	return code
		.split( '\n' )
		.flatMap( ( text, index ) => {
			const match = /expect: ([a-z0-9-]+(?: [a-z0-9-]+)*)/.exec( text );
			return match
				? match[ 1 ]
						.split( ' ' )
						.map( ( rule ) => `${ index + 1 } ${ rule }` )
				: [];
		} )
		.sort();
}

/**
 * Checks a fixture.
 *
 * @param {Object} fixture Fixture.
 * @return {Object[]} Violations.
 */
function check( fixture ) {
	const code = fs.readFileSync( fixture.file, 'utf8' );
	const virtualPath =
		/@fixture-path (\S+)/.exec( code )?.[ 1 ] ||
		`fixtures/${ fixture.rule }/${ fixture.name }`;
	const publicRoutes = loadPublicRoutes(
		path.join( FIXTURES, fixture.rule, 'public-routes.json' )
	);
	return checkSource( code, virtualPath, { root: ROOT, publicRoutes } );
}

describe( 'PHP checker fixtures', () => {
	test.each(
		fixtures
			.filter( ( f ) => f.name.startsWith( 'good-' ) )
			.map( ( f ) => [ `${ f.rule }/${ f.name }`, f ] )
	)( '%s has no violations', ( _, fixture ) => {
		expect( formatViolations( check( fixture ) ) ).toBe( '' );
	} );

	test.each(
		fixtures
			.filter( ( f ) => f.name.startsWith( 'bad-' ) )
			.map( ( f ) => [ `${ f.rule }/${ f.name }`, f ] )
	)( '%s has exactly the marked violations', ( _, fixture ) => {
		const marks = expected( fs.readFileSync( fixture.file, 'utf8' ) );
		expect(
			marks.some( ( mark ) => mark.endsWith( ` ${ fixture.rule }` ) )
		).toBe( true );
		const found = check( fixture )
			.map( ( v ) => `${ v.line } ${ v.rule }` )
			.sort();
		expect( found ).toEqual( marks );
	} );

	test( 'every rule has good and bad fixtures', () => {
		const { RULES } = require( '../lib/check' );
		for ( const rule of RULES ) {
			const names = fixtures
				.filter( ( f ) => f.rule === rule.id )
				.map( ( f ) => f.name );
			expect( [
				rule.id,
				names.some( ( n ) => n.startsWith( 'good-' ) ),
			] ).toEqual( [ rule.id, true ] );
			expect( [
				rule.id,
				names.some( ( n ) => n.startsWith( 'bad-' ) ),
			] ).toEqual( [ rule.id, true ] );
		}
	} );
} );

describe( 'public-routes.json', () => {
	test( 'entries need a reason and a method', () => {
		const dir = fs.mkdtempSync(
			path.join( require( 'os' ).tmpdir(), 'ttdt-routes-' )
		);
		const file = path.join( dir, 'public-routes.json' );
		fs.writeFileSync(
			file,
			JSON.stringify(
				{ 'ttdt/v1/a GET': '', 'ttdt/v1/b': 'why' },
				null,
				'\t'
			)
		);
		const { problems } = loadPublicRoutes( file, 'public-routes.json' );
		expect( problems.map( ( p ) => p.line ) ).toEqual( [ 2, 3 ] );
	} );
} );

describe( 'the plugin', () => {
	test( 'passes every rule', () => {
		const violations = checkFiles( phpFiles( ROOT ), {
			root: ROOT,
			reportUnusedRoutes: true,
		} );
		expect( formatViolations( violations ) ).toBe( '' );
	} );
} );
