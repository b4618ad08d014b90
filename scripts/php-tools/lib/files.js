/**
 * Which PHP files the checker reads: by default the plugin (without its build output, tests
 * and vendored code) and the blocks' render.php templates; or the paths/globs given.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const DEFAULT_TARGETS = [ 'plugin', 'blocks/**/render.php' ];
const SKIP_DIRS = new Set( [ 'node_modules', 'vendor', '.git' ] );
// Compiled translations (`*.l10n.php`) are build output, like plugin/build/.
const DEFAULT_SKIPS = [ 'plugin/build/', 'plugin/tests/', 'plugin/languages/' ];

/**
 * Every file under a folder, as paths relative to the root.
 *
 * @param {string} root Repository root.
 * @param {string} dir  Folder relative to the root.
 * @return {string[]} Files.
 */
function listFiles( root, dir ) {
	const result = [];
	const absolute = path.join( root, dir );
	if ( ! fs.existsSync( absolute ) ) {
		return result;
	}
	for ( const entry of fs.readdirSync( absolute, { withFileTypes: true } ) ) {
		const relative = path.posix.join( dir, entry.name );
		if ( entry.isDirectory() ) {
			if ( ! SKIP_DIRS.has( entry.name ) ) {
				result.push( ...listFiles( root, relative ) );
			}
		} else {
			result.push( relative );
		}
	}
	return result;
}

/**
 * Converts a glob (`*`, `**`) to a regular expression.
 *
 * @param {string} glob Pattern relative to the root.
 * @return {RegExp} Expression.
 */
function globToRegExp( glob ) {
	const source = glob
		.split( /(\*\*\/|\*)/ )
		.map( ( part ) => {
			if ( part === '**/' ) {
				return '(?:.*/)?';
			}
			if ( part === '*' ) {
				return '[^/]*';
			}
			return part.replace( /[.+?^${}()|[\]\\]/g, '\\$&' );
		} )
		.join( '' );
	return new RegExp( `^${ source }$` );
}

/**
 * PHP files to check.
 *
 * @param {string}   root    Repository root.
 * @param {string[]} targets Files, folders or globs relative to the root (default set when empty).
 * @return {string[]} Sorted paths relative to the root.
 */
function phpFiles( root, targets = [] ) {
	const useDefaults = ! targets.length;
	const files = new Set();
	for ( const raw of useDefaults ? DEFAULT_TARGETS : targets ) {
		const target = path
			.relative( root, path.resolve( root, raw ) )
			.split( path.sep )
			.join( '/' );
		if ( target.includes( '*' ) ) {
			const base = target
				.slice( 0, target.indexOf( '*' ) )
				.replace( /[^/]*$/, '' )
				.replace( /\/$/, '' );
			const pattern = globToRegExp( target );
			listFiles( root, base || '.' )
				.map( ( file ) => path.posix.normalize( file ) )
				.filter( ( file ) => pattern.test( file ) )
				.forEach( ( file ) => files.add( file ) );
		} else if (
			fs.existsSync( path.join( root, target ) ) &&
			fs.statSync( path.join( root, target ) ).isDirectory()
		) {
			listFiles( root, target )
				.filter( ( file ) => file.endsWith( '.php' ) )
				.forEach( ( file ) => files.add( file ) );
		} else {
			files.add( target );
		}
	}
	return [ ...files ]
		.filter(
			( file ) =>
				! useDefaults ||
				! DEFAULT_SKIPS.some( ( skip ) => file.startsWith( skip ) )
		)
		.filter( ( file ) => ! file.startsWith( 'plugin/build/' ) )
		.sort();
}

module.exports = { DEFAULT_TARGETS, phpFiles };
