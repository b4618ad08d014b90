/**
 * Which strings each built script uses, read from the built files themselves: the gettext
 * calls webpack kept (`(0,a.__)("Display","ttdt-portal")`), plus, for a block script, the
 * block.json fields that @wordpress/blocks translates when the script registers the block.
 * Reading the output needs no knowledge of entry points, aliases or bundling.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { gettextCalls } = require( './extract-js' );
const { blockStrings } = require( './extract-block-json' );
const { jedKey } = require( './catalog' );
const { walkFiles } = require( './sources' );

const SCRIPT_FIELDS = [ 'editorScript', 'script', 'viewScript' ];

/**
 * Whether a block.json loads a script file of its folder.
 *
 * @param {Object} metadata block.json.
 * @param {string} name     Script file name, e.g. `index.js`.
 * @return {boolean} True when it does.
 */
function blockUsesScript( metadata, name ) {
	return SCRIPT_FIELDS.flatMap( ( field ) =>
		[].concat( metadata[ field ] ?? [] )
	).some(
		( value ) =>
			typeof value === 'string' &&
			value.replace( /^file:\.?\/?/, '' ) === name
	);
}

/**
 * Built scripts and the Jed keys each one uses.
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {Array<{script: string, keys: Set<string>}>} Script path relative to the plugin folder.
 */
function bundleStrings( root, config ) {
	const result = [];
	for ( const file of walkFiles( root, config.BUILD_DIR ).filter( ( f ) =>
		f.endsWith( '.js' )
	) ) {
		const code = fs.readFileSync( path.join( root, file ), 'utf8' );
		const keys = new Set(
			gettextCalls( code, file )
				.filter( ( call ) => call.domain === config.DOMAIN )
				.map( jedKey )
		);
		const blockJson = path.join( root, path.dirname( file ), 'block.json' );
		if ( fs.existsSync( blockJson ) ) {
			const metadata = JSON.parse( fs.readFileSync( blockJson, 'utf8' ) );
			if ( blockUsesScript( metadata, path.basename( file ) ) ) {
				blockStrings( metadata, config.DOMAIN ).forEach( ( s ) =>
					keys.add( jedKey( s ) )
				);
			}
		}
		if ( keys.size ) {
			result.push( {
				script: path.posix.relative( config.PLUGIN_DIR, file ),
				keys,
			} );
		}
	}
	return result;
}

module.exports = { blockUsesScript, bundleStrings };
