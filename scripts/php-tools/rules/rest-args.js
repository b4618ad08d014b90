/**
 * rest-args: every REST arg is validated and sanitised before a callback sees it.
 *
 * - Args from `get_endpoint_args_for_item_schema()`, `get_collection_params()` or
 *   `get_context_param()` pass: WordPress derives them from the schema and attaches
 *   `rest_validate_request_arg` / `rest_sanitize_request_arg`.
 * - A literal arg needs a `type`. Since WordPress 5.5 an arg with a `type` and no callbacks
 *   is checked and coerced by `rest_parse_request_arg` against its own schema, which is
 *   enough for integer, number and boolean. A `string` also needs something that constrains
 *   it (`enum`, `format`, `pattern`) or an explicit `sanitize_callback`/`validate_callback`,
 *   an `array` needs `items` and an `object` needs `properties` (or callbacks): free text
 *   and untyped structures must not reach the code unchecked.
 * - `args` built some other way must come from a method returning a literal (directly or
 *   through a local variable): of the same class, or a static method of another class of
 *   the plugin (two routes sharing fields), whose problems are reported at the call. Args may
 *   be joined with `array_merge()` or `+`.
 */
const {
	arrayEntries,
	arrayGet,
	isThis,
	methodName,
	functionName,
} = require( '../lib/ast' );
const { UNRESOLVED } = require( '../lib/evaluate' );
const { arrayLiteral, assignedValue } = require( '../lib/rest-routes' );
const { classMethods, returnStatements } = require( '../lib/members' );

const SCHEMA_METHODS = new Set( [
	'get_endpoint_args_for_item_schema',
	'get_collection_params',
	'get_context_param',
] );

const CONSTRAINTS = {
	string: [ 'enum', 'format', 'pattern' ],
	array: [ 'items' ],
	object: [ 'properties', 'additionalProperties' ],
};

/**
 * Checks one arg definition.
 *
 * @param {string} name    Arg name.
 * @param {Object} node    Its value node.
 * @param {Object} context Rule context.
 * @param {Object} scope   Evaluator scope.
 */
function checkArg( name, node, context, scope ) {
	if ( SCHEMA_METHODS.has( methodName( node ) ) ) {
		return;
	}
	if ( node.kind !== 'array' ) {
		context.report(
			node,
			`REST arg \`${ name }\` is not an array literal, so its type and sanitising cannot be checked`
		);
		return;
	}
	const typeNode = arrayGet( node, 'type' );
	if ( ! typeNode ) {
		context.report(
			node,
			`REST arg \`${ name }\` has no \`type\`; declare one so WordPress validates it`
		);
		return;
	}
	if (
		arrayGet( node, 'sanitize_callback' ) ||
		arrayGet( node, 'validate_callback' )
	) {
		return;
	}
	const type = context.evaluator.evaluate( typeNode, scope );
	const types = type === UNRESOLVED ? [ 'string' ] : [].concat( type );
	for ( const each of types ) {
		const needs = CONSTRAINTS[ each ];
		if ( needs && ! needs.some( ( key ) => arrayGet( node, key ) ) ) {
			context.report(
				node,
				`REST arg \`${ name }\` (${ each }) needs a sanitize_callback or validate_callback, or ${ needs.map( ( key ) => `\`${ key }\`` ).join( '/' ) } for WordPress to enforce`
			);
			return;
		}
	}
}

/**
 * Checks an `args` value.
 *
 * @param {Object} node    Value of `args`.
 * @param {Object} context Rule context.
 * @param {Object} scope   Evaluator scope.
 * @param {number} depth   Recursion guard.
 */
function checkArgs( node, context, scope, depth = 0 ) {
	if ( ! node || depth > 3 ) {
		return;
	}
	if ( SCHEMA_METHODS.has( methodName( node ) ) ) {
		return;
	}
	if ( functionName( node ) === 'array_merge' ) {
		node.arguments.forEach( ( arg ) =>
			checkArgs( arg, context, scope, depth + 1 )
		);
		return;
	}
	if ( node.kind === 'bin' && node.type === '+' ) {
		checkArgs( node.left, context, scope, depth + 1 );
		checkArgs( node.right, context, scope, depth + 1 );
		return;
	}
	const assigned = assignedValue( node, scope );
	if ( assigned && assigned.kind !== 'array' ) {
		checkArgs( assigned, context, scope, depth + 1 );
		return;
	}
	const literal = arrayLiteral( node, scope );
	if ( literal ) {
		for ( const entry of arrayEntries( literal ) ) {
			checkArg( String( entry.key ), entry.value, context, scope );
		}
		return;
	}
	if (
		node.kind === 'call' &&
		( isThis( node.what.what ) || node.what.what?.kind === 'selfreference' )
	) {
		const method = classMethods( scope.classNode ).get(
			methodName( node )
		);
		const returned =
			method && returnStatements( method ).map( ( ret ) => ret.expr );
		if ( returned?.length ) {
			const methodScope = { ...scope, functionNode: method };
			returned.forEach( ( expr ) =>
				checkArgs( expr, context, methodScope, depth + 1 )
			);
			return;
		}
	}
	if (
		node.kind === 'call' &&
		checkOtherClassArgs( node, context, scope, depth )
	) {
		return;
	}
	context.report(
		node,
		`these REST args cannot be checked statically; use an array literal or get_endpoint_args_for_item_schema()`
	);
}

/**
 * Checks args returned by a static method of another class of the plugin
 * (`Other::field_args()`), reporting what it finds at the call.
 *
 * @param {Object} node    The call.
 * @param {Object} context Rule context.
 * @param {Object} scope   Evaluator scope of the call.
 * @param {number} depth   Recursion guard.
 * @return {boolean} Whether the method was found and checked.
 */
function checkOtherClassArgs( node, context, scope, depth ) {
	const { what } = node;
	if ( what?.kind !== 'staticlookup' || what.offset?.kind !== 'identifier' ) {
		return false;
	}
	const { evaluator } = context;
	const fqn = evaluator.project.resolveName(
		what.what,
		scope.info,
		scope.classNode
	);
	const found = fqn && evaluator.project.findClass( fqn );
	const method =
		found &&
		classMethods( found.classNode ).get( what.offset.name.toLowerCase() );
	const returned = method ? returnStatements( method ) : [];
	if ( ! returned.length ) {
		return false;
	}
	const atCall = Object.create( context, {
		report: {
			value: ( _node, message ) => context.report( node, message ),
		},
	} );
	const methodScope = evaluator.scope( found.info, [
		found.info.ast,
		found.classNode,
		method,
	] );
	returned.forEach( ( ret ) =>
		checkArgs( ret.expr, atCall, methodScope, depth + 1 )
	);
	return true;
}

module.exports = {
	id: 'rest-args',
	check( context ) {
		for ( const route of context.restRoutes ) {
			checkArgs( route.commonArgs, context, route.scope );
			for ( const endpoint of route.endpoints ) {
				if ( endpoint.isLiteral ) {
					checkArgs(
						arrayGet( endpoint.node, 'args' ),
						context,
						route.scope
					);
				}
			}
		}
	},
};
