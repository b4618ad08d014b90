/**
 * The gettext functions of WordPress with the position of each argument, shared by the i18n
 * rule and the string extractor so both agree on what a translatable string is.
 */

const SINGLE = { text: 0, domain: 1 };
const CONTEXT = { text: 0, context: 1, domain: 2 };

/** PHP function => argument positions. */
const PHP_GETTEXT = {
	__: SINGLE,
	_e: SINGLE,
	esc_html__: SINGLE,
	esc_html_e: SINGLE,
	esc_attr__: SINGLE,
	esc_attr_e: SINGLE,
	_x: CONTEXT,
	_ex: CONTEXT,
	esc_html_x: CONTEXT,
	esc_attr_x: CONTEXT,
	_n: { text: 0, plural: 1, domain: 3 },
	_nx: { text: 0, plural: 1, context: 3, domain: 4 },
	_n_noop: { text: 0, plural: 1, domain: 2 },
	_nx_noop: { text: 0, plural: 1, context: 2, domain: 3 },
};

/** JavaScript (`@wordpress/i18n`) function => argument positions. */
const JS_GETTEXT = {
	__: SINGLE,
	_x: CONTEXT,
	_n: { text: 0, plural: 1, domain: 3 },
	_nx: { text: 0, plural: 1, context: 3, domain: 4 },
};

/** The one text domain of the project. */
const TEXT_DOMAIN = 'ttdt-portal';

// Same shape as WP-CLI's placeholder test: %s, %1$s, %d, %05.2f ... but not %%.
const PLACEHOLDER =
	/%(?:[1-9]\d*\$)?[+-]?(?:[ 0]|'.)?-?\d*(?:\.\d+)?[bcdeEfFgGosuxX]/;

/**
 * Whether a string has printf placeholders (and so needs a translators comment).
 *
 * @param {string} text String.
 * @return {boolean} True when it has one.
 */
function hasPlaceholder( text ) {
	return PLACEHOLDER.test( String( text ).replace( /%%/g, '' ) );
}

module.exports = { JS_GETTEXT, PHP_GETTEXT, TEXT_DOMAIN, hasPlaceholder };
