/**
 * The source files strings are extracted from: PHP (the same set the PHP checker reads),
 * block.json files, and TypeScript/JavaScript under blocks/ and admin-ui/ (tests excluded).
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { phpFiles } = require( '../../php-tools/lib/files' );

const SCRIPT = /\.(?:tsx?|jsx?|mjs)$/;
const EXCLUDED =
	/(?:^|\/)(?:node_modules|test|tests|__tests__|__mocks__)\/|\.(?:test|spec)\.[jt]sx?$|\.d\.ts$|(?:^|\/)webpack\.config\.js$/;

/**
 * Files under a folder, relative to the root, sorted.
 *
 * @param {string} root Repository root.
 * @param {string} dir  Folder relative to the root.
 * @return {string[]} Files.
 */
function walkFiles( root, dir ) {
	const absolute = path.join( root, dir );
	if ( ! fs.existsSync( absolute ) ) {
		return [];
	}
	return fs
		.readdirSync( absolute, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const relative = path.posix.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return entry.name === 'node_modules'
					? []
					: walkFiles( root, relative );
			}
			return [ relative ];
		} )
		.sort();
}

/**
 * Every source, by kind.
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {{php: string[], blockJson: string[], scripts: string[]}} Files relative to the root.
 */
function sourceFiles( root, config ) {
	return {
		php: phpFiles( root ),
		blockJson: walkFiles( root, config.BLOCKS_DIR ).filter(
			( file ) => path.posix.basename( file ) === 'block.json'
		),
		scripts: config.SCRIPT_SOURCES.flatMap( ( dir ) =>
			walkFiles( root, dir )
		).filter( ( file ) => SCRIPT.test( file ) && ! EXCLUDED.test( file ) ),
	};
}

module.exports = { sourceFiles, walkFiles };
