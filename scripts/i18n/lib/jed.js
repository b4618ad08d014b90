/**
 * Script translations in the form WordPress's load_script_textdomain() loads: one Jed 1.x
 * JSON file per script, named `<domain>-<locale>-<md5>.json` where md5 is of the script's
 * path relative to the plugin folder (e.g. `build/blocks/agency-notice/index.js`), with
 * `.min.js` read as `.js`.
 */
const crypto = require( 'crypto' );

const { jedKey } = require( './catalog' );

/**
 * The path WordPress hashes for a script.
 *
 * @param {string} relativePath Script path relative to the plugin folder.
 * @return {string} Normalised path.
 */
function hashedPath( relativePath ) {
	return relativePath
		.split( '\\' )
		.join( '/' )
		.replace( /^\.?\//, '' )
		.replace( /\.min\.js$/, '.js' );
}

/**
 * File name of a script's translations.
 *
 * @param {string} domain       Text domain.
 * @param {string} locale       Locale, e.g. `vi`.
 * @param {string} relativePath Script path relative to the plugin folder.
 * @return {string} e.g. `ttdt-portal-vi-<md5>.json`.
 */
function jsonFileName( domain, locale, relativePath ) {
	const md5 = crypto
		.createHash( 'md5' )
		.update( hashedPath( relativePath ) )
		.digest( 'hex' );
	return `${ domain }-${ locale }-${ md5 }.json`;
}

/**
 * File name of the translations of the packages bundled into a script, loaded by the plugin
 * into their own domain (`Translations::bundled_strings()` in PHP).
 *
 * @param {string} domain        Text domain of the plugin.
 * @param {string} bundledDomain Domain of the bundled strings, e.g. `default`.
 * @param {string} locale        Locale.
 * @param {string} relativePath  Script path relative to the plugin folder.
 * @return {string} e.g. `ttdt-portal-vi-default-<md5>.json`.
 */
function bundledJsonFileName( domain, bundledDomain, locale, relativePath ) {
	return jsonFileName(
		domain,
		`${ locale }-${ bundledDomain }`,
		relativePath
	);
}

/**
 * Jed data of one script: the translated entries the script uses.
 *
 * @param {Object}      options              Options.
 * @param {Object[]}    options.entries      Translated entries (with msgstr).
 * @param {Set<string>} options.keys         Jed keys the script uses.
 * @param {string}      options.locale       Locale.
 * @param {string}      options.pluralForms  Plural-Forms header.
 * @param {string}      options.revisionDate PO-Revision-Date.
 * @param {string}      options.source       Script path relative to the plugin folder.
 * @return {Object|null} JSON data, or null when the script uses no translated string.
 */
function jedData( {
	entries,
	keys,
	locale,
	pluralForms,
	revisionDate,
	source,
} ) {
	const messages = {};
	for ( const entry of entries ) {
		const key = jedKey( entry );
		if ( keys.has( key ) && entry.msgstr.every( Boolean ) ) {
			messages[ key ] = entry.msgstr;
		}
	}
	if ( ! Object.keys( messages ).length ) {
		return null;
	}
	return {
		'translation-revision-date': revisionDate,
		generator: 'ttdt-portal',
		source: hashedPath( source ),
		domain: 'messages',
		locale_data: {
			messages: {
				'': {
					domain: 'messages',
					lang: locale,
					'plural-forms': pluralForms,
				},
				...messages,
			},
		},
	};
}

module.exports = { bundledJsonFileName, hashedPath, jedData, jsonFileName };
