/**
 * superglobals: request data is unslashed and sanitised where it is read:
 * `sanitize_text_field( wp_unslash( $_POST['x'] ) )`, `array_map( 'sanitize_key',
 * wp_unslash( ... ) )`, `map_deep( wp_unslash( ... ), 'sanitize_text_field' )`. Integer
 * readers (`absint`, `intval`, `(int)`) need no unslashing. `isset()`, `empty()` and
 * `array_key_exists()` only test presence, a comparison with a literal lets nothing through,
 * and `$_FILES` entries may go straight to the upload handlers. Any function or method named
 * `sanitize_*` counts as a sanitiser, so the plugin's own (e.g. `Meta::sanitize_text()`) do.
 */
const { functionName, methodName, stringValue } = require( '../lib/ast' );

const SUPERGLOBALS = new Set( [
	'_GET',
	'_POST',
	'_REQUEST',
	'_COOKIE',
	'_SERVER',
	'_FILES',
] );

const SANITIZERS = new Set( [
	'sanitize_text_field',
	'sanitize_textarea_field',
	'sanitize_key',
	'sanitize_title',
	'sanitize_email',
	'sanitize_file_name',
	'sanitize_user',
	'sanitize_mime_type',
	'sanitize_hex_color',
	'sanitize_url',
	'sanitize_option',
	'esc_url_raw',
	'wp_kses',
	'wp_kses_post',
	'wp_kses_data',
	'rest_sanitize_boolean',
	'absint',
	'intval',
	'floatval',
	'boolval',
	'wp_verify_nonce',
] );
const INTEGER_READERS = new Set( [
	'absint',
	'intval',
	'floatval',
	'boolval',
] );
const PRESENCE = new Set( [ 'isset', 'empty' ] );
const COMPARISONS = new Set( [ '===', '!==', '==', '!=' ] );
const UPLOAD_HANDLERS = new Set( [
	'wp_handle_upload',
	'wp_handle_sideload',
	'media_handle_sideload',
] );

/**
 * Whether a parent passes the value on unchanged, so the check moves up to it.
 *
 * @param {Object} parent Parent node.
 * @param {Object} child  Child node.
 * @return {boolean} True for offsets, `??` defaults, ternary branches and array casts.
 */
function isTransparent( parent, child ) {
	switch ( parent.kind ) {
		case 'offsetlookup':
			return parent.what === child;
		case 'bin':
			return parent.type === '??';
		case 'retif':
			return parent.test !== child;
		case 'cast':
			return parent.type === 'array';
		default:
			return false;
	}
}

/**
 * The sanitiser a call applies to one of its arguments.
 *
 * @param {Object} call Call node whose argument is the value.
 * @param {Object} arg  The argument.
 * @return {string|undefined} Sanitiser name.
 */
function sanitizerOf( call, arg ) {
	// The plugin's own sanitisers follow WordPress's naming: `Foo::sanitize_text()`.
	const name = functionName( call ) || methodName( call );
	if ( /^sanitize_/.test( name ) && call.arguments?.[ 0 ] === arg ) {
		return name;
	}
	let sanitizer;
	if ( call.arguments?.[ 0 ] === arg ) {
		sanitizer =
			name === 'map_deep' ? stringValue( call.arguments[ 1 ] ) : name;
	} else if ( name === 'array_map' && call.arguments[ 1 ] === arg ) {
		sanitizer = stringValue( call.arguments[ 0 ] );
	}
	return SANITIZERS.has( sanitizer ) ? sanitizer : undefined;
}

module.exports = {
	id: 'superglobals',
	// The WordPress Coding Standards sniffs this rule stands for (`phpcs:ignore` codes).
	wpcs: [ 'WordPress.Security.ValidatedSanitizedInput' ],
	SUPERGLOBALS,
	check( { walkWithScope, report } ) {
		walkWithScope( ( node, scope, ancestors ) => {
			if ( node.kind !== 'variable' || ! SUPERGLOBALS.has( node.name ) ) {
				return;
			}
			// Climb `$_POST['a']['b']`, `... ?? ''`, `(array) ...` to the whole expression.
			let access = node;
			let index = ancestors.length - 1;
			while (
				index >= 0 &&
				isTransparent( ancestors[ index ], access )
			) {
				access = ancestors[ index ];
				index--;
			}
			const parent = ancestors[ index ];
			const grandparent = ancestors[ index - 1 ];
			const name = functionName( parent );
			if ( PRESENCE.has( parent?.kind ) || name === 'array_key_exists' ) {
				return;
			}
			if ( parent?.kind === 'assign' && parent.left === access ) {
				return; // Writing, not reading.
			}
			if (
				parent?.kind === 'bin' &&
				COMPARISONS.has( parent.type ) &&
				stringValue(
					parent.left === access ? parent.right : parent.left
				) !== undefined
			) {
				return; // Compared with a literal: nothing of it flows on.
			}
			if ( node.name === '_FILES' && UPLOAD_HANDLERS.has( name ) ) {
				return;
			}
			if (
				INTEGER_READERS.has( sanitizerOf( parent, access ) ) ||
				( parent?.kind === 'cast' &&
					[ 'int', 'float', 'bool' ].includes( parent.type ) )
			) {
				return;
			}
			if (
				name === 'wp_unslash' &&
				grandparent?.kind === 'call' &&
				sanitizerOf( grandparent, parent )
			) {
				return;
			}
			let problem =
				'is read without wp_unslash() and a sanitising function';
			if ( name === 'wp_unslash' ) {
				problem = 'is unslashed but not sanitised';
			} else if (
				parent?.kind === 'call' &&
				sanitizerOf( parent, access )
			) {
				problem = 'is sanitised but not unslashed first';
			}
			report(
				access,
				`$${ node.name } ${ problem }; use e.g. sanitize_text_field( wp_unslash( $${ node.name }[...] ) )`
			);
		} );
	},
};
