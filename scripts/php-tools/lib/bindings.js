/**
 * Expands the `foreach` loops around a call into one scope per iteration, so a registration
 * written as `foreach ( self::META as $key => $args ) { register_post_meta( 'post', $key,
 * $args ); }` evaluates once per item, like the loop runs.
 */
const { UNRESOLVED } = require( './evaluate' );
const { FUNCTION_KINDS } = require( './ast' );

/**
 * Binds a foreach key/value target to a value.
 *
 * @param {Object} target   `variable` or `list`/`array` node.
 * @param {*}      value    Value.
 * @param {Map}    bindings Bindings to extend.
 */
function bind( target, value, bindings ) {
	if ( ! target ) {
		return;
	}
	if ( target.kind === 'variable' && typeof target.name === 'string' ) {
		bindings.set( target.name, value );
		return;
	}
	if ( target.kind === 'list' || target.kind === 'array' ) {
		target.items.filter( Boolean ).forEach( ( item, index ) => {
			const entry = item.kind === 'entry' ? item : { value: item };
			const key = entry.key ? entry.key.value : index;
			bind(
				entry.value,
				value && typeof value === 'object' ? value[ key ] : UNRESOLVED,
				bindings
			);
		} );
	}
}

/**
 * One evaluator scope per iteration of the loops enclosing a node (within its function).
 *
 * @param {import('./evaluate').Evaluator} evaluator Evaluator.
 * @param {Object}                         info      File info.
 * @param {Object[]}                       ancestors Ancestors of the node.
 * @return {Object[]} Scopes (a single one when there is no loop).
 */
function iterationScopes( evaluator, info, ancestors ) {
	let start = 0;
	ancestors.forEach( ( node, index ) => {
		if ( FUNCTION_KINDS.has( node.kind ) ) {
			start = index;
		}
	} );
	let scopes = [ evaluator.scope( info, ancestors ) ];
	for ( const loop of ancestors
		.slice( start )
		.filter( ( node ) => node.kind === 'foreach' ) ) {
		const next = [];
		for ( const scope of scopes ) {
			const source = evaluator.evaluate( loop.source, scope );
			if ( ! source || typeof source !== 'object' ) {
				next.push( scope );
				continue;
			}
			const isList = Array.isArray( source );
			for ( const [ key, value ] of Object.entries( source ) ) {
				const bindings = new Map( scope.bindings );
				bind( loop.key, isList ? Number( key ) : key, bindings );
				bind( loop.value, value, bindings );
				next.push( { ...scope, bindings } );
			}
		}
		scopes = next;
	}
	return scopes;
}

module.exports = { iterationScopes };
