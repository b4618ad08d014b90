/**
 * The PHP translation file WordPress 6.5+ prefers to a .mo (`<domain>-<locale>.l10n.php`,
 * read by WP_Translation_File_PHP): a plain array that OPcache keeps compiled, so loading
 * the plugin's strings costs next to nothing on each request.
 */
const CONTEXT_GLUE = '\u0004';
const PLURAL_GLUE = '\u0000';

/**
 * A PHP string literal for any text (NUL and EOT written as escapes, as var_export does).
 *
 * @param {string} text Text.
 * @return {string} PHP expression.
 */
function phpString( text ) {
	return (
		text
			.split( /([\u0000\u0004])/ )
			.filter( ( part ) => part !== '' )
			.map( ( part ) => {
				if ( part === PLURAL_GLUE ) {
					return '"\\0"';
				}
				if ( part === CONTEXT_GLUE ) {
					return '"\\4"';
				}
				return `'${ part.replace( /[\\']/g, '\\$&' ) }'`;
			} )
			.join( ' . ' ) || "''"
	);
}

/**
 * The file's content for translated entries.
 *
 * @param {Object[]} entries Entries with msgctxt, msgid, msgidPlural and msgstr (forms).
 * @param {Object}   headers PO headers.
 * @return {string} PHP source.
 */
function l10nPhp( entries, headers ) {
	const pairs = [];
	for ( const [ name, value ] of Object.entries( headers ) ) {
		pairs.push(
			`${ phpString( name.toLowerCase() ) }=>${ phpString( value ) }`
		);
	}
	const messages = entries
		.filter( ( entry ) => entry.msgstr.every( Boolean ) )
		.map( ( entry ) => {
			// As core looks a plural up (`_n()`): both forms, joined as in a .mo. Keyed on the
			// singular alone, it would be found only on a second lookup, after every catalogue
			// of the domain had been read for the first.
			const original = entry.msgidPlural
				? `${ entry.msgid }${ PLURAL_GLUE }${ entry.msgidPlural }`
				: entry.msgid;
			const key = entry.msgctxt
				? `${ entry.msgctxt }${ CONTEXT_GLUE }${ original }`
				: original;
			return `${ phpString( key ) }=>${ phpString(
				entry.msgstr.join( PLURAL_GLUE )
			) }`;
		} );
	pairs.push( `'messages'=>[${ messages.join( ',' ) }]` );
	return `<?php\nreturn [${ pairs.join( ',' ) }];\n`;
}

module.exports = { l10nPhp, phpString };
