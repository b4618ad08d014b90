/**
 * Which strings each built script uses, read from the built files themselves: the gettext
 * calls webpack kept (`(0,a.__)("Display","ttdt-portal")`), plus, for a block script, the
 * block.json fields that @wordpress/blocks translates when the script registers the block.
 * Reading the output needs no knowledge of entry points, aliases or bundling.
 *
 * Calls without our domain come from @wordpress/* packages bundled into a script (DataViews
 * is not a script WordPress provides): they run in the "default" domain, so they are
 * catalogued and compiled apart, as the script's bundled strings.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { gettextCalls } = require( './extract-js' );
const { blockStrings } = require( './extract-block-json' );
const { jedKey } = require( './catalog' );
const { hasPlaceholder } = require( '../../php-tools/lib/gettext' );
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
 * The text domain a call runs in (`__( 'x' )` without one is WordPress's "default").
 *
 * @param {Object} call Gettext call.
 * @return {string} Domain.
 */
function domainOf( call ) {
	return call.domain ?? 'default';
}

/**
 * Gettext calls of every built script.
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {Array<{file: string, calls: Object[]}>} Files relative to the root.
 */
function builtScripts( root, config ) {
	return walkFiles( root, config.BUILD_DIR )
		.filter( ( file ) => file.endsWith( '.js' ) )
		.map( ( file ) => ( {
			file,
			calls: gettextCalls(
				fs.readFileSync( path.join( root, file ), 'utf8' ),
				file
			),
		} ) );
}

/**
 * Adds the strings of bundled packages (calls in the bundled domain) to a catalogue, so the
 * translation build covers and checks them like the plugin's own.
 *
 * @param {import('./catalog').Catalog} catalog Catalogue.
 * @param {string}                      root    Repository root.
 * @param {Object}                      config  scripts/i18n/config.js.
 */
function extractBundled( catalog, root, config ) {
	for ( const { file, calls } of builtScripts( root, config ) ) {
		calls
			.filter( ( call ) => domainOf( call ) === config.BUNDLED_DOMAIN )
			.forEach( ( call ) =>
				catalog.add( {
					msgid: call.msgid,
					msgctxt: call.msgctxt,
					msgidPlural: call.msgidPlural,
					reference: file,
					flag:
						hasPlaceholder( call.msgid ) ||
						hasPlaceholder( call.msgidPlural || '' )
							? 'javascript-format'
							: undefined,
				} )
			);
	}
}

/**
 * Built scripts and the Jed keys each one uses, its own and those of bundled packages.
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {Array<{script: string, keys: Set<string>, bundledKeys: Set<string>}>} Script path relative to the plugin folder.
 */
function bundleStrings( root, config ) {
	const result = [];
	for ( const { file, calls } of builtScripts( root, config ) ) {
		const keysOf = ( domain ) =>
			new Set(
				calls
					.filter( ( call ) => domainOf( call ) === domain )
					.map( jedKey )
			);
		const keys = keysOf( config.DOMAIN );
		const bundledKeys = config.BUNDLED_DOMAIN
			? keysOf( config.BUNDLED_DOMAIN )
			: new Set();
		const blockJson = path.join( root, path.dirname( file ), 'block.json' );
		if ( fs.existsSync( blockJson ) ) {
			const metadata = JSON.parse( fs.readFileSync( blockJson, 'utf8' ) );
			if ( blockUsesScript( metadata, path.basename( file ) ) ) {
				blockStrings( metadata, config.DOMAIN ).forEach( ( s ) =>
					keys.add( jedKey( s ) )
				);
			}
		}
		if ( keys.size || bundledKeys.size ) {
			result.push( {
				script: path.posix.relative( config.PLUGIN_DIR, file ),
				keys,
				bundledKeys,
			} );
		}
	}
	return result;
}

module.exports = { blockUsesScript, bundleStrings, extractBundled };
