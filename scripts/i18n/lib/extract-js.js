/**
 * Finds `@wordpress/i18n` calls (`__`, `_x`, `_n`, `_nx`) in TypeScript/JavaScript sources
 * and in built bundles, with their `translators:` comments. Uses the TypeScript parser (a
 * project dependency already), which reads TS, TSX, JSX and minified output such as
 * `(0,a.__)("Display","ttdt-portal")`.
 */
const ts = require( 'typescript' );

const { JS_GETTEXT, hasPlaceholder } = require( '../../php-tools/lib/gettext' );

const TRANSLATORS = /^\s*translators:/i;

/**
 * The parser mode for a file name.
 *
 * @param {string} file File name.
 * @return {number} ts.ScriptKind.
 */
function scriptKind( file ) {
	if ( file.endsWith( '.tsx' ) ) {
		return ts.ScriptKind.TSX;
	}
	if ( file.endsWith( '.ts' ) ) {
		return ts.ScriptKind.TS;
	}
	return file.endsWith( '.jsx' ) ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}

/**
 * Name of the called function: `__`, `i18n.__`, `(0, a.__)` all give `__`.
 *
 * @param {Object} callee Callee expression.
 * @return {string} Name or ''.
 */
function calleeName( callee ) {
	if ( ts.isIdentifier( callee ) ) {
		return callee.text;
	}
	if ( ts.isPropertyAccessExpression( callee ) ) {
		return callee.name.text;
	}
	if ( ts.isParenthesizedExpression( callee ) ) {
		const inner = callee.expression;
		return ts.isBinaryExpression( inner ) &&
			inner.operatorToken.kind === ts.SyntaxKind.CommaToken
			? calleeName( inner.right )
			: calleeName( inner );
	}
	return '';
}

/**
 * The translators comment of a call: on the call or on an enclosing node that starts on the
 * same line or the line before (the rule of @wordpress/babel-plugin-makepot).
 *
 * @param {Object} source Source file.
 * @param {Object} node   Call node.
 * @return {string|undefined} Comment text.
 */
function translatorComment( source, node ) {
	const lineOf = ( n ) =>
		source.getLineAndCharacterOfPosition( n.getStart( source ) ).line;
	let current = node;
	while ( current && ! ts.isSourceFile( current ) ) {
		for ( const range of ts.getLeadingCommentRanges(
			source.text,
			current.getFullStart()
		) || [] ) {
			const text = source.text
				.slice( range.pos, range.end )
				.replace( /^\/\*+|\*+\/$|^\/\//g, '' )
				.split( '\n' )
				.map( ( line ) => line.replace( /^\s*\*?\s?/, '' ).trim() )
				.filter( Boolean )
				.join( ' ' );
			if ( TRANSLATORS.test( text ) ) {
				return text;
			}
		}
		const parent = current.parent;
		if (
			! parent ||
			ts.isSourceFile( parent ) ||
			lineOf( parent ) < lineOf( current ) - 1
		) {
			return undefined;
		}
		current = parent;
	}
	return undefined;
}

/**
 * The gettext calls of a script whose arguments are literal strings.
 *
 * @param {string} code Source.
 * @param {string} file File name (for the parser mode and references).
 * @return {Array<Object>} Calls: { msgid, msgctxt, msgidPlural, domain, line, comment }.
 */
function gettextCalls( code, file ) {
	const source = ts.createSourceFile(
		file,
		code,
		ts.ScriptTarget.Latest,
		true,
		scriptKind( file )
	);
	const calls = [];
	const visit = ( node ) => {
		if ( ts.isCallExpression( node ) ) {
			const spec = JS_GETTEXT[ calleeName( node.expression ) ];
			if ( spec ) {
				const arg = ( index ) => {
					const value =
						index === undefined
							? undefined
							: node.arguments[ index ];
					return value &&
						( ts.isStringLiteral( value ) ||
							ts.isNoSubstitutionTemplateLiteral( value ) )
						? value.text
						: undefined;
				};
				if ( arg( spec.text ) ) {
					calls.push( {
						msgid: arg( spec.text ),
						msgctxt: arg( spec.context ),
						msgidPlural: arg( spec.plural ),
						domain: arg( spec.domain ),
						line:
							source.getLineAndCharacterOfPosition(
								node.getStart( source )
							).line + 1,
						comment: translatorComment( source, node ),
					} );
				}
			}
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return calls;
}

/**
 * Adds the strings of one script source to a catalogue.
 *
 * @param {import('./catalog').Catalog} catalog Catalogue.
 * @param {string}                      code    Source.
 * @param {string}                      file    Path relative to the repository root.
 * @param {string}                      domain  Text domain.
 */
function extractJs( catalog, code, file, domain ) {
	for ( const call of gettextCalls( code, file ) ) {
		if ( call.domain !== domain ) {
			continue;
		}
		catalog.add( {
			msgid: call.msgid,
			msgctxt: call.msgctxt,
			msgidPlural: call.msgidPlural,
			reference: `${ file }:${ call.line }`,
			comment: call.comment,
			flag:
				hasPlaceholder( call.msgid ) ||
				hasPlaceholder( call.msgidPlural || '' )
					? 'javascript-format'
					: undefined,
		} );
	}
}

module.exports = { extractJs, gettextCalls };
