/* @jest-environment node */
/**
 * Script translation files: names WordPress looks up, and Jed 1.x content.
 */
const { hashedPath, jedData, jsonFileName } = require( '../lib/jed' );

describe( 'JSON file names', () => {
	test.each( [
		// md5 values computed with `printf %s <path> | md5sum`.
		[
			'build/blocks/agency-notice/index.js',
			'ttdt-portal-vi-eb7760faef8384cda231d7447cff29ef.json',
		],
		[
			'build/admin-ui/screens/settings.js',
			'ttdt-portal-vi-37388c7ab42992941149ec5391a5ff66.json',
		],
		[
			'./build/blocks/agency-notice/index.min.js',
			'ttdt-portal-vi-eb7760faef8384cda231d7447cff29ef.json',
		],
	] )( '%s', ( script, expected ) => {
		expect( jsonFileName( 'ttdt-portal', 'vi', script ) ).toBe( expected );
	} );

	test( 'hash the path relative to the plugin folder, .min removed', () => {
		expect( hashedPath( 'build\\admin\\a.min.js' ) ).toBe(
			'build/admin/a.js'
		);
	} );
} );

describe( 'Jed data', () => {
	const entries = [
		{ msgctxt: '', msgid: 'Display', msgstr: [ 'Hiển thị' ] },
		{ msgctxt: 'role', msgid: 'Publisher', msgstr: [ 'Xuất bản tin' ] },
		{
			msgctxt: '',
			msgid: '%d item',
			msgidPlural: '%d items',
			msgstr: [ '%d tin' ],
		},
		{ msgctxt: '', msgid: 'Unused', msgstr: [ 'Không dùng' ] },
	];
	const options = {
		entries,
		locale: 'vi',
		pluralForms: 'nplurals=1; plural=0;',
		revisionDate: '2025-01-15 08:00+0000',
		source: 'build/admin-ui/screens/settings.js',
	};

	test( 'holds only the strings the script uses, keyed like Jed', () => {
		const data = jedData( {
			...options,
			keys: new Set( [ 'Display', 'role\u0004Publisher', '%d item' ] ),
		} );
		expect( data ).toEqual( {
			'translation-revision-date': '2025-01-15 08:00+0000',
			generator: 'ttdt-portal',
			source: 'build/admin-ui/screens/settings.js',
			domain: 'messages',
			locale_data: {
				messages: {
					'': {
						domain: 'messages',
						lang: 'vi',
						'plural-forms': 'nplurals=1; plural=0;',
					},
					Display: [ 'Hiển thị' ],
					'role\u0004Publisher': [ 'Xuất bản tin' ],
					'%d item': [ '%d tin' ],
				},
			},
		} );
	} );

	test( 'is null for a script without translated strings', () => {
		expect(
			jedData( { ...options, keys: new Set( [ 'Nothing' ] ) } )
		).toBeNull();
	} );
} );
