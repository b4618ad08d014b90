/* @jest-environment node */
/**
 * The bundle of the plugin's classes: order, the namespace made a block, and the files it
 * refuses. That PHP loads it is checked by PHPUnit (`ClassBundleTest`).
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { bundle, BundleError } = require( '../lib/class-bundle' );

/**
 * Writes files into a new temporary folder.
 *
 * @param {Record<string, string>} files Path => PHP.
 * @return {string} The folder.
 */
function folder( files ) {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'ttdt-bundle-' ) );
	for ( const [ file, code ] of Object.entries( files ) ) {
		fs.mkdirSync( path.dirname( path.join( dir, file ) ), {
			recursive: true,
		} );
		fs.writeFileSync( path.join( dir, file ), code );
	}
	return dir;
}

const php = ( namespace, uses, declaration ) =>
	`<?php\n/**\n * A file.\n */\n\nnamespace ${ namespace };\n\ndefined( 'ABSPATH' ) || exit;\n${ uses }\n${ declaration }\n`;

describe( 'class bundle', () => {
	it( 'puts each class after what it builds on, resolving imports, and makes each namespace a block', () => {
		const files = {
			'A/Child.php': php(
				'Ttdt\\A',
				'use Ttdt\\Z\\Base as Parent_;',
				'final class Child extends Parent_ implements \\Ttdt\\Z\\Marker {\n\tuse Helper;\n}'
			),
			'A/Helper.php': php( 'Ttdt\\A', '', 'trait Helper {}' ),
			'Z/Base.php': php(
				'Ttdt\\Z',
				'',
				'abstract class Base extends \\WP_REST_Controller {}'
			),
			'Z/Marker.php': php( 'Ttdt\\Z', '', 'interface Marker {}' ),
		};
		const code = bundle( folder( files ), Object.keys( files ) );
		const order = [ ...code.matchAll( /^\/\/ (\S+\.php)$/gm ) ].map(
			( match ) => match[ 1 ]
		);
		expect( order ).toEqual( [
			'Z/Base.php',
			'Z/Marker.php',
			'A/Helper.php',
			'A/Child.php',
		] );
		expect( code.startsWith( '<?php\n' ) ).toBe( true );
		expect( code.match( /<\?php/g ) ).toHaveLength( 1 );
		expect( code ).toContain(
			"namespace Ttdt\\A {\n\ndefined( 'ABSPATH' ) || exit;"
		);
		expect( code.match( /^namespace [^;{]+;/gm ) ).toBeNull();
	} );

	it.each( [
		[
			'__DIR__',
			php( 'Ttdt\\A', '', 'final class A { const F = __DIR__; }' ),
			/__DIR__ would name the bundle/,
		],
		[
			'two classes',
			php( 'Ttdt\\A', '', 'final class A {}\nfinal class B {}' ),
			/exactly one class/,
		],
		[
			'a function',
			php( 'Ttdt\\A', '', 'function a() {}\nfinal class A {}' ),
			/function outside a class/,
		],
		[ 'no namespace', '<?php\nfinal class A {}\n', /one `namespace/ ],
	] )( 'refuses a file with %s', ( _, code, message ) => {
		expect( () =>
			bundle( folder( { 'A.php': code } ), [ 'A.php' ] )
		).toThrow( BundleError );
		expect( () =>
			bundle( folder( { 'A.php': code } ), [ 'A.php' ] )
		).toThrow( message );
	} );

	it( 'refuses classes that build on each other in a cycle', () => {
		const files = {
			'A.php': php( 'Ttdt', '', 'class A extends B {}' ),
			'B.php': php( 'Ttdt', '', 'class B extends A {}' ),
		};
		expect( () => bundle( folder( files ), Object.keys( files ) ) ).toThrow(
			/cycle/
		);
	} );

	it( 'bundles every class of the plugin', () => {
		const source = path.resolve( __dirname, '../../../plugin/src' );
		const files = fs
			.readdirSync( source, { recursive: true } )
			.filter(
				( file ) => file.endsWith( '.php' ) && file !== 'Autoloader.php'
			);
		const code = bundle( source, files );
		expect( code.match( /^\/\/ \S+\.php$/gm ) ).toHaveLength(
			files.length
		);
	} );
} );
