/**
 * Builds the catalogue of every translatable string of the project: plugin header, PHP,
 * block.json and scripts, and the strings of the packages bundled into the built scripts.
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { Catalog } = require( './catalog' );
const { extractPhp, extractPluginHeaders } = require( './extract-php' );
const { extractJs } = require( './extract-js' );
const { extractBlockJson } = require( './extract-block-json' );
const { extractBundled } = require( './bundles' );
const { sourceFiles } = require( './sources' );

/**
 * Extracts the catalogue.
 *
 * @param {string} root   Repository root.
 * @param {Object} config scripts/i18n/config.js.
 * @return {Catalog} Catalogue.
 */
function extractCatalog( root, config ) {
	const catalog = new Catalog();
	const read = ( file ) => fs.readFileSync( path.join( root, file ), 'utf8' );
	const files = sourceFiles( root, config );
	if ( fs.existsSync( path.join( root, config.PLUGIN_FILE ) ) ) {
		extractPluginHeaders(
			catalog,
			read( config.PLUGIN_FILE ),
			config.PLUGIN_FILE
		);
	}
	files.php.forEach( ( file ) =>
		extractPhp( catalog, read( file ), file, config.DOMAIN )
	);
	files.blockJson.forEach( ( file ) =>
		extractBlockJson( catalog, read( file ), file, config.DOMAIN )
	);
	files.scripts.forEach( ( file ) =>
		extractJs( catalog, read( file ), file, config.DOMAIN )
	);
	if ( config.BUNDLED_DOMAIN ) {
		extractBundled( catalog, root, config );
	}
	return catalog;
}

module.exports = { extractCatalog };
