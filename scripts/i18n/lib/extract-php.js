/**
 * Finds the translatable strings of PHP files with php-parser, the same way the PHP
 * checker reads gettext calls (scripts/php-tools), plus the plugin header fields that
 * WordPress translates on the Plugins screen.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { parsePhp } = require( '../../php-tools/lib/parse' );
const {
	functionName,
	stringValue,
	walk,
} = require( '../../php-tools/lib/ast' );
const { translatorComment } = require( '../../php-tools/lib/comments' );
const {
	PHP_GETTEXT,
	hasPlaceholder,
} = require( '../../php-tools/lib/gettext' );

const TRANSLATED_HEADERS = [ 'Plugin Name', 'Description' ];

/**
 * Adds the strings of one PHP source to a catalogue.
 *
 * @param {import('./catalog').Catalog} catalog Catalogue.
 * @param {string}                      code    Source.
 * @param {string}                      file    Path relative to the repository root.
 * @param {string}                      domain  Text domain to extract.
 */
function extractPhp( catalog, code, file, domain ) {
	const { ast, comments } = parsePhp( code, file );
	walk( ast, ( node, ancestors ) => {
		const spec = PHP_GETTEXT[ functionName( node ) ];
		if ( ! spec ) {
			return;
		}
		const arg = ( index ) =>
			index === undefined
				? undefined
				: stringValue( node.arguments[ index ] );
		const msgid = arg( spec.text );
		if ( ! msgid || arg( spec.domain ) !== domain ) {
			return; // Not ours, or not extractable (the PHP checker reports those).
		}
		const msgidPlural = arg( spec.plural );
		catalog.add( {
			msgid,
			msgctxt: arg( spec.context ),
			msgidPlural,
			reference: `${ file }:${ node.loc.start.line }`,
			comment: translatorComment( comments, node, ancestors ),
			flag:
				hasPlaceholder( msgid ) || hasPlaceholder( msgidPlural || '' )
					? 'php-format'
					: undefined,
		} );
	} );
}

/**
 * Adds the translatable header fields of the main plugin file.
 *
 * @param {import('./catalog').Catalog} catalog Catalogue.
 * @param {string}                      code    Main plugin file source.
 * @param {string}                      file    Its path relative to the root.
 */
function extractPluginHeaders( catalog, code, file ) {
	for ( const header of TRANSLATED_HEADERS ) {
		const match = new RegExp(
			`^[\\s*#@]*${ header }:\\s*(.+)$`,
			'mi'
		).exec( code );
		if ( match ) {
			catalog.add( {
				msgid: match[ 1 ].trim(),
				reference: file,
				comment: `${ header } of the plugin`,
			} );
		}
	}
}

/**
 * Adds the strings of PHP files.
 *
 * @param {import('./catalog').Catalog} catalog Catalogue.
 * @param {string}                      root    Repository root.
 * @param {string[]}                    files   Paths relative to the root.
 * @param {string}                      domain  Text domain.
 */
function extractPhpFiles( catalog, root, files, domain ) {
	for ( const file of files ) {
		extractPhp(
			catalog,
			fs.readFileSync( path.join( root, file ), 'utf8' ),
			file,
			domain
		);
	}
}

module.exports = { extractPhp, extractPhpFiles, extractPluginHeaders };
