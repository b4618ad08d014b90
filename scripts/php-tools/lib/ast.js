/**
 * Small helpers over php-parser's tree, so rules read as "is this a call to X" instead of
 * poking at node shapes.
 */

const SKIP_KEYS = new Set( [
	'loc',
	'leadingComments',
	'trailingComments',
	'comments',
	'errors',
	'tokens',
] );

const FUNCTION_KINDS = new Set( [
	'function',
	'method',
	'closure',
	'arrowfunc',
] );

/**
 * Child nodes of a node, in source order.
 *
 * @param {Object} node php-parser node.
 * @return {Object[]} Children.
 */
function childNodes( node ) {
	const result = [];
	for ( const [ key, value ] of Object.entries( node ) ) {
		if ( SKIP_KEYS.has( key ) || ! value || typeof value !== 'object' ) {
			continue;
		}
		if ( Array.isArray( value ) ) {
			for ( const item of value ) {
				if ( item && typeof item.kind === 'string' ) {
					result.push( item );
				}
			}
		} else if ( typeof value.kind === 'string' ) {
			result.push( value );
		}
	}
	return result;
}

/**
 * Visits every node depth-first; `visit( node, ancestors )` may return false to skip children.
 *
 * @param {Object}   node      Root.
 * @param {Function} visit     Visitor.
 * @param {Object[]} ancestors Ancestors of `node`, outermost first.
 */
function walk( node, visit, ancestors = [] ) {
	if ( visit( node, ancestors ) === false ) {
		return;
	}
	const path = [ ...ancestors, node ];
	for ( const child of childNodes( node ) ) {
		walk( child, visit, path );
	}
}

/**
 * Visits the nodes of one function body without entering nested functions or classes.
 *
 * @param {Object}   body  Function body (or program).
 * @param {Function} visit Visitor receiving ( node, ancestors ).
 */
function walkOwnScope( body, visit ) {
	walk( body, ( node, ancestors ) => {
		if (
			node !== body &&
			( FUNCTION_KINDS.has( node.kind ) || node.kind === 'class' )
		) {
			return false;
		}
		return visit( node, ancestors );
	} );
}

/**
 * Lower-case name of the function a `call` node calls, or '' for dynamic calls and methods.
 *
 * @param {Object} node Node.
 * @return {string} Function name without a leading backslash.
 */
function functionName( node ) {
	if ( ! node || node.kind !== 'call' || node.what.kind !== 'name' ) {
		return '';
	}
	return node.what.name.replace( /^\\/, '' ).toLowerCase();
}

/**
 * Whether a node is a call to one of the named functions.
 *
 * @param {Object}                    node  Node.
 * @param {Set<string>|Array<string>} names Lower-case names.
 * @return {boolean} True when it is.
 */
function isCallTo( node, names ) {
	const name = functionName( node );
	if ( ! name ) {
		return false;
	}
	return names instanceof Set ? names.has( name ) : names.includes( name );
}

/**
 * Lower-case method name of `$x->method()` / `X::method()` calls, or ''.
 *
 * @param {Object} node Node.
 * @return {string} Method name.
 */
function methodName( node ) {
	if ( ! node || node.kind !== 'call' ) {
		return '';
	}
	const { what } = node;
	if (
		[ 'propertylookup', 'nullsafepropertylookup', 'staticlookup' ].includes(
			what.kind
		) &&
		what.offset.kind === 'identifier'
	) {
		return what.offset.name.toLowerCase();
	}
	return '';
}

/**
 * Whether a node is `$this`.
 *
 * @param {Object} node Node.
 * @return {boolean} True for `$this`.
 */
function isThis( node ) {
	return node?.kind === 'variable' && node.name === 'this';
}

/**
 * Value of a string literal (also a double-quoted string or heredoc without variables).
 *
 * @param {Object} node Node.
 * @return {string|undefined} The string, or undefined when not a plain literal.
 */
function stringValue( node ) {
	if ( ! node ) {
		return undefined;
	}
	if ( node.kind === 'string' || node.kind === 'nowdoc' ) {
		return node.value;
	}
	if (
		node.kind === 'encapsed' &&
		node.value.every( ( part ) => part.expression?.kind === 'string' )
	) {
		return node.value.map( ( part ) => part.expression.value ).join( '' );
	}
	return undefined;
}

/**
 * Entries of an array literal as { key, keyNode, value } with string or number keys (null
 * when the entry has no key).
 *
 * @param {Object} node `array` node.
 * @return {Array<{key: string|number|null, keyNode: Object|null, value: Object}>} Entries.
 */
function arrayEntries( node ) {
	if ( ! node || node.kind !== 'array' ) {
		return [];
	}
	return node.items.filter( Boolean ).map( ( item ) => {
		const entry = item.kind === 'entry' ? item : { key: null, value: item };
		let key = null;
		if ( entry.key ) {
			key =
				entry.key.kind === 'number'
					? Number( entry.key.value )
					: ( stringValue( entry.key ) ?? undefined );
		}
		return { key, keyNode: entry.key || null, value: entry.value };
	} );
}

/**
 * Value node of a string key in an array literal.
 *
 * @param {Object} node `array` node.
 * @param {string} key  Key.
 * @return {Object|undefined} Value node.
 */
function arrayGet( node, key ) {
	return arrayEntries( node ).find( ( entry ) => entry.key === key )?.value;
}

/**
 * Start line of a node.
 *
 * @param {Object} node Node.
 * @return {number} 1-based line.
 */
function lineOf( node ) {
	return node?.loc?.start.line ?? 1;
}

/**
 * Short source excerpt of a node for messages.
 *
 * @param {Object} node Node.
 * @return {string} Excerpt on one line, at most 60 characters.
 */
function snippet( node ) {
	const source = ( node?.loc?.source || node?.kind || '' )
		.replace( /\s+/g, ' ' )
		.trim();
	return source.length > 60 ? `${ source.slice( 0, 57 ) }...` : source;
}

/**
 * Docblock text directly attached to a declaration ('' when none).
 *
 * @param {Object} node Class, method, constant or property node.
 * @return {string} Docblock source.
 */
function docblock( node ) {
	const docs = ( node?.leadingComments || [] ).filter(
		( comment ) =>
			comment.kind === 'commentblock' && comment.value.startsWith( '/**' )
	);
	return docs.length ? docs[ docs.length - 1 ].value : '';
}

/**
 * Nearest ancestor of one of the kinds.
 *
 * @param {Object[]} ancestors Ancestors, outermost first.
 * @param {string[]} kinds     Node kinds.
 * @return {Object|undefined} Node.
 */
function closest( ancestors, kinds ) {
	for ( let index = ancestors.length - 1; index >= 0; index-- ) {
		if ( kinds.includes( ancestors[ index ].kind ) ) {
			return ancestors[ index ];
		}
	}
	return undefined;
}

/**
 * Innermost function-like ancestor (function, method, closure, arrow function).
 *
 * @param {Object[]} ancestors Ancestors, outermost first.
 * @return {Object|undefined} Node.
 */
function enclosingFunction( ancestors ) {
	return closest( ancestors, [ ...FUNCTION_KINDS ] );
}

module.exports = {
	FUNCTION_KINDS,
	arrayEntries,
	arrayGet,
	childNodes,
	closest,
	docblock,
	enclosingFunction,
	functionName,
	isCallTo,
	isThis,
	lineOf,
	methodName,
	snippet,
	stringValue,
	walk,
	walkOwnScope,
};
