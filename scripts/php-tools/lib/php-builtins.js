/**
 * The few PHP built-ins the static evaluator understands: constants, operators and array
 * functions that plugin code uses to build schemas and lists; and the UNRESOLVED marker.
 */

/** What cannot be known without running the code. */
const UNRESOLVED = Symbol( 'unresolved' );

// Constants of WordPress classes that routes use; WordPress itself is not parsed.
const KNOWN_CLASS_CONSTANTS = {
	wp_rest_server: {
		READABLE: 'GET',
		CREATABLE: 'POST',
		EDITABLE: 'POST, PUT, PATCH',
		DELETABLE: 'DELETE',
		ALLMETHODS: 'GET, POST, PUT, PATCH, DELETE',
	},
};

const KNOWN_CONSTANTS = { true: true, false: false, null: null, php_eol: '\n' };

const BINARY = {
	'.': ( a, b ) => `${ a }${ b }`,
	'+': ( a, b ) => a + b,
	'-': ( a, b ) => a - b,
	'*': ( a, b ) => a * b,
	'/': ( a, b ) => a / b,
	'|': ( a, b ) => a | b, // eslint-disable-line no-bitwise
	'===': ( a, b ) => a === b,
	'!==': ( a, b ) => a !== b,
};

/**
 * Builds a JS value from PHP array entries: a list when no entry has a key, else an object.
 *
 * @param {Array<[string|number|null, *]>} pairs Key/value pairs.
 * @return {Array|Object} Value.
 */
function fromPairs( pairs ) {
	if ( pairs.every( ( [ key ] ) => key === null ) ) {
		return pairs.map( ( [ , value ] ) => value );
	}
	const object = {};
	let next = 0;
	for ( const [ key, value ] of pairs ) {
		const actual = key === null ? next : key;
		if ( typeof actual === 'number' ) {
			next = Math.max( next, actual + 1 );
		}
		object[ actual ] = value;
	}
	return object;
}

/**
 * PHP array_merge() on evaluated values.
 *
 * @param {Array<Array|Object>} values Arrays.
 * @return {Array|Object} Merged value.
 */
function arrayMerge( values ) {
	if ( values.every( Array.isArray ) ) {
		return values.flat();
	}
	return fromPairs(
		values.flatMap( ( value ) =>
			Array.isArray( value )
				? value.map( ( item ) => [ null, item ] )
				: Object.entries( value )
		)
	);
}

/**
 * Result of a PHP array function on evaluated arguments.
 *
 * @param {string} name   Lower-case function name.
 * @param {Array}  values Evaluated arguments.
 * @return {*} Result, or undefined for functions not modelled (or misuse).
 */
function callBuiltin( name, values ) {
	const [ first, second ] = values;
	switch ( name ) {
		case 'array_merge':
			return values.every( ( v ) => v && typeof v === 'object' )
				? arrayMerge( values )
				: undefined;
		case 'array_keys':
			return Array.isArray( first )
				? first.map( ( _, index ) => index )
				: Object.keys( first || {} );
		case 'array_values':
			return Object.values( first || {} );
		case 'array_diff':
			return Object.values( first || {} ).filter(
				( item ) =>
					! values
						.slice( 1 )
						.some( ( other ) =>
							Object.values( other || {} ).includes( item )
						)
			);
		case 'array_fill_keys':
			return Object.fromEntries(
				( first || [] ).map( ( key ) => [ key, second ] )
			);
		default:
			return undefined;
	}
}

module.exports = {
	BINARY,
	KNOWN_CLASS_CONSTANTS,
	KNOWN_CONSTANTS,
	UNRESOLVED,
	arrayMerge,
	callBuiltin,
	fromPairs,
};
