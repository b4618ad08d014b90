/**
 * Turns the JSON schemas WordPress uses (REST schemas, meta `show_in_rest.schema`) into
 * TypeScript with json-schema-to-typescript. A property is required in the type when the
 * REST response always carries it: it has a `default`, is `readonly`, or is `required`.
 */
const { compile } = require( 'json-schema-to-typescript' );

// Keywords that WordPress reads but that mean nothing to the type, would rename it
// (`title`), or would turn arrays into unions of tuples (`minItems`/`maxItems`).
const DROPPED = new Set( [
	'$schema',
	'title',
	'minItems',
	'maxItems',
	'context',
	'arg_options',
	'readonly',
	'required',
	'sanitize_callback',
	'validate_callback',
] );
// Keywords whose value maps names to schemas (PHP `array()` there means an empty map).
const SCHEMA_MAPS = new Set( [
	'properties',
	'patternProperties',
	'definitions',
	'$defs',
] );
const SCHEMA_LISTS = new Set( [ 'anyOf', 'oneOf', 'allOf' ] );

/**
 * Normalises a schema for json-schema-to-typescript.
 *
 * @param {*} schema Evaluated PHP array.
 * @return {*} Schema.
 */
function normalizeSchema( schema ) {
	if ( Array.isArray( schema ) || ! schema || typeof schema !== 'object' ) {
		return schema;
	}
	const result = {};
	for ( const [ key, value ] of Object.entries( schema ) ) {
		if ( DROPPED.has( key ) || typeof value === 'symbol' ) {
			continue;
		}
		if ( SCHEMA_MAPS.has( key ) ) {
			const map = Array.isArray( value ) ? {} : value; // PHP `array()` is also an empty map.
			result[ key ] = Object.fromEntries(
				Object.entries( map ).map( ( [ name, sub ] ) => [
					name,
					normalizeSchema( sub ),
				] )
			);
		} else if ( SCHEMA_LISTS.has( key ) && Array.isArray( value ) ) {
			result[ key ] = value.map( normalizeSchema );
		} else if ( key === 'items' || key === 'additionalProperties' ) {
			result[ key ] = normalizeSchema( value );
		} else {
			result[ key ] = value;
		}
	}
	if ( schema.properties && typeof schema.properties === 'object' ) {
		const alwaysThere = Object.entries( schema.properties )
			.filter(
				( [ , sub ] ) =>
					sub &&
					( sub.default !== undefined ||
						sub.readonly === true ||
						sub.required === true )
			)
			.map( ( [ name ] ) => name );
		const listed = Array.isArray( schema.required ) ? schema.required : [];
		const required = [ ...new Set( [ ...listed, ...alwaysThere ] ) ];
		if ( required.length ) {
			result.required = required;
		}
	}
	if ( result.type === 'object' && Array.isArray( result.default ) ) {
		result.default = {};
	}
	return result;
}

/**
 * TypeScript declaration of one schema.
 *
 * @param {Object} schema Evaluated schema.
 * @param {string} name   Type name.
 * @return {Promise<string>} Declaration (unformatted).
 */
function schemaToTypeScript( schema, name ) {
	return compile( normalizeSchema( schema ), name, {
		bannerComment: '',
		additionalProperties: false,
		declareExternallyReferenced: true,
		format: false,
		strictIndexSignatures: true,
		unknownAny: true,
	} );
}

module.exports = { normalizeSchema, schemaToTypeScript };
