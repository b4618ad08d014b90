/**
 * alternative-functions (WPCS `WordPress.WP.AlternativeFunctions`): PHP functions WordPress
 * offers a safer or portable replacement for (file system, JSON, URLs, remote requests,
 * random numbers, tag stripping). Using one needs
 * `// phpcs:ignore WordPress.WP.AlternativeFunctions -- <why>` on its line or the line above.
 */
const { functionName } = require( '../lib/ast' );

// PHP function => what WordPress offers instead.
const ALTERNATIVES = {
	file_get_contents: 'wp_remote_get() or WP_Filesystem',
	file_put_contents: 'WP_Filesystem',
	fopen: 'WP_Filesystem',
	fwrite: 'WP_Filesystem',
	fputs: 'WP_Filesystem',
	fread: 'WP_Filesystem',
	fclose: 'WP_Filesystem',
	fputcsv: 'WP_Filesystem',
	readfile: 'WP_Filesystem',
	unlink: 'wp_delete_file()',
	rename: 'WP_Filesystem::move()',
	mkdir: 'wp_mkdir_p()',
	rmdir: 'WP_Filesystem::rmdir()',
	json_encode: 'wp_json_encode()',
	parse_url: 'wp_parse_url()',
	strip_tags: 'wp_strip_all_tags()',
	rand: 'wp_rand()',
	mt_rand: 'wp_rand()',
	curl_init: 'the HTTP API (wp_remote_*)',
	curl_exec: 'the HTTP API (wp_remote_*)',
};

module.exports = {
	id: 'alternative-functions',
	wpcs: [ 'WordPress.WP.AlternativeFunctions' ],
	check( { walkWithScope, report } ) {
		walkWithScope( ( node ) => {
			const name = functionName( node );
			if ( Object.hasOwn( ALTERNATIVES, name ) ) {
				report(
					node,
					`${ name }() has a WordPress alternative: ${ ALTERNATIVES[ name ] }; use it, or say why not with // phpcs:ignore WordPress.WP.AlternativeFunctions -- <why>`
				);
			}
		} );
	},
};
