/**
 * escape-output: everything printed with `echo`, `print`, `<?= ?>`, `printf()`/`vprintf()`
 * is a literal or passes through an escaping function at the point of output ("escape
 * late"). `_e()`/`_ex()` print a translation unescaped, so they are flagged in favour of
 * `esc_html_e()`. Functions whose result core already escapes (e.g.
 * `get_block_wrapper_attributes()`) are treated as escaping.
 */
const { functionName, snippet, stringValue } = require( '../lib/ast' );

const ESCAPING = new Set( [
	'esc_html',
	'esc_attr',
	'esc_url',
	'esc_textarea',
	'esc_js',
	'esc_xml',
	'esc_html__',
	'esc_attr__',
	'esc_html_x',
	'esc_attr_x',
	'wp_kses',
	'wp_kses_post',
	'wp_kses_data',
	'absint',
	'intval',
	'floatval',
	'number_format_i18n',
	'get_block_wrapper_attributes',
	'wp_json_encode',
	'checked',
	'selected',
	'disabled',
	'wp_readonly',
	'tag_escape',
	'sanitize_html_class',
	'wp_nonce_field',
	'get_submit_button',
] );

// The plugin's own methods that return what an escaping function returned.
const ESCAPING_METHODS = new Set( [
	// `get_block_wrapper_attributes()`, remembered per block type.
	'wrapperattributes::of',
] );

/**
 * `Class::method` of a static call, lower case and without the namespace, or ''.
 *
 * @param {Object} node Call.
 * @return {string} The name.
 */
function staticMethodName( node ) {
	const { what } = node;
	if ( what?.kind !== 'staticlookup' || what.offset?.kind !== 'identifier' ) {
		return '';
	}
	const owner = String( what.what?.name ?? '' )
		.split( '\\' )
		.pop();
	return `${ owner }::${ what.offset.name }`.toLowerCase();
}

const UNSAFE_PRINTERS = { _e: 'esc_html_e', _ex: 'echo esc_html_x' };
const SAFE_CONSTANTS = new Set( [ 'php_eol' ] );

/**
 * The first part of an output expression that is not escaped, or undefined.
 *
 * @param {Object} node Expression.
 * @return {Object|undefined} Unescaped node.
 */
function unescaped( node ) {
	if ( ! node || stringValue( node ) !== undefined ) {
		return undefined;
	}
	switch ( node.kind ) {
		case 'number':
		case 'boolean':
		case 'nullkeyword':
			return undefined;
		case 'name':
			return SAFE_CONSTANTS.has( node.name.toLowerCase() )
				? undefined
				: node;
		case 'cast':
			return [ 'int', 'float', 'bool' ].includes( node.type )
				? undefined
				: node;
		case 'bin':
			return node.type === '.'
				? unescaped( node.left ) || unescaped( node.right )
				: node;
		case 'retif':
			return (
				unescaped( node.trueExpr || node.test ) ||
				unescaped( node.falseExpr )
			);
		case 'encapsed':
			return node.value
				.map( ( part ) => unescaped( part.expression ) )
				.find( Boolean );
		case 'call': {
			const name = functionName( node );
			if (
				ESCAPING.has( name ) ||
				ESCAPING_METHODS.has( staticMethodName( node ) )
			) {
				return undefined;
			}
			if ( name === 'sprintf' ) {
				return node.arguments.map( unescaped ).find( Boolean );
			}
			return node;
		}
		default:
			return node;
	}
}

module.exports = {
	id: 'escape-output',
	// The WordPress Coding Standards sniffs this rule stands for (`phpcs:ignore` codes).
	wpcs: [ 'WordPress.Security.EscapeOutput' ],
	unescaped,
	check( { walkWithScope, report } ) {
		walkWithScope( ( node ) => {
			let parts = [];
			let what = '';
			if ( node.kind === 'echo' ) {
				parts = node.expressions;
				what = node.shortForm ? '<?=' : 'echo';
			} else if ( node.kind === 'print' ) {
				parts = [ node.expression ];
				what = 'print';
			} else if (
				[ 'printf', 'vprintf' ].includes( functionName( node ) )
			) {
				const [ format, ...args ] = node.arguments;
				const values =
					functionName( node ) === 'vprintf' &&
					args[ 0 ]?.kind === 'array'
						? args[ 0 ].items.map( ( item ) => item.value || item )
						: args;
				parts = [ format, ...values ];
				what = `${ functionName( node ) }()`;
			} else if ( UNSAFE_PRINTERS[ functionName( node ) ] ) {
				report(
					node,
					`${ functionName( node ) }() prints the translation unescaped; use ${ UNSAFE_PRINTERS[ functionName( node ) ] }()`
				);
				return;
			} else {
				return;
			}
			const bad = parts.map( unescaped ).find( Boolean );
			if ( bad ) {
				report(
					bad,
					`${ what } outputs \`${ snippet( bad ) }\` unescaped; wrap it in esc_html(), esc_attr(), esc_url() or wp_kses_post() for its context`
				);
			}
		} );
	},
};
