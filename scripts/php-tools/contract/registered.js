/**
 * The registered parts of the contract: REST routes, meta, post types and taxonomies,
 * from `register_rest_route()`, `register_post_meta()`/`register_meta()`/
 * `register_term_meta()`, `register_post_type()` and `register_taxonomy()` calls, also
 * inside foreach loops. What is not static is left out with a warning; a route without a
 * `schema`, or a write method without `args`, is an error.
 */
const { findRestRoutes } = require( '../lib/rest-routes' );
const { iterationScopes } = require( '../lib/bindings' );
const { functionName, lineOf, walk } = require( '../lib/ast' );

// Meta registration function => object type (register_meta() names it itself).
const META_FUNCTIONS = {
	register_post_meta: 'post',
	register_term_meta: 'term',
	register_meta: null,
};
const TYPE_FUNCTIONS = {
	register_post_type: 'postTypes',
	register_taxonomy: 'taxonomies',
};

/**
 * Adds one evaluated meta registration.
 *
 * @param {string}   name     Function called.
 * @param {Array}    args     Evaluated arguments.
 * @param {Object}   contract Contract being collected.
 * @param {string}   source   `file:line`.
 * @param {Function} warn     Reports a message.
 */
function addMeta( name, args, contract, source, warn ) {
	const options = args[ 2 ] && typeof args[ 2 ] === 'object' ? args[ 2 ] : {};
	const objectType = META_FUNCTIONS[ name ] || args[ 0 ];
	const subtype =
		name === 'register_meta' ? options.object_subtype : args[ 0 ];
	if ( subtype !== undefined && typeof subtype !== 'string' ) {
		warn(
			`${ name }( '${ args[ 1 ] }' ): the object subtype is not static; it is left out of contract.ts`
		);
		return;
	}
	contract.meta.push( {
		objectType,
		subtype: subtype || '',
		key: args[ 1 ],
		options,
		source,
	} );
}

// Methods that change something: their body must be described by an `args` schema.
const WRITE_METHODS = [ 'POST', 'PUT', 'PATCH', 'DELETE' ];

/**
 * Checks that a route says what it answers (`schema`) and, for each write method, what it
 * takes (`args`): the contract, the REST index and the generated types read them from there.
 *
 * @param {Object}   route The route, from findRestRoutes().
 * @param {Function} fail  Reports ( node, message ) as an error.
 */
function checkRouteSchema( route, fail ) {
	const name = route.path || 'this REST route';
	if ( ! route.isLiteral ) {
		fail(
			route.node,
			`${ name }: the route definition is not an array literal, so its schema cannot be checked; write it inline`
		);
		return;
	}
	if ( ! route.hasSchema ) {
		fail(
			route.node,
			`${ name } has no 'schema'; add 'schema' => array( $this, 'get_public_item_schema' ) (or a <Feature>Schema method) so clients know what it answers`
		);
	}
	for ( const endpoint of route.endpoints ) {
		const writes = ( endpoint.methods || [] ).filter( ( method ) =>
			WRITE_METHODS.includes( method )
		);
		if ( writes.length && ! endpoint.hasArgs ) {
			fail(
				endpoint.node || route.node,
				`${ name } ${ writes.join( ',' ) } has no 'args'; declare the body it takes (array() when it takes none)`
			);
		}
	}
}

/**
 * Collects the registrations of a file into the contract.
 *
 * @param {Object}   info      File info.
 * @param {Object}   evaluator Static evaluator.
 * @param {Object}   contract  Contract being collected.
 * @param {Function} warn      Reports ( node, message ) as a warning.
 * @param {Function} fail      Reports ( node, message ) as an error.
 */
function collectRegistered( info, evaluator, contract, warn, fail ) {
	for ( const route of findRestRoutes( info, evaluator ) ) {
		checkRouteSchema( route, fail );
		if ( ! route.path ) {
			warn(
				route.node,
				'the path of this REST route is not static; it is left out of contract.ts'
			);
			continue;
		}
		contract.routes.push( {
			namespace: route.namespace,
			route: route.route,
			methods: route.endpoints.flatMap(
				( endpoint ) => endpoint.methods || []
			),
			source: info.file,
		} );
	}

	walk( info.ast, ( node, ancestors ) => {
		const name = functionName( node );
		const isMeta = name in META_FUNCTIONS;
		if ( ! isMeta && ! TYPE_FUNCTIONS[ name ] ) {
			return;
		}
		for ( const scope of iterationScopes( evaluator, info, ancestors ) ) {
			const args = node.arguments.map( ( arg ) =>
				evaluator.evaluate( arg, scope )
			);
			if (
				typeof args[ 0 ] !== 'string' ||
				( isMeta && typeof args[ 1 ] !== 'string' )
			) {
				warn(
					node,
					`${ name }(): the ${ isMeta ? 'object type or meta key' : 'slug' } is not static; it is left out of contract.ts`
				);
			} else if ( isMeta ) {
				addMeta(
					name,
					args,
					contract,
					`${ info.file }:${ lineOf( node ) }`,
					( message ) => warn( node, message )
				);
			} else {
				contract[ TYPE_FUNCTIONS[ name ] ].push( args[ 0 ] );
			}
		}
	} );
}

module.exports = { collectRegistered };
