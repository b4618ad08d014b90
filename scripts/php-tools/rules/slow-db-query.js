/**
 * slow-db-query (WPCS `WordPress.DB.SlowDBQuery`): `meta_query`, `tax_query`, `meta_key` and
 * `meta_value` in query arguments join unindexed tables; each use must say why it stays small,
 * with `// phpcs:ignore WordPress.DB.SlowDBQuery -- <why>` on its line or the line above.
 */
const { stringValue } = require( '../lib/ast' );

const SLOW_KEYS = new Set( [
	'meta_query',
	'tax_query',
	'meta_key',
	'meta_value',
] );

module.exports = {
	id: 'slow-db-query',
	wpcs: [ 'WordPress.DB.SlowDBQuery' ],
	check( { walkWithScope, report } ) {
		walkWithScope( ( node ) => {
			const key =
				node.kind === 'entry' && node.key
					? stringValue( node.key )
					: undefined;
			if ( key !== undefined && SLOW_KEYS.has( key ) ) {
				report(
					node,
					`the query argument "${ key }" can be slow on a large site; say why it stays small with // phpcs:ignore WordPress.DB.SlowDBQuery -- <why>`
				);
			}
		} );
	},
};
