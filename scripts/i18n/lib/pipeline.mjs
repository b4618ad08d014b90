/**
 * The translation steps that read and write catalogue files (gettext-parser is an ES
 * module, so this part is too): write the .pot, merge it into each .po, compile .mo and
 * script JSON. The CLIs (extract.mjs, sync-po.mjs, build.mjs) chain these.
 */
import fs from 'node:fs';
import path from 'node:path';

import gettextParser from 'gettext-parser';

import catalogLib from './catalog.js';
import extractLib from './extract.js';
import mergeLib from './merge.js';
import jedLib from './jed.js';
import bundlesLib from './bundles.js';
import l10nPhpLib from './l10n-php.js';

const { fromTable, toTable } = catalogLib;
const { mergeEntries, missingTranslations, pluralCount } = mergeLib;

const GENERATOR = 'ttdt-portal scripts/i18n';
const COMPILE_OPTIONS = { foldLength: 0 };
// Catalogues without a Content-Type header (e.g. fragments) are UTF-8, not Latin-1.
const PARSE_OPTIONS = { defaultCharset: 'utf-8' };

/**
 * Writes a file when its content (ignoring lines matched by `volatile`) changed.
 *
 * @param {string} file     Absolute path.
 * @param {string} content  New content.
 * @param {RegExp} volatile Lines that alone do not count as a change (e.g. dates).
 * @return {boolean} Whether the file was written.
 */
function writeIfChanged( file, content, volatile = /$^/ ) {
	const strip = ( text ) =>
		text
			.split( '\n' )
			.filter( ( line ) => ! volatile.test( line ) )
			.join( '\n' );
	if (
		fs.existsSync( file ) &&
		strip( fs.readFileSync( file, 'utf8' ) ) === strip( content )
	) {
		return false;
	}
	fs.mkdirSync( path.dirname( file ), { recursive: true } );
	fs.writeFileSync( file, content );
	return true;
}

/**
 * Name and version from the main plugin file's header.
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {string} e.g. `TTĐT Portal 0.1.0`.
 */
function projectId( root, config ) {
	const file = path.join( root, config.PLUGIN_FILE );
	const code = fs.existsSync( file ) ? fs.readFileSync( file, 'utf8' ) : '';
	const header = ( name ) =>
		new RegExp( `^[\\s*#@]*${ name }:\\s*(.+)$`, 'mi' )
			.exec( code )?.[ 1 ]
			.trim();
	return [ header( 'Plugin Name' ) || config.DOMAIN, header( 'Version' ) ]
		.filter( Boolean )
		.join( ' ' );
}

/**
 * `YYYY-MM-DD HH:MM+0000`, the date format of PO headers.
 *
 * @return {string} Now.
 */
function poDate() {
	return `${ new Date().toISOString().slice( 0, 16 ).replace( 'T', ' ' ) }+0000`;
}

/**
 * Extracts the catalogue and writes the .pot (only when a string or reference changed).
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {{entries: Object[], headers: Object, file: string, written: boolean}} Template.
 */
export function writePot( root, config ) {
	const entries = extractLib.extractCatalog( root, config ).list();
	const file = path.join(
		root,
		config.LANGUAGES_DIR,
		`${ config.DOMAIN }.pot`
	);
	const headers = {
		'Project-Id-Version': projectId( root, config ),
		'Report-Msgid-Bugs-To': '',
		'POT-Creation-Date': poDate(),
		'MIME-Version': '1.0',
		'Content-Type': 'text/plain; charset=UTF-8',
		'Content-Transfer-Encoding': '8bit',
		'X-Generator': GENERATOR,
		'X-Domain': config.DOMAIN,
	};
	const content = gettextParser.po
		.compile(
			toTable( entries, headers, ( entry ) =>
				entry.msgidPlural ? [ '', '' ] : [ '' ]
			),
			COMPILE_OPTIONS
		)
		.toString();
	const written = writeIfChanged( file, content, /^"POT-Creation-Date: / );
	if ( ! written ) {
		// Unchanged strings keep their date, so the .po header does not churn either.
		headers[ 'POT-Creation-Date' ] = gettextParser.po.parse(
			fs.readFileSync( file ),
			PARSE_OPTIONS
		).headers[ 'POT-Creation-Date' ];
	}
	return { entries, headers, file, written };
}

/**
 * Fills untranslated entries from fragment catalogues, `<languages>/<locale>/*.po`: people
 * working in parallel can translate their strings there without editing the same file. The
 * main .po wins; once merged, a fragment can be deleted.
 *
 * @param {string}   root    Repository root.
 * @param {Object}   config  scripts/i18n/config.js.
 * @param {string}   locale  Locale.
 * @param {Object[]} entries Merged entries (msgstr filled in place).
 * @return {number} Translations taken from fragments.
 */
function fillFromFragments( root, config, locale, entries ) {
	const dir = path.join( root, config.LANGUAGES_DIR, locale );
	if ( ! fs.existsSync( dir ) ) {
		return 0;
	}
	const known = new Map();
	const from = new Map();
	const conflicts = [];
	for ( const name of fs.readdirSync( dir ).sort() ) {
		if ( ! name.endsWith( '.po' ) ) {
			continue;
		}
		const table = gettextParser.po.parse(
			fs.readFileSync( path.join( dir, name ) ),
			PARSE_OPTIONS
		);
		for ( const entry of fromTable( table ) ) {
			const key = catalogLib.jedKey( entry );
			if ( ! entry.msgstr.every( Boolean ) ) {
				continue;
			}
			if ( ! known.has( key ) ) {
				known.set( key, entry.msgstr );
				from.set( key, name );
			} else if (
				known.get( key ).join( '\0' ) !== entry.msgstr.join( '\0' )
			) {
				// One string shown two ways would be decided by file order: say so instead.
				conflicts.push(
					`"${ entry.msgid }": "${ known.get( key )[ 0 ] }" (${ from.get(
						key
					) }) / "${ entry.msgstr[ 0 ] }" (${ name })`
				);
			}
		}
	}
	if ( conflicts.length ) {
		throw new Error(
			`${ locale }: fragments translate the same string differently; keep one:\n  ${ conflicts.join(
				'\n  '
			) }`
		);
	}
	let filled = 0;
	for ( const entry of missingTranslations( entries ) ) {
		const msgstr = known.get( catalogLib.jedKey( entry ) );
		if ( msgstr ) {
			entry.msgstr = entry.msgstr.map(
				( _, index ) => msgstr[ index ] ?? msgstr[ 0 ]
			);
			filled++;
		}
	}
	return filled;
}

/**
 * Merges the template into one language's .po and writes it.
 *
 * @param {string} root     Repository root.
 * @param {Object} config   scripts/i18n/config.js.
 * @param {string} locale   Locale, e.g. `vi`.
 * @param {Object} template Result of writePot().
 * @return {Object} { file, entries, headers, added, removed, missing }.
 */
export function syncPo( root, config, locale, template ) {
	const file = path.join(
		root,
		config.LANGUAGES_DIR,
		`${ config.DOMAIN }-${ locale }.po`
	);
	const { pluralForms, team } = config.LOCALES[ locale ];
	const existing = fs.existsSync( file )
		? gettextParser.po.parse( fs.readFileSync( file ), PARSE_OPTIONS )
		: { headers: {}, translations: {} };
	const headers = {
		'Project-Id-Version': template.headers[ 'Project-Id-Version' ],
		'Report-Msgid-Bugs-To': '',
		'POT-Creation-Date': template.headers[ 'POT-Creation-Date' ],
		'PO-Revision-Date': poDate(),
		'Last-Translator': '',
		'Language-Team': team,
		...existing.headers,
		Language: locale,
		'MIME-Version': '1.0',
		'Content-Type': 'text/plain; charset=UTF-8',
		'Content-Transfer-Encoding': '8bit',
		'Plural-Forms': pluralForms,
		'X-Generator': GENERATOR,
		'X-Domain': config.DOMAIN,
	};
	headers[ 'Project-Id-Version' ] = template.headers[ 'Project-Id-Version' ];
	headers[ 'POT-Creation-Date' ] = template.headers[ 'POT-Creation-Date' ];

	const merged = mergeEntries(
		template.entries,
		fromTable( existing ),
		pluralCount( pluralForms )
	);
	const fromFragments = fillFromFragments(
		root,
		config,
		locale,
		merged.entries
	);
	const table = toTable(
		merged.entries,
		headers,
		( entry ) => entry.msgstr,
		( entry ) =>
			entry.translator ? { translator: entry.translator } : {}
	);
	writeIfChanged(
		file,
		gettextParser.po.compile( table, COMPILE_OPTIONS ).toString()
	);
	return {
		file,
		headers,
		...merged,
		fromFragments,
		missing: missingTranslations( merged.entries ),
	};
}

/**
 * Compiles one language: the .mo and .l10n.php for PHP and one JSON file per built script
 * that uses translated strings (stale JSON files of the language are removed first).
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @param {string} locale Locale.
 * @param {Object} po     Result of syncPo().
 * @return {{mo: string, php: string, pageViews: string, json: string[]}} Written files,
 *                                                                        relative to the root.
 */
export function compileLocale( root, config, locale, po ) {
	const dir = path.join( root, config.LANGUAGES_DIR );
	const mo = path.join( dir, `${ config.DOMAIN }-${ locale }.mo` );
	const table = toTable( po.entries, po.headers, ( entry ) => entry.msgstr );
	fs.writeFileSync( mo, gettextParser.mo.compile( table ) );
	// WordPress 6.5+ loads this instead of the .mo when both exist.
	const php = path.join( dir, `${ config.DOMAIN }-${ locale }.l10n.php` );
	fs.writeFileSync( php, l10nPhpLib.l10nPhp( po.entries, po.headers ) );
	// The strings a visitor's page shows, loaded ahead of the whole catalogue.
	const pageViews = path.join(
		dir,
		`${ config.DOMAIN }-${ locale }-page-views.l10n.php`
	);
	fs.writeFileSync(
		pageViews,
		l10nPhpLib.l10nPhp(
			po.entries.filter( ( entry ) =>
				( entry.references || [] ).some( ( reference ) =>
					config.PAGE_VIEW_SOURCES.some( ( source ) =>
						source.test( reference.replace( /:\d+$/, '' ) )
					)
				)
			),
			po.headers
		)
	);

	const prefix = `${ config.DOMAIN }-${ locale }-`;
	for ( const name of fs.readdirSync( dir ) ) {
		if (
			name.startsWith( prefix ) &&
			/^(?:[a-z]+-)?[0-9a-f]{32}\.json$/.test(
				name.slice( prefix.length )
			)
		) {
			fs.unlinkSync( path.join( dir, name ) );
		}
	}
	const json = [];
	for ( const { script, keys, bundledKeys } of bundlesLib.bundleStrings(
		root,
		config
	) ) {
		const files = [
			[ keys, jedLib.jsonFileName( config.DOMAIN, locale, script ) ],
			[
				bundledKeys,
				jedLib.bundledJsonFileName(
					config.DOMAIN,
					config.BUNDLED_DOMAIN,
					locale,
					script
				),
			],
		];
		for ( const [ scriptKeys, name ] of files ) {
			const data = jedLib.jedData( {
				entries: po.entries,
				keys: scriptKeys,
				locale,
				pluralForms: po.headers[ 'Plural-Forms' ],
				revisionDate: po.headers[ 'PO-Revision-Date' ],
				source: script,
			} );
			if ( data ) {
				const target = path.join( dir, name );
				fs.writeFileSync( target, JSON.stringify( data ) );
				json.push( `${ path.relative( root, target ) } (${ script })` );
			}
		}
	}
	return {
		mo: path.relative( root, mo ),
		php: path.relative( root, php ),
		pageViews: path.relative( root, pageViews ),
		json,
	};
}

/**
 * Human-readable list of untranslated strings.
 *
 * @param {Object} po Result of syncPo().
 * @return {string} One line per string, with where it is used.
 */
export function describeMissing( po ) {
	return po.missing
		.map( ( entry ) => {
			const context = entry.msgctxt
				? ` [context: ${ entry.msgctxt }]`
				: '';
			const where = entry.references.slice( 0, 2 ).join( ', ' );
			return `  - "${ entry.msgid }"${ context }${ where ? `  (${ where })` : '' }`;
		} )
		.join( '\n' );
}
