/**
 * development-functions (WPCS `WordPress.PHP.DevelopmentFunctions`): debugging output left in
 * code (`var_dump()`, `print_r()`, …) and writes to the PHP error log. Logging on purpose (a
 * failure an operator must see) needs
 * `// phpcs:ignore WordPress.PHP.DevelopmentFunctions -- <why>` on its line or the line above.
 */
const { functionName } = require( '../lib/ast' );

const DEVELOPMENT_FUNCTIONS = new Set( [
	'error_log',
	'var_dump',
	'var_export',
	'print_r',
	'debug_backtrace',
	'debug_print_backtrace',
	'debug_zval_refcount',
	'trigger_error',
	'set_error_handler',
	'error_reporting',
] );

module.exports = {
	id: 'development-functions',
	wpcs: [ 'WordPress.PHP.DevelopmentFunctions' ],
	check( { walkWithScope, report } ) {
		walkWithScope( ( node ) => {
			const name = functionName( node );
			if ( DEVELOPMENT_FUNCTIONS.has( name ) ) {
				report(
					node,
					`${ name }() is a development function; remove it, or say why it belongs in production with // phpcs:ignore WordPress.PHP.DevelopmentFunctions -- <why>`
				);
			}
		} );
	},
};
