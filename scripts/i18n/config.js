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
	/**
	 * Sources of the strings a visitor's page shows (post type and taxonomy labels, blocks'
	 * server rendering, the public forms' fields and messages). Their strings are compiled a
	 * second time into a small catalogue loaded ahead of the whole one: a page view reads
	 * ~200 strings, and WordPress copies every entry of a catalogue into memory on its first
	 * lookup. A string missing here is still translated, from the whole catalogue, at the
	 * cost of reading it.
	 */
	PAGE_VIEW_SOURCES: [
		/^blocks\/[^/]+\/render\.php$/,
		/^plugin\/src\/.+(?:PostType|Taxonomies)\.php$/,
		// Its settings join the defaults the agency notice reads (the other settings' titles
		// and descriptions, in SettingsSchema.php, are not translated for it).
		/^plugin\/src\/Archive\/ArchiveSchedule\.php$/,
		/^plugin\/src\/Provenance\/(?:Reference(?:Label|Notice)|SourceLineLabels)\.php$/,
		/^plugin\/src\/Feedback\/Feedback(?:Type|Submission|Consent|Files|Privacy)\.php$/,
		/^plugin\/src\/Documents\/Relations\.php$/,
		/^plugin\/src\/Drafts\/Comment(?:Fields|Privacy)\.php$/,
		/^plugin\/src\/Content\/Sections\.php$/,
		/^plugin\/patterns\//,
	],
	/** Folder holding blocks (block.json). */
	BLOCKS_DIR: 'blocks',
	/** Languages the plugin ships, with their plural rules. */
	LOCALES: {
		vi: { pluralForms: 'nplurals=1; plural=0;', team: 'Vietnamese' },
	},
};
