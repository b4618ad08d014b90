/**
 * direct-db-query (WPCS `WordPress.DB.DirectDatabaseQuery`): a direct `$wpdb` query bypasses
 * the APIs and their caches, so each one must say why no API fits, with
 * `// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- <why>` on its line or the line above.
 */
const { methodName } = require( '../lib/ast' );
const { isWpdbCall } = require( './sql-prepare' );

const DIRECT_METHODS = new Set( [
	'query',
	'get_var',
	'get_row',
	'get_col',
	'get_results',
	'insert',
	'update',
	'delete',
	'replace',
] );

module.exports = {
	id: 'direct-db-query',
	wpcs: [ 'WordPress.DB.DirectDatabaseQuery' ],
	check( { walkWithScope, report } ) {
		walkWithScope( ( node ) => {
			if ( isWpdbCall( node, DIRECT_METHODS ) ) {
				report(
					node,
					`$wpdb->${ methodName( node ) }() queries the database directly; use the WordPress API, or say why none fits with // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- <why>`
				);
			}
		} );
	},
};
