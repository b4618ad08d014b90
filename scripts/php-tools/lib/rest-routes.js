/**
 * Finds `register_rest_route()` calls and splits each into its endpoints, resolving the
 * namespace and route (`$this->namespace`, `'/' . $this->rest_base`) where that is static.
 * Shared by the REST rules and the contract generator.
 */
const { arrayEntries, arrayGet, isCallTo, walk } = require( './ast' );
const { UNRESOLVED } = require( './evaluate' );
const { localAssignments } = require( './members' );

const ENDPOINT_KEYS = [ 'callback', 'methods', 'permission_callback' ];

/**
 * The expression last assigned to a variable before it is used, in the same function.
 *
 * @param {Object} node  `variable` node.
 * @param {Object} scope Evaluator scope.
 * @return {Object|undefined} Assigned expression (plain `=` only).
 */
function assignedValue( node, scope ) {
	if ( node?.kind !== 'variable' || typeof node.name !== 'string' ) {
		return undefined;
	}
	const assigns = (
		localAssignments( scope.functionNode ).get( node.name ) || []
	).filter( ( assign ) => assign.loc.start.offset < node.loc.start.offset );
	const last = assigns[ assigns.length - 1 ];
	return last?.operator === '=' ? last.right : undefined;
}

/**
 * The array literal an expression is, or is assigned from in the same function.
 *
 * @param {Object} node  Expression.
 * @param {Object} scope Evaluator scope.
 * @return {Object|undefined} `array` node.
 */
function arrayLiteral( node, scope ) {
	if ( node?.kind === 'array' ) {
		return node;
	}
	const value = assignedValue( node, scope );
	return value?.kind === 'array' ? value : undefined;
}

/**
 * HTTP methods of an endpoint.
 *
 * @param {*} value Evaluated `methods` value.
 * @return {string[]|undefined} Upper-case methods, undefined when not static.
 */
function parseMethods( value ) {
	if ( value === undefined ) {
		return [ 'GET' ];
	}
	const list = Array.isArray( value ) ? value : [ value ];
	if ( list.some( ( item ) => typeof item !== 'string' ) ) {
		return undefined;
	}
	return list
		.flatMap( ( item ) => item.split( /[\s,]+/ ) )
		.filter( Boolean )
		.map( ( item ) => item.toUpperCase() );
}

/**
 * Every route registered in a file.
 *
 * @param {Object}                         info      File info.
 * @param {import('./evaluate').Evaluator} evaluator Evaluator.
 * @return {Object[]} Routes: { node, path, namespace, route, definition, isLiteral, hasSchema,
 *                    commonArgs, endpoints: [ { node, isLiteral, hasArgs, methods } ], scope }.
 */
function findRestRoutes( info, evaluator ) {
	const routes = [];
	walk( info.ast, ( node, ancestors ) => {
		if ( ! isCallTo( node, [ 'register_rest_route' ] ) ) {
			return;
		}
		const scope = evaluator.scope( info, ancestors );
		const [ namespaceArg, routeArg, argsArg ] = node.arguments;
		const namespace = evaluator.evaluate( namespaceArg, scope );
		const route = evaluator.evaluate( routeArg, scope );
		const known =
			typeof namespace === 'string' && typeof route === 'string';
		const definition = arrayLiteral( argsArg, scope );
		const entries = arrayEntries( definition );
		const single = entries.some( ( entry ) =>
			ENDPOINT_KEYS.includes( entry.key )
		);
		const endpointNodes = single
			? [ definition ]
			: entries
					.filter(
						( entry ) =>
							entry.key === null || typeof entry.key === 'number'
					)
					.map(
						( entry ) =>
							arrayLiteral( entry.value, scope ) || entry.value
					);
		const common = single
			? []
			: entries.filter( ( entry ) => typeof entry.key === 'string' );

		routes.push( {
			node,
			scope,
			namespace:
				typeof namespace === 'string'
					? namespace.replace( /^\/+|\/+$/g, '' )
					: undefined,
			route:
				typeof route === 'string'
					? `/${ route.replace( /^\/+/, '' ) }`
					: undefined,
			path: known
				? `${ namespace.replace( /^\/+|\/+$/g, '' ) }/${ route.replace( /^\/+/, '' ) }`
				: undefined,
			definition: definition || argsArg,
			isLiteral: Boolean( definition ),
			hasSchema: entries.some( ( entry ) => entry.key === 'schema' ),
			commonArgs: common.find( ( entry ) => entry.key === 'args' )?.value,
			endpoints: definition
				? endpointNodes.map( ( endpoint ) => {
						const isLiteral = endpoint?.kind === 'array';
						const methodsNode = isLiteral
							? arrayGet( endpoint, 'methods' )
							: undefined;
						const methods = methodsNode
							? evaluator.evaluate( methodsNode, scope )
							: undefined;
						return {
							node: endpoint,
							isLiteral,
							hasArgs:
								isLiteral &&
								arrayEntries( endpoint ).some(
									( entry ) => entry.key === 'args'
								),
							methods:
								methods === UNRESOLVED
									? undefined
									: parseMethods( methods ),
						};
					} )
				: [],
		} );
	} );
	return routes;
}

module.exports = { arrayLiteral, assignedValue, findRestRoutes, parseMethods };
