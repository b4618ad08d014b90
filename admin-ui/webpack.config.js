/**
 * Builds the admin screens (`admin-ui/screens/<name>/index.tsx`) and the block editor
 * extensions (`admin-ui/editor/<name>/index.tsx`) into `plugin/build/admin-ui/`, keeping
 * the source layout: `screens/<name>.js`, `editor/<name>.js`.
 */
const path = require( 'path' );
const fs = require( 'fs' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

/**
 * Entry points of one kind: every `<dir>/<name>/index.tsx`.
 *
 * @param {string} kind Folder under admin-ui: `screens` or `editor`.
 * @return {Array<[string, string]>} Pairs of entry name and file.
 */
function entriesOf( kind ) {
	const dir = path.resolve( __dirname, kind );
	if ( ! fs.existsSync( dir ) ) {
		return [];
	}
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.filter( ( dirent ) =>
			fs.existsSync( path.join( dir, dirent.name, 'index.tsx' ) )
		)
		.map( ( dirent ) => [
			`${ kind }/${ dirent.name }`,
			path.join( dir, dirent.name, 'index.tsx' ),
		] );
}

module.exports = {
	...defaultConfig,
	entry: Object.fromEntries( [
		...entriesOf( 'screens' ),
		...entriesOf( 'editor' ),
	] ),
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build/admin-ui' ),
	},
};
