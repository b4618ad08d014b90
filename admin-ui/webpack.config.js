/**
 * Builds every admin screen (`admin-ui/screens/<name>/index.tsx`) into `plugin/build/admin/<name>.js`.
 */
const path = require( 'path' );
const fs = require( 'fs' );
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );

const screensDir = path.resolve( __dirname, 'screens' );
const entry = Object.fromEntries(
	fs
		.readdirSync( screensDir, { withFileTypes: true } )
		.filter( ( dirent ) =>
			fs.existsSync( path.join( screensDir, dirent.name, 'index.tsx' ) )
		)
		.map( ( dirent ) => [
			dirent.name,
			path.join( screensDir, dirent.name, 'index.tsx' ),
		] )
);

module.exports = {
	...defaultConfig,
	entry,
	output: {
		...defaultConfig.output,
		path: path.resolve( __dirname, '../plugin/build/admin' ),
	},
};
