/**
 * Comments by line: `translators:` comments for gettext calls and
 * `ttdt-check-ignore <rule> -- <reason>` suppressions. php-parser attaches comments to
 * whatever node follows them, so both are matched by line, as WP-CLI does.
 */
const { lineOf } = require( './ast' );

const TRANSLATORS = /^(?:\/\*+|\/\/|#)\s*translators:/i;
const IGNORE = /ttdt-check-ignore\b(.*)/;

// A translators comment above a statement reaches the calls inside it, but not the calls
// nested in an array literal or a body that the statement merely contains.
const STOP_KINDS = new Set( [
	'array',
	'block',
	'program',
	'namespace',
	'class',
	'method',
	'function',
	'closure',
	'arrowfunc',
] );

/**
 * Text of a comment without its delimiters.
 *
 * @param {Object} comment php-parser comment.
 * @return {string} Text.
 */
function commentText( comment ) {
	return comment.value
		.replace( /^(\/\*+|\/\/|#)/, '' )
		.replace( /\*+\/$/, '' )
		.split( '\n' )
		.map( ( line ) => line.replace( /^\s*\*?\s?/, '' ).trim() )
		.filter( Boolean )
		.join( ' ' )
		.trim();
}

/**
 * The translators comment that applies to a gettext call: it must end on the line of the
 * call, or of an enclosing call or statement that starts on the same line, or on the line
 * just before one of those.
 *
 * @param {Object[]} comments  All comments of the file.
 * @param {Object}   node      The gettext call.
 * @param {Object[]} ancestors Ancestors of the call.
 * @return {string|undefined} Comment text starting with "translators:".
 */
function translatorComment( comments, node, ancestors ) {
	const lines = new Set( [ lineOf( node ) ] );
	for ( let index = ancestors.length - 1; index >= 0; index-- ) {
		const ancestor = ancestors[ index ];
		if ( STOP_KINDS.has( ancestor.kind ) ) {
			break;
		}
		lines.add( lineOf( ancestor ) );
	}
	const candidates = comments.filter( ( comment ) => {
		const end = comment.loc.end.line;
		return (
			TRANSLATORS.test( comment.value.trim() ) &&
			( lines.has( end ) || lines.has( end + 1 ) ) &&
			comment.loc.start.offset < node.loc.start.offset
		);
	} );
	return candidates.length
		? commentText( candidates[ candidates.length - 1 ] )
		: undefined;
}

/**
 * Rule ids at the start of a suppression (`escape-output, i18n -- ...`).
 *
 * @param {string} text Text after `ttdt-check-ignore`.
 * @return {string[]} Ids, up to the first word that is not one.
 */
function leadingRuleIds( text ) {
	const ids = [];
	for ( const token of text.split( /[\s,]+/ ).filter( Boolean ) ) {
		if ( ! /^[a-z][a-z0-9-]*$/.test( token ) ) {
			break;
		}
		ids.push( token );
	}
	return ids;
}

/**
 * The suppression comments of a file.
 *
 * @param {Object[]} comments All comments of the file.
 * @return {Array<{line: number, endLine: number, rules: string[], reason: string}>} Ignores.
 */
function ignoreComments( comments ) {
	const ignores = [];
	for ( const comment of comments ) {
		const match = IGNORE.exec( commentText( comment ) );
		if ( ! match ) {
			continue;
		}
		const [ rulesPart, ...reasonParts ] = match[ 1 ].split( ' -- ' );
		ignores.push( {
			line: comment.loc.start.line,
			endLine: comment.loc.end.line,
			rules: leadingRuleIds( rulesPart ),
			reason: reasonParts.join( ' -- ' ).trim(),
		} );
	}
	return ignores;
}

module.exports = { commentText, ignoreComments, translatorComment };
