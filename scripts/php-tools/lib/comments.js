/**
 * Comments by line: `translators:` comments for gettext calls and suppressions, either
 * `phpcs:ignore <WPCS sniff code>[, …] -- <reason>` (for rules that stand for a WordPress
 * Coding Standards sniff, so a switch to PHPCS keeps them) or
 * `ttdt-check-ignore <rule> -- <reason>` (for the checker's own rules). php-parser attaches
 * comments to whatever node follows them, so both are matched by line, as WP-CLI does.
 */
const { lineOf } = require( './ast' );

const TRANSLATORS = /^(?:\/\*+|\/\/|#)\s*translators:/i;
const IGNORE = /ttdt-check-ignore\b(.*)/;
const PHPCS_IGNORE = /phpcs:(ignore|disable|enable)\b(.*)/;

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
 * Sniff codes of a `phpcs:ignore` comment (`WordPress.DB.SlowDBQuery, WordPress.X.Y`).
 *
 * @param {string} text Text after `phpcs:ignore`.
 * @return {string[]} Codes.
 */
function sniffCodes( text ) {
	return text
		.split( ',' )
		.map( ( code ) => code.trim() )
		.filter( Boolean );
}

/**
 * The rules a WPCS sniff code stands for: those declaring the code or a sniff it belongs to
 * (`WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents` belongs to
 * `WordPress.WP.AlternativeFunctions`).
 *
 * @param {string}   code  Sniff code.
 * @param {Object[]} rules Rules, each with an optional `wpcs` list.
 * @return {string[]} Rule ids.
 */
function rulesForSniff( code, rules ) {
	return rules
		.filter( ( rule ) =>
			( rule.wpcs || [] ).some(
				( sniff ) =>
					code === sniff ||
					code.startsWith( `${ sniff }.` ) ||
					sniff.startsWith( `${ code }.` )
			)
		)
		.map( ( rule ) => rule.id );
}

/**
 * The suppression comments of a file.
 *
 * @param {Object[]} comments All comments of the file.
 * @param {Object[]} rules    The checker's rules (for `phpcs:ignore` codes).
 * @return {Array<{line: number, endLine: number, rules: string[], reason: string, problems: string[]}>} Ignores.
 */
function ignoreComments( comments, rules = [] ) {
	const ignores = [];
	for ( const comment of comments ) {
		const text = commentText( comment );
		const own = IGNORE.exec( text );
		const phpcs = own ? null : PHPCS_IGNORE.exec( text );
		if ( ! own && ! phpcs ) {
			continue;
		}
		const [ namesPart, ...reasonParts ] = (
			own ? own[ 1 ] : phpcs[ 2 ]
		).split( ' -- ' );
		const ignore = {
			line: comment.loc.start.line,
			endLine: comment.loc.end.line,
			rules: [],
			reason: reasonParts.join( ' -- ' ).trim(),
			problems: [],
		};
		if ( own ) {
			ignore.rules = leadingRuleIds( namesPart );
		} else if ( phpcs[ 1 ] !== 'ignore' ) {
			ignore.problems.push(
				`phpcs:${ phpcs[ 1 ] } is not supported; suppress one line with // phpcs:ignore <sniff code> -- <why>`
			);
		} else {
			const codes = sniffCodes( namesPart );
			if ( ! codes.length ) {
				ignore.problems.push(
					'names no sniff; name it: // phpcs:ignore <sniff code> -- <why>'
				);
			}
			for ( const code of codes ) {
				const ids = rulesForSniff( code, rules );
				if ( ! ids.length ) {
					ignore.problems.push(
						`names "${ code }", a sniff the checker does not run, so it would mean nothing; known sniffs: ${ rules
							.flatMap( ( rule ) => rule.wpcs || [] )
							.join( ', ' ) }`
					);
				}
				ignore.rules.push( ...ids );
			}
		}
		ignores.push( ignore );
	}
	return ignores;
}

module.exports = { commentText, ignoreComments, translatorComment };
