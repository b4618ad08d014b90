/* @jest-environment node */
/**
 * The hooks of the write-side services, as the build lists them for the page views that
 * register those services late: what it resolves and what it refuses. That the list matches
 * what PHP registers is checked by PHPUnit (`WriteSideServicesTest`).
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const {
	writeSideHooks,
	writeSideHooksPhp,
	WriteSideError,
} = require( '../lib/write-side-hooks' );

const php = ( name, body, uses = '' ) =>
	`<?php\nnamespace Ttdt\\A;\n\ndefined( 'ABSPATH' ) || exit;\n\nuse Ttdt\\Support\\WriteSide;\nuse Ttdt\\Support\\PageView;\n${ uses }\nfinal class ${ name } implements WriteSide {\n\tpublic const EVENT = 'ttdt_event';\n\n\tpublic function register_hooks(): void {\n${ body }\n\t}\n}\n`;

/**
 * Writes the classes into a new repository-shaped folder and lists their hooks.
 *
 * @param {Record<string, string>} classes File name under plugin/src/A => PHP.
 * @return {Record<string, string[]>} The list.
 */
function hooksOf( classes ) {
	const root = fs.mkdtempSync( path.join( os.tmpdir(), 'ttdt-write-side-' ) );
	const files = [];
	for ( const [ name, code ] of Object.entries( {
		'Other.php': `<?php\nnamespace Ttdt\\B;\n\nfinal class Other {\n\tpublic const NAME = 'ttdt_other';\n}\n`,
		...classes,
	} ) ) {
		const file = name.startsWith( 'Other' )
			? 'plugin/src/B/Other.php'
			: `plugin/src/A/${ name }`;
		fs.mkdirSync( path.dirname( path.join( root, file ) ), {
			recursive: true,
		} );
		fs.writeFileSync( path.join( root, file ), code );
		files.push( file );
	}
	return writeSideHooks( root, files );
}

describe( 'write-side hooks', () => {
	it( 'resolves literal names, constants, concatenations and loops over literal lists', () => {
		const hooks = hooksOf( {
			'Guard.php': php(
				'Guard',
				[
					"\t\tadd_filter( 'wp_insert_post_data', array( $this, 'check' ), 5, 2 );",
					"\t\tadd_action( self::EVENT, array( $this, 'run' ) );",
					"\t\tadd_action( 'rest_pre_insert_' . Other::NAME, array( $this, 'rest' ) );",
					"\t\tforeach ( array( 'added_post_meta', 'updated_post_meta' ) as $hook ) {",
					"\t\t\tadd_action( $hook, array( $this, 'changed' ) );",
					'\t\t}',
					"\t\tPageView::add_action_unless_page_view( 'init', array( $this, 'schedule' ) );",
					"\t\tadd_action( 'shutdown', array( $this, 'flush' ) );",
					"\t\tadd_action( 'wp_insert_post_data', array( $this, 'again' ) );",
				].join( '\n' ),
				'use Ttdt\\B\\Other;'
			),
			'Plain.php': `<?php\nnamespace Ttdt\\A;\n\nfinal class Plain implements \\Ttdt\\Support\\Hookable {\n\tpublic function register_hooks(): void {\n\t\tadd_action( $this->hook, '__return_true' );\n\t}\n}\n`,
		} );
		expect( hooks ).toEqual( {
			'Ttdt\\A\\Guard': [
				'added_post_meta',
				'rest_pre_insert_ttdt_other',
				'ttdt_event',
				'updated_post_meta',
				'wp_insert_post_data',
			],
		} );
		expect( writeSideHooksPhp( hooks ) ).toContain(
			"\t'Ttdt\\\\A\\\\Guard' => array( 'added_post_meta', 'rest_pre_insert_ttdt_other', 'ttdt_event', 'updated_post_meta', 'wp_insert_post_data' ),"
		);
	} );

	it( 'adds the hooks of a part the service registers, held in a typed property', () => {
		const hooks = hooksOf( {
			'Part.php': `<?php\nnamespace Ttdt\\A;\n\nfinal class Part {\n\tpublic function register_hooks(): void {\n\t\tadd_filter( 'add_post_metadata', array( $this, 'guard' ) );\n\t}\n}\n`,
			'Whole.php': php(
				'Whole',
				"\t\t$this->part->register_hooks();\n\t\tadd_action( 'added_post_meta', array( $this, 'noted' ) );"
			).replace(
				'final class Whole implements WriteSide {',
				'final class Whole implements WriteSide {\n\tprivate Part $part;'
			),
		} );
		expect( hooks ).toEqual( {
			'Ttdt\\A\\Whole': [ 'add_post_metadata', 'added_post_meta' ],
		} );
		expect( () =>
			hooksOf( {
				'Whole.php': php(
					'Whole',
					'\t\t$this->part->register_hooks();'
				).replace(
					'implements WriteSide {',
					'implements WriteSide {\n\tprivate $part;'
				),
			} )
		).toThrow( /held in a property typed with its class/ );
	} );

	it.each( [
		[
			'a helper that registers hooks itself',
			"\t\tMetaRegistration::on_init( array( $this, 'register' ) );",
			/only call add_action\(\) and add_filter\(\)/,
		],
		[
			'a name known only at run time',
			"\t\tadd_action( 'rest_pre_insert_' . $this->type, array( $this, 'x' ) );",
			/must be known before it runs/,
		],
		[
			'a loop over a list made at run time',
			"\t\tforeach ( ItemTypes::all() as $type ) {\n\t\t\tadd_action( 'x_' . $type, array( $this, 'x' ) );\n\t\t}",
			/only over a literal list/,
		],
		[
			'a condition',
			"\t\tif ( is_admin() ) {\n\t\t\tadd_action( 'admin_init', array( $this, 'x' ) );\n\t\t}",
			/only call add_action\(\) and add_filter\(\)/,
		],
	] )( 'refuses %s, naming the file and line', ( what, body, message ) => {
		let error;
		try {
			hooksOf( { 'Guard.php': php( 'Guard', body ) } );
		} catch ( thrown ) {
			error = thrown;
		}
		expect( error ).toBeInstanceOf( WriteSideError );
		expect( error.message ).toMatch(
			/^plugin\/src\/A\/Guard\.php:1[0-9]: /
		);
		expect( error.message ).toMatch( message );
	} );
} );
