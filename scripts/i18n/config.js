/**
 * Where the translation pipeline reads and writes, in one place.
 */
module.exports = {
	/** The one text domain of the project. */
	DOMAIN: 'ttdt-portal',
	/** Main plugin file (its header names the project in the catalogue). */
	PLUGIN_FILE: 'plugin/ttdt-portal.php',
	/** Plugin folder: script paths in JSON file names are relative to it. */
	PLUGIN_DIR: 'plugin',
	/** Catalogues (.pot and .po committed; .mo and .json built). */
	LANGUAGES_DIR: 'plugin/languages',
	/** Built scripts whose strings get JSON translation files. */
	BUILD_DIR: 'plugin/build',
	/** Folders holding TypeScript/JavaScript sources. */
	SCRIPT_SOURCES: [ 'blocks', 'admin-ui' ],
	/** Folder holding blocks (block.json). */
	BLOCKS_DIR: 'blocks',
	/** Languages the plugin ships, with their plural rules. */
	LOCALES: {
		vi: { pluralForms: 'nplurals=1; plural=0;', team: 'Vietnamese' },
	},
};
