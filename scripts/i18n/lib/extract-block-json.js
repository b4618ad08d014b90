/**
 * Finds the translatable fields of block.json with the contexts WordPress translates them
 * with (`block title`, `block description`, `block keyword`, ...; see
 * wp-includes/block-i18n.json).
 */

const FIELDS = {
	title: 'block title',
	description: 'block description',
	keywords: 'block keyword',
};
const STYLE_FIELDS = { label: 'block style label' };
const VARIATION_FIELDS = {
	title: 'block variation title',
	description: 'block variation description',
	keywords: 'block variation keyword',
};

/**
 * Strings of one block.json (only when its textdomain is ours).
 *
 * @param {Object} metadata Parsed block.json.
 * @param {string} domain   Text domain.
 * @return {Array<{msgid: string, msgctxt: string}>} Strings.
 */
function blockStrings( metadata, domain ) {
	if ( metadata.textdomain !== domain ) {
		return [];
	}
	const strings = [];
	const collect = ( object, fields ) => {
		for ( const [ field, context ] of Object.entries( fields ) ) {
			for ( const value of [].concat( object?.[ field ] ?? [] ) ) {
				if ( typeof value === 'string' && value ) {
					strings.push( { msgid: value, msgctxt: context } );
				}
			}
		}
	};
	collect( metadata, FIELDS );
	( metadata.styles || [] ).forEach( ( style ) =>
		collect( style, STYLE_FIELDS )
	);
	( metadata.variations || [] ).forEach( ( variation ) =>
		collect( variation, VARIATION_FIELDS )
	);
	return strings;
}

/**
 * Adds the strings of one block.json to a catalogue.
 *
 * @param {import('./catalog').Catalog} catalog Catalogue.
 * @param {string}                      code    block.json text.
 * @param {string}                      file    Path relative to the repository root.
 * @param {string}                      domain  Text domain.
 */
function extractBlockJson( catalog, code, file, domain ) {
	for ( const string of blockStrings( JSON.parse( code ), domain ) ) {
		catalog.add( { ...string, reference: file } );
	}
}

module.exports = { blockStrings, extractBlockJson };
