/* @jest-environment node */
/**
 * build.mjs end to end on a copy of fixtures/project: a complete translation compiles to
 * .mo and per-script JSON; a new untranslated string fails the build with a clear list and
 * lands in the .po, empty, for the translator.
 */
const fs = require( 'fs' );
const os = require( 'os' );
const path = require( 'path' );
const { spawnSync } = require( 'child_process' );

const BUILD = path.join( __dirname, '../build.mjs' );
const FIXTURE = path.join( __dirname, 'fixtures/project' );

/**
 * Copies the fixture project to a temporary folder.
 *
 * @return {string} Its path.
 */
function copyProject() {
	const root = fs.mkdtempSync( path.join( os.tmpdir(), 'ttdt-i18n-' ) );
	fs.cpSync( FIXTURE, root, { recursive: true } );
	return root;
}

/**
 * Runs the build.
 *
 * @param {string} root Project root.
 * @return {Object} spawnSync result.
 */
function build( root ) {
	return spawnSync( process.execPath, [ BUILD, '--root', root ], {
		encoding: 'utf8',
	} );
}

describe( 'i18n build', () => {
	test( 'compiles the .mo and one JSON file per built script', () => {
		const root = copyProject();
		const result = build( root );
		expect( result.stderr ).toBe( '' );
		expect( result.status ).toBe( 0 );

		const languages = path.join( root, 'plugin/languages' );
		const mo = fs.readFileSync(
			path.join( languages, 'ttdt-portal-vi.mo' )
		);
		expect( mo.readUInt32LE( 0 ) ).toBe( 0x950412de ); // gettext magic number.
		expect( mo.includes( Buffer.from( 'Xin chào' ) ) ).toBe( true );

		// md5( 'build/blocks/hello/index.js' ): what load_script_textdomain() looks for.
		const block = JSON.parse(
			fs.readFileSync(
				path.join(
					languages,
					'ttdt-portal-vi-4ea791d9577b9bb80ddeaf4e0e43857f.json'
				),
				'utf8'
			)
		);
		expect( block.locale_data.messages ).toEqual( {
			'': {
				domain: 'messages',
				lang: 'vi',
				'plural-forms': 'nplurals=1; plural=0;',
			},
			'Say hello': [ 'Gửi lời chào' ],
			'block title\u0004Hello block': [ 'Khối chào' ],
			'block keyword\u0004greeting': [ 'lời chào' ],
		} );
		expect( block[ 'translation-revision-date' ] ).toBe(
			'2025-01-15 08:00+0000'
		);

		const jsonFiles = fs
			.readdirSync( languages )
			.filter( ( name ) => name.endsWith( '.json' ) );
		expect( jsonFiles ).toHaveLength( 2 );
		expect(
			fs.readFileSync( path.join( languages, 'ttdt-portal.pot' ), 'utf8' )
		).toContain( '#: admin-ui/screens/hello/index.tsx:9' );
	} );

	test( 'takes missing translations from fragments in languages/vi/*.po', () => {
		const root = copyProject();
		fs.writeFileSync(
			path.join( root, 'plugin/src/Farewell.php' ),
			"<?php\nnamespace Ttdt;\ndefined( 'ABSPATH' ) || exit;\nfunction farewell() {\n\treturn __( 'Goodbye', 'ttdt-portal' );\n}\n"
		);
		fs.mkdirSync( path.join( root, 'plugin/languages/vi' ) );
		fs.writeFileSync(
			path.join( root, 'plugin/languages/vi/farewell.po' ),
			'msgid "Goodbye"\nmsgstr "Tạm biệt"\n\nmsgid "Hello"\nmsgstr "Chào (fragment)"\n'
		);
		const result = build( root );
		expect( result.stderr ).toBe( '' );
		const po = fs.readFileSync(
			path.join( root, 'plugin/languages/ttdt-portal-vi.po' ),
			'utf8'
		);
		expect( po ).toContain( 'msgid "Goodbye"\nmsgstr "Tạm biệt"' );
		expect( po ).toContain( 'msgid "Hello"\nmsgstr "Xin chào"' ); // The main .po wins.
	} );

	test( 'covers the strings of bundled packages and compiles them for their own domain', () => {
		const root = copyProject();
		// A bundled @wordpress/* package calls __() without a domain ("default").
		fs.appendFileSync(
			path.join( root, 'plugin/build/admin-ui/screens/hello.js' ),
			'\n(0,r.__)("Add filter");\n'
		);
		const missing = build( root );
		expect( missing.status ).toBe( 1 );
		expect( missing.stderr ).toContain(
			'- "Add filter"  (plugin/build/admin-ui/screens/hello.js)'
		);

		fs.mkdirSync( path.join( root, 'plugin/languages/vi' ) );
		fs.writeFileSync(
			path.join( root, 'plugin/languages/vi/bundled.po' ),
			'msgid "Add filter"\nmsgstr "Thêm bộ lọc"\n'
		);
		const result = build( root );
		expect( result.stderr ).toBe( '' );
		const languages = path.join( root, 'plugin/languages' );
		// md5( 'build/admin-ui/screens/hello.js' ), loaded by Translations::add_bundled_strings().
		const bundled = fs
			.readdirSync( languages )
			.filter( ( name ) =>
				/^ttdt-portal-vi-default-[0-9a-f]{32}\.json$/.test( name )
			);
		expect( bundled ).toHaveLength( 1 );
		const data = JSON.parse(
			fs.readFileSync( path.join( languages, bundled[ 0 ] ), 'utf8' )
		);
		expect( data.locale_data.messages[ 'Add filter' ] ).toEqual( [
			'Thêm bộ lọc',
		] );
		// The screen's own strings stay in the plugin's domain file, not in the bundled one.
		expect( data.locale_data.messages.Hello ).toBeUndefined();
	} );

	test( 'fails, listing the string, when a translation is missing', () => {
		const root = copyProject();
		fs.writeFileSync(
			path.join( root, 'plugin/src/Farewell.php' ),
			"<?php\nnamespace Ttdt;\ndefined( 'ABSPATH' ) || exit;\nfunction farewell() {\n\treturn __( 'Goodbye', 'ttdt-portal' );\n}\n"
		);
		const result = build( root );
		expect( result.status ).toBe( 1 );
		expect( result.stderr ).toContain(
			'plugin/languages/ttdt-portal-vi.po: 1 string(s) have no translation'
		);
		expect( result.stderr ).toContain(
			'- "Goodbye"  (plugin/src/Farewell.php:5)'
		);
		expect(
			fs.existsSync(
				path.join( root, 'plugin/languages/ttdt-portal-vi.mo' )
			)
		).toBe( false );

		const po = fs.readFileSync(
			path.join( root, 'plugin/languages/ttdt-portal-vi.po' ),
			'utf8'
		);
		expect( po ).toContain(
			'#: plugin/src/Farewell.php:5\nmsgid "Goodbye"\nmsgstr ""'
		);
		expect( po ).toContain( 'msgid "Hello"\nmsgstr "Xin chào"' );
	} );
} );
