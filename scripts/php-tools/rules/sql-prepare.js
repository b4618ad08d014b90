/**
 * sql-prepare: SQL that `$wpdb->query/get_var/get_row/get_col/get_results` runs is either a
 * constant string or comes from `$wpdb->prepare()` with placeholders for every value.
 *
 * Pragmatic allowances, because they cannot carry user input:
 * - table names: `$wpdb->posts`, `$wpdb->prefix . 'ttdt_x'`, class constants, and local
 *   variables assigned only from those; they may be interpolated with or without prepare()
 *   (prepare() without a placeholder raises a _doing_it_wrong notice);
 * - integers: `(int)`, `absint()`, `intval()`.
 * Inside `prepare()` the query itself must follow the same rules: values go through
 * placeholders (`%d`, `%s`, `%i` for identifiers), never through interpolation.
 */
const {
	functionName,
	methodName,
	snippet,
	stringValue,
	isThis,
} = require( '../lib/ast' );
const { localAssignments } = require( '../lib/members' );

const QUERY_METHODS = new Set( [
	'query',
	'get_var',
	'get_row',
	'get_col',
	'get_results',
] );
const INTEGER_FUNCTIONS = new Set( [ 'absint', 'intval' ] );

/**
 * Whether a node is `$wpdb` (or `$this->wpdb`).
 *
 * @param {Object} node Node.
 * @return {boolean} True when it is.
 */
function isWpdb( node ) {
	return (
		( node?.kind === 'variable' && node.name === 'wpdb' ) ||
		( node?.kind === 'propertylookup' &&
			isThis( node.what ) &&
			node.offset.name === 'wpdb' )
	);
}

/**
 * Whether a node calls `$wpdb-><method>()`.
 *
 * @param {Object}      node    Node.
 * @param {Set<string>} methods Method names.
 * @return {boolean} True when it does.
 */
function isWpdbCall( node, methods ) {
	return (
		node?.kind === 'call' &&
		isWpdb( node.what.what ) &&
		methods.has( methodName( node ) )
	);
}

/**
 * Classifies a SQL expression.
 *
 * @param {Object} node   Expression.
 * @param {Object} scope  { functionNode } of the expression.
 * @param {Set}    [seen] Assignments being followed.
 * @return {'static'|'prepared'|Object} The offending node when neither static nor prepared.
 */
function classify( node, scope, seen = new Set() ) {
	if ( ! node ) {
		return 'static';
	}
	if (
		stringValue( node ) !== undefined ||
		[ 'number', 'boolean', 'nullkeyword' ].includes( node.kind )
	) {
		return 'static';
	}
	if ( isWpdbCall( node, new Set( [ 'prepare' ] ) ) ) {
		return 'prepared';
	}
	switch ( node.kind ) {
		case 'encapsed':
			return firstUnsafe(
				node.value.map( ( part ) => part.expression ),
				scope,
				seen
			);
		case 'bin':
			return node.type === '.'
				? firstUnsafe( [ node.left, node.right ], scope, seen )
				: node;
		case 'retif':
			return firstUnsafe(
				[ node.trueExpr || node.test, node.falseExpr ],
				scope,
				seen
			);
		case 'propertylookup':
			return isWpdb( node.what ) ? 'static' : node;
		case 'staticlookup':
		case 'name':
			return 'static';
		case 'cast':
			return [ 'int', 'float', 'bool' ].includes( node.type )
				? 'static'
				: node;
		case 'call':
			return INTEGER_FUNCTIONS.has( functionName( node ) )
				? 'static'
				: node;
		case 'variable': {
			const assigns =
				localAssignments( scope.functionNode ).get( node.name ) || [];
			if (
				! assigns.length ||
				assigns.some( ( assign ) => seen.has( assign ) )
			) {
				return node;
			}
			assigns.forEach( ( assign ) => seen.add( assign ) );
			const results = assigns.map( ( assign ) =>
				assign.operator === '=' || assign.operator === '.='
					? classify( assign.right, scope, seen )
					: node
			);
			const bad = results.find(
				( result ) => typeof result === 'object'
			);
			if ( bad ) {
				return node;
			}
			return results.every( ( result ) => result === 'prepared' )
				? 'prepared'
				: 'static';
		}
		default:
			return node;
	}
}

/**
 * Combines the parts of a string: the first unsafe part, else 'prepared' when a part is a
 * prepared fragment, else 'static'.
 *
 * @param {Object[]} parts Parts of a string.
 * @param {Object}   scope Scope.
 * @param {Set}      seen  Assignments being followed.
 * @return {'static'|'prepared'|Object} Result.
 */
function firstUnsafe( parts, scope, seen ) {
	let combined = 'static';
	for ( const part of parts ) {
		const result = classify( part, scope, seen );
		if ( typeof result === 'object' ) {
			return result;
		}
		if ( result === 'prepared' ) {
			combined = 'prepared';
		}
	}
	return combined;
}

module.exports = {
	id: 'sql-prepare',
	// The WordPress Coding Standards sniffs this rule stands for (`phpcs:ignore` codes).
	wpcs: [
		'WordPress.DB.PreparedSQL',
		'WordPress.DB.PreparedSQLPlaceholders',
	],
	isWpdbCall,
	check( { walkWithScope, report } ) {
		walkWithScope( ( node, scope ) => {
			if ( isWpdbCall( node, new Set( [ 'prepare' ] ) ) ) {
				const result = classify( node.arguments[ 0 ], scope );
				if ( typeof result === 'object' ) {
					report(
						node,
						`the query given to $wpdb->prepare() interpolates \`${ snippet( result ) }\`; put a placeholder (%d, %s, %i) in the query and pass the value as an argument`
					);
				}
				return;
			}
			if ( ! isWpdbCall( node, QUERY_METHODS ) ) {
				return;
			}
			const result = classify( node.arguments[ 0 ], scope );
			if ( typeof result === 'object' ) {
				report(
					node,
					`$wpdb->${ methodName( node ) }() runs SQL built from \`${ snippet( result ) }\`; build the query with $wpdb->prepare() and placeholders`
				);
			}
		} );
	},
};
