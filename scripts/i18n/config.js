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
	/**
	 * Text domain of the strings of @wordpress/* packages bundled into the built scripts
	 * (DataViews, DataForm): they call `__()` without a domain. WordPress ships no script
	 * translations for a bundled copy, so the plugin's catalogue carries them too.
	 */
	BUNDLED_DOMAIN: 'default',
	/** Folder holding blocks (block.json). */
	BLOCKS_DIR: 'blocks',
	/** Languages the plugin ships, with their plural rules. */
	LOCALES: {
		vi: { pluralForms: 'nplurals=1; plural=0;', team: 'Vietnamese' },
	},
};
