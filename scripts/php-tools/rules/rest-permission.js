/**
 * rest-permission: every REST endpoint declares a `permission_callback`. A public one
 * (`__return_true`, or a closure that only returns true) must be listed with a reason in
 * scripts/php-tools/public-routes.json, the one reviewed place for public routes. Routes
 * whose namespace or path cannot be resolved statically cannot be public.
 */
const { arrayGet, lineOf, stringValue } = require( '../lib/ast' );
const { returnStatements } = require( '../lib/members' );

/**
 * Whether a permission callback lets everyone in.
 *
 * @param {Object} node Callback expression.
 * @return {boolean} True for `'__return_true'` and `fn() => true`-like closures.
 */
function isPublicCallback( node ) {
	if ( stringValue( node )?.replace( /^\\/, '' ) === '__return_true' ) {
		return true;
	}
	if ( node.kind === 'arrowfunc' ) {
		return node.body.kind === 'boolean' && node.body.value === true;
	}
	if ( node.kind === 'closure' ) {
		const returns = returnStatements( node );
		return (
			node.body.children.length === 1 &&
			returns.length === 1 &&
			returns[ 0 ].expr?.kind === 'boolean' &&
			returns[ 0 ].expr.value === true
		);
	}
	return false;
}

module.exports = {
	id: 'rest-permission',
	check( { info, restRoutes, publicRoutes, report } ) {
		for ( const route of restRoutes ) {
			const label = route.path ? `\`${ route.path }\`` : 'this route';
			if ( ! route.endpoints.length ) {
				report(
					route.node,
					`the endpoints of ${ label } are not an array literal, so their permission_callback cannot be checked; pass the array directly`
				);
			}
			for ( const endpoint of route.endpoints ) {
				const methods = endpoint.methods
					? endpoint.methods.join( ', ' )
					: 'unknown methods';
				if ( ! endpoint.isLiteral ) {
					report(
						endpoint.node || route.node,
						`an endpoint of ${ label } is not an array literal, so its permission_callback cannot be checked`
					);
					continue;
				}
				const callback = arrayGet(
					endpoint.node,
					'permission_callback'
				);
				if ( ! callback ) {
					report(
						endpoint.node,
						`${ label } (${ methods }) has no permission_callback; add one that checks a capability with current_user_can()`
					);
					continue;
				}
				if (
					callback.kind === 'nullkeyword' ||
					stringValue( callback ) === ''
				) {
					report(
						callback,
						`${ label } (${ methods }) has an empty permission_callback`
					);
					continue;
				}
				if ( ! isPublicCallback( callback ) ) {
					continue;
				}
				if ( ! route.path || ! endpoint.methods ) {
					report(
						callback,
						`${ label } is public (permission_callback always allows) but its path or methods cannot be resolved statically, so it cannot be listed in scripts/php-tools/public-routes.json; use literal or constant values`
					);
					continue;
				}
				const missing = endpoint.methods.filter(
					( method ) =>
						! publicRoutes.allows(
							route.path,
							method,
							info.file,
							lineOf( callback )
						)
				);
				if ( missing.length ) {
					report(
						callback,
						`\`${ route.path } ${ missing.join( ', ' ) }\` is public (permission_callback always allows) but is not listed with a reason in scripts/php-tools/public-routes.json; list it there, or check a capability`
					);
				}
			}
		}
	},
};
