/* @jest-environment node */
/**
 * The .l10n.php writer: keys with context, plural forms and quotes written so PHP reads back
 * exactly the translated text (the round trip through PHP itself is in
 * plugin/tests/I18n/TranslationsTest.php).
 */
const { l10nPhp, phpString } = require( '../lib/l10n-php' );

describe( 'l10n.php writer', () => {
	test( 'escapes quotes and backslashes, and writes NUL and EOT as escapes', () => {
		expect( phpString( "it's a \\ test" ) ).toBe( "'it\\'s a \\\\ test'" );
		expect( phpString( 'role\u0004Publisher' ) ).toBe(
			"'role' . \"\\4\" . 'Publisher'"
		);
		expect( phpString( 'một\u0000hai' ) ).toBe( "'một' . \"\\0\" . 'hai'" );
		expect( phpString( '' ) ).toBe( "''" );
	} );

	test( 'writes headers in lower case and only translated messages', () => {
		const php = l10nPhp(
			[
				{ msgctxt: '', msgid: 'Hello', msgstr: [ 'Xin chào' ] },
				{
					msgctxt: 'role',
					msgid: 'Publisher',
					msgstr: [ 'Xuất bản tin' ],
				},
				{ msgctxt: '', msgid: 'Missing', msgstr: [ '' ] },
			],
			{ Language: 'vi', 'Plural-Forms': 'nplurals=1; plural=0;' }
		);
		expect( php ).toBe(
			"<?php\nreturn ['language'=>'vi','plural-forms'=>'nplurals=1; plural=0;','messages'=>['Hello'=>'Xin chào','role' . \"\\4\" . 'Publisher'=>'Xuất bản tin']];\n"
		);
	} );

	test( 'keys a plural on both its forms, as core looks it up', () => {
		const php = l10nPhp(
			[
				{
					msgctxt: '',
					msgid: '%s document found.',
					msgidPlural: '%s documents found.',
					msgstr: [ 'Tìm thấy %s văn bản.' ],
				},
			],
			{}
		);
		expect( php ).toBe(
			"<?php\nreturn ['messages'=>['%s document found.' . \"\\0\" . '%s documents found.'=>'Tìm thấy %s văn bản.']];\n"
		);
	} );
} );
