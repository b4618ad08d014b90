/**
 * External dependencies
 */
import fc from 'fast-check';

/**
 * Payload generators for the REST fuzz test: values that fit each argument's schema (as the
 * REST index describes it) mixed with hostile ones.
 */

export type ArgSchema = {
	type?: string | string[];
	required?: boolean;
	enum?: unknown[];
	pattern?: string;
	minimum?: number;
	maximum?: number;
	maxLength?: number;
	items?: ArgSchema;
	properties?: Record< string, ArgSchema >;
};

/**
 * Bytes that are not valid UTF-8, carried to the PHP runner as base64.
 * @param raw
 */
const bytes = ( raw: number[] ) => ( {
	$bytes: Buffer.from( raw ).toString( 'base64' ),
} );

/**
 * Nested arrays/objects `depth` levels deep.
 * @param depth
 * @param object
 */
function deep( depth: number, object: boolean ): unknown {
	let value: unknown = 'đáy';
	for ( let i = 0; i < depth; i++ ) {
		value = object ? { a: value } : [ value ];
	}
	return value;
}

const HOSTILE: unknown[] = [
	'',
	' ',
	'x'.repeat( 70_000 ),
	'Tiếng Việt '.repeat( 5_000 ),
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'<!-- wp:html --><iframe src="javascript:alert(1)"></iframe><!-- /wp:html -->',
	"'; DROP TABLE wp_posts; --",
	'%00\u0000nul',
	'\u202egnp.exe',
	'😀'.repeat( 300 ),
	'../../../../etc/passwd',
	'1e999',
	'NaN',
	'-1',
	'2026-02-31',
	'9999-99-99T99:99:99',
	bytes( [ 0xc3, 0x28 ] ),
	bytes( [ 0xff, 0xfe, 0x41 ] ),
	bytes( [ 0xed, 0xa0, 0x80 ] ),
	bytes( [ 0xe2, 0x82 ] ),
	-1,
	0,
	-2147483649,
	2147483648,
	Number.MAX_SAFE_INTEGER,
	-Number.MAX_SAFE_INTEGER,
	1e308,
	-1e308,
	0.5,
	true,
	false,
	null,
	[],
	{},
	[ 1, 'a', null ],
	{ id: 1, $where: 1 },
	deep( 64, false ),
	deep( 64, true ),
	deep( 600, false ),
	Array.from( { length: 2000 }, ( _, i ) => i ),
];

/** Any hostile value. */
export const hostile = fc.constantFrom( ...HOSTILE );

/**
 * A value that fits a schema (loosely: the fuzz is about what happens at the edges).
 *
 * @param schema Argument schema.
 * @param depth  Nesting so far.
 */
export function fitting(
	schema: ArgSchema,
	depth = 0
): fc.Arbitrary< unknown > {
	if ( schema.enum?.length ) {
		return fc.constantFrom( ...schema.enum );
	}
	const types = (
		Array.isArray( schema.type ) ? schema.type : [ schema.type ?? 'string' ]
	).filter( ( type ) => type !== 'null' );
	const options = types.map( ( type ) => {
		switch ( type ) {
			case 'integer':
				return fc.integer( {
					min: schema.minimum ?? -1000,
					max: schema.maximum ?? 100_000,
				} );
			case 'number':
				return fc.double( {
					min: schema.minimum ?? -1e6,
					max: schema.maximum ?? 1e6,
					noNaN: true,
				} );
			case 'boolean':
				return fc.boolean();
			case 'array':
				return depth > 2
					? fc.constant( [] )
					: fc.array( fitting( schema.items ?? {}, depth + 1 ), {
							maxLength: 5,
						} );
			case 'object':
				return depth > 2 || ! schema.properties
					? fc.dictionary(
							fc.string( { maxLength: 8 } ),
							fc.string( { maxLength: 20 } ),
							{ maxKeys: 3 }
						)
					: fc.record(
							Object.fromEntries(
								Object.entries( schema.properties ).map(
									( [ key, sub ] ) => [
										key,
										fitting( sub, depth + 1 ),
									]
								)
							),
							{ requiredKeys: [] }
						);
			default:
				if ( schema.pattern ) {
					try {
						return fc.stringMatching(
							new RegExp( schema.pattern )
						);
					} catch {}
				}
				return fc.string( {
					maxLength: schema.maxLength ?? 200,
					unit: 'grapheme',
				} );
		}
	} );
	return options.length ? fc.oneof( ...options ) : fc.string();
}

/**
 * A request's arguments: each declared argument absent, fitting or hostile, sometimes with
 * an unknown one.
 *
 * @param args Arguments of the endpoint from the REST index.
 */
export function payload(
	args: Record< string, ArgSchema >
): fc.Arbitrary< Record< string, unknown > > {
	const entries = Object.entries( args ).filter(
		( [ name ] ) => name !== 'id'
	);
	const model: Record< string, fc.Arbitrary< unknown > > = {};
	for ( const [ name, schema ] of entries ) {
		model[ name ] = fc.oneof(
			{ weight: 3, arbitrary: fitting( schema ) },
			{ weight: 2, arbitrary: hostile }
		);
	}
	model.__extra = fc.option( hostile, { freq: 5 } );
	return fc.record( model, { requiredKeys: [] } ).map( ( value ) => {
		const { __extra: extra, ...rest } = value as Record< string, unknown >;
		return extra === null || extra === undefined
			? rest
			: { ...rest, zz_unknown: extra };
	} );
}
