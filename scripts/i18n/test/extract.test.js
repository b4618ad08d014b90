/* @jest-environment node */
/**
 * String extraction from PHP, TSX and block.json, and the merge of a template into a
 * translation.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { Catalog } = require( '../lib/catalog' );
const { extractPhp } = require( '../lib/extract-php' );
const { extractJs, gettextCalls } = require( '../lib/extract-js' );
const { blockStrings } = require( '../lib/extract-block-json' );
const { mergeEntries, missingTranslations } = require( '../lib/merge' );

const FIXTURES = path.join( __dirname, 'fixtures/extract' );

/**
 * Extracts one fixture file.
 *
 * @param {string}   name      File name in fixtures/extract.
 * @param {Function} extractor Extractor.
 * @return {Object[]} Catalogue entries.
 */
function extract( name, extractor ) {
	const catalog = new Catalog();
	extractor(
		catalog,
		fs.readFileSync( path.join( FIXTURES, name ), 'utf8' ),
		`src/${ name }`,
		'ttdt-portal'
	);
	return catalog.list();
}

describe( 'PHP extraction', () => {
	const entries = extract( 'sample.php', extractPhp );

	test( 'finds the strings of the text domain, merged by context and text', () => {
		expect(
			entries.map( ( e ) => [ e.msgctxt, e.msgid, e.msgidPlural ] )
		).toEqual( [
			[ '', 'Reference news', undefined ],
			[ 'role', 'Publisher', undefined ],
			[ '', '%d item waits', '%d items wait' ],
			[ '', '%1$s wrote in %2$s', undefined ],
			[ 'deadline', 'One day', '%d days' ],
		] );
	} );

	test( 'records file:line references, translators comments and format flags', () => {
		const [ news, , plural, printed ] = entries;
		expect( news.references ).toEqual( [
			'src/sample.php:12',
			'src/sample.php:14',
		] );
		expect( plural.comments ).toEqual( [
			'translators: %d: number of items waiting.',
		] );
		expect( plural.flags ).toEqual( [ 'php-format' ] );
		expect( printed.references ).toEqual( [ 'src/sample.php:21' ] );
		expect( printed.comments ).toEqual( [
			'translators: 1: writer, 2: section.',
		] );
		expect( news.comments ).toEqual( [] );
	} );
} );

describe( 'TSX extraction', () => {
	const entries = extract( 'screen.tsx', extractJs );

	test( 'parses TypeScript and JSX and finds __, _x, _n, _nx', () => {
		expect(
			entries.map( ( e ) => [ e.msgctxt, e.msgid, e.msgidPlural ] )
		).toEqual( [
			[ '', 'Reference news', undefined ],
			[ 'noun', 'Post', undefined ],
			[ '', 'Written by %s', undefined ],
			[ '', '%d item', '%d items' ],
			[ 'comments', 'One reply', 'Replies' ],
			[ '', 'Plain template', undefined ],
		] );
	} );

	test( 'keeps translators comments inside sprintf and JSX', () => {
		const byId = Object.fromEntries(
			entries.map( ( e ) => [ e.msgid, e ] )
		);
		expect( byId[ 'Written by %s' ].comments ).toEqual( [
			'translators: %s: name of the writer.',
		] );
		expect( byId[ '%d item' ].comments ).toEqual( [
			'translators: %d: number of items.',
		] );
		expect( byId[ 'Written by %s' ].references ).toEqual( [
			'src/screen.tsx:18',
		] );
		expect( byId[ 'Reference news' ].comments ).toEqual( [] );
	} );

	test( 'reads minified bundles', () => {
		const calls = gettextCalls(
			'var t=window.wp.i18n;(0,t.__)("Display","ttdt-portal");(0,t._x)("Post","noun","ttdt-portal");',
			'index.js'
		);
		expect(
			calls.map( ( c ) => [ c.msgctxt, c.msgid, c.domain ] )
		).toEqual( [
			[ undefined, 'Display', 'ttdt-portal' ],
			[ 'noun', 'Post', 'ttdt-portal' ],
		] );
	} );
} );

describe( 'block.json extraction', () => {
	test( 'uses the contexts WordPress translates block metadata with', () => {
		const metadata = {
			textdomain: 'ttdt-portal',
			title: 'Agency notice',
			description: 'The notice.',
			keywords: [ 'agency', 'contact' ],
			styles: [ { name: 'plain', label: 'Plain' } ],
			variations: [
				{ name: 'v', title: 'Compact', keywords: [ 'short' ] },
			],
		};
		expect( blockStrings( metadata, 'ttdt-portal' ) ).toEqual( [
			{ msgctxt: 'block title', msgid: 'Agency notice' },
			{ msgctxt: 'block description', msgid: 'The notice.' },
			{ msgctxt: 'block keyword', msgid: 'agency' },
			{ msgctxt: 'block keyword', msgid: 'contact' },
			{ msgctxt: 'block style label', msgid: 'Plain' },
			{ msgctxt: 'block variation title', msgid: 'Compact' },
			{ msgctxt: 'block variation keyword', msgid: 'short' },
		] );
		expect(
			blockStrings( { ...metadata, textdomain: 'other' }, 'ttdt-portal' )
		).toEqual( [] );
	} );
} );

describe( 'merging the template into a translation', () => {
	const template = [
		{
			msgctxt: '',
			msgid: 'Kept',
			references: [ 'a.php:2' ],
			comments: [],
			flags: [],
		},
		{
			msgctxt: 'role',
			msgid: 'Publisher',
			references: [],
			comments: [],
			flags: [],
		},
		{
			msgctxt: '',
			msgid: '%d item',
			msgidPlural: '%d items',
			references: [],
			comments: [],
			flags: [],
		},
	];
	const po = [
		{
			msgctxt: '',
			msgid: 'Kept',
			msgstr: [ 'Giữ lại' ],
			references: [ 'a.php:1' ],
			translator: 'checked',
		},
		{ msgctxt: '', msgid: 'Gone', msgstr: [ 'Bỏ' ] },
		{
			msgctxt: '',
			msgid: '%d item',
			msgidPlural: '%d items',
			msgstr: [ '%d tin', '%d tin' ],
		},
	];

	test( 'keeps translations, adds new strings empty, drops obsolete ones', () => {
		const merged = mergeEntries( template, po, 1 );
		expect( merged.entries.map( ( e ) => [ e.msgid, e.msgstr ] ) ).toEqual(
			[
				[ 'Kept', [ 'Giữ lại' ] ],
				[ 'Publisher', [ '' ] ],
				[ '%d item', [ '%d tin' ] ],
			]
		);
		expect( merged.entries[ 0 ].references ).toEqual( [ 'a.php:2' ] );
		expect( merged.entries[ 0 ].translator ).toBe( 'checked' );
		expect( merged.added.map( ( e ) => e.msgid ) ).toEqual( [
			'Publisher',
		] );
		expect( merged.removed.map( ( e ) => e.msgid ) ).toEqual( [ 'Gone' ] );
		expect(
			missingTranslations( merged.entries ).map( ( e ) => e.msgid )
		).toEqual( [ 'Publisher' ] );
	} );
} );
