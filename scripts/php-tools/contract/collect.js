/**
 * Reads the plugin's data contract out of its PHP, statically:
 * - `@contract <Type>` on a method or class constant: a JSON schema (array literal);
 * - `@contract-keys <Name> [<Type>]` on a method: the keys of the array it returns;
 * - `@contract-constants <Name> [<Type>]` on a class: its public constants;
 * - constants named `OPTION` / `*_OPTION`: option names;
 * - `register_rest_route()`, `register_post_meta()`/`register_meta()`/`register_term_meta()`,
 *   `register_post_type()`, `register_taxonomy()` calls (also inside foreach loops).
 * What cannot be resolved is reported as a problem instead of being guessed.
 */
const { Project } = require( '../lib/project' );
const { Evaluator, UNRESOLVED, isResolved } = require( '../lib/evaluate' );
const { findRestRoutes } = require( '../lib/rest-routes' );
const { iterationScopes } = require( '../lib/bindings' );
const {
	classConstants,
	classMethods,
	returnStatements,
} = require( '../lib/members' );
const { docblock, functionName, lineOf, walk } = require( '../lib/ast' );

const ANNOTATION =
	/@(contract(?:-keys|-constants)?)[ \t]+([A-Za-z_]\w*)(?:[ \t]+([A-Za-z_]\w*))?/g;

/**
 * Contract annotations of a docblock.
 *
 * @param {string} doc Docblock source.
 * @return {Array<{tag: string, name: string, type: string|undefined}>} Annotations.
 */
function annotations( doc ) {
	return [ ...doc.matchAll( ANNOTATION ) ].map(
		( [ , tag, name, type ] ) => ( { tag, name, type } )
	);
}

/**
 * The value a method returns (its last `return`), evaluated.
 *
 * @param {Evaluator} evaluator Evaluator.
 * @param {Object}    info      File info.
 * @param {Object}    classNode Class.
 * @param {Object}    method    Method.
 * @return {{value: *, problems: Object[]}} Value and what could not be evaluated.
 */
function returnedValue( evaluator, info, classNode, method ) {
	const returns = returnStatements( method );
	const scope = evaluator.scope( info, [ info.ast, classNode, method ] );
	const value = returns.length
		? evaluator.evaluate( returns[ returns.length - 1 ].expr, scope )
		: UNRESOLVED;
	return { value, problems: scope.problems };
}

/**
 * Collects the contract of a set of files.
 *
 * @param {string}   root  Repository root.
 * @param {string[]} files PHP files relative to the root.
 * @return {Object} { schemas, keys, constants, options, routes, meta, postTypes, taxonomies, problems }.
 */
function collectContract( root, files ) {
	const project = new Project( { root } );
	const evaluator = new Evaluator( project );
	const contract = {
		schemas: [],
		keys: [],
		constants: [],
		options: [],
		routes: [],
		meta: [],
		postTypes: [],
		taxonomies: [],
		problems: [],
	};
	// Annotated values are promises of a static contract: failing them fails the build.
	// Registrations that are not static are left out with a warning.
	const problem = ( file, node, message, severity = 'error' ) =>
		contract.problems.push( {
			file,
			line: lineOf( node ),
			message,
			severity,
		} );
	const describe = ( problems ) =>
		problems
			.map(
				( p ) =>
					`${ p.file }:${ lineOf( p.node ) } \`${ p.node.loc?.source || p.node.kind }\``
			)
			.join( ', ' );

	for ( const file of files ) {
		const info = project.load( file );
		for ( const [ , classNode ] of info.classes ) {
			const className = info.classNames.get( classNode );
			const shortName = className.split( '\\' ).pop();

			for ( const note of annotations( docblock( classNode ) ) ) {
				if ( note.tag !== 'contract-constants' ) {
					continue;
				}
				const values = {};
				for ( const constant of classConstants( classNode ) ) {
					if (
						[ 'private', 'protected' ].includes(
							constant.statement.visibility
						)
					) {
						continue;
					}
					const value = evaluator.classConstant(
						className,
						constant.name
					);
					if ( value === UNRESOLVED ) {
						problem(
							file,
							constant.value,
							`@contract-constants ${ note.name }: ${ constant.name } is not static`
						);
					} else {
						values[ constant.name ] = value;
					}
				}
				contract.constants.push( {
					...note,
					values,
					source: `${ shortName } (${ file })`,
				} );
			}

			for ( const constant of classConstants( classNode ) ) {
				if ( /^(?:\w+_)?OPTION$/.test( constant.name ) ) {
					const value = evaluator.classConstant(
						className,
						constant.name
					);
					if ( typeof value === 'string' ) {
						contract.options.push( {
							className,
							constant: constant.name,
							value,
						} );
					}
				}
				for ( const note of annotations(
					docblock( constant.statement )
				) ) {
					if ( note.tag === 'contract' ) {
						const value = evaluator.classConstant(
							className,
							constant.name
						);
						if ( ! isResolved( value ) ) {
							problem(
								file,
								constant.value,
								`@contract ${ note.name }: the constant is not a static array`
							);
						} else {
							contract.schemas.push( {
								...note,
								schema: value,
								source: `${ shortName }::${ constant.name } (${ file })`,
							} );
						}
					}
				}
			}

			for ( const method of classMethods( classNode ).values() ) {
				for ( const note of annotations( docblock( method ) ) ) {
					if (
						note.tag !== 'contract' &&
						note.tag !== 'contract-keys'
					) {
						continue;
					}
					const { value, problems } = returnedValue(
						evaluator,
						info,
						classNode,
						method
					);
					const where = `${ shortName }::${ method.name.name }() (${ file })`;
					if ( note.tag === 'contract' ) {
						if (
							! isResolved( value ) ||
							! value ||
							typeof value !== 'object'
						) {
							problem(
								file,
								method,
								`@contract ${ note.name }: ${ where } must return a static array; cannot evaluate ${ describe( problems ) || 'its return value' }`
							);
						} else {
							contract.schemas.push( {
								...note,
								schema: value,
								source: where,
							} );
						}
					} else if ( ! value || typeof value !== 'object' ) {
						problem(
							file,
							method,
							`@contract-keys ${ note.name }: ${ where } must return an array whose keys are static`
						);
					} else {
						contract.keys.push( {
							...note,
							keys: Object.keys( value ),
							source: where,
						} );
					}
				}
			}
		}

		for ( const route of findRestRoutes( info, evaluator ) ) {
			if ( ! route.path ) {
				problem(
					file,
					route.node,
					'the path of this REST route is not static; it is left out of contract.ts',
					'warning'
				);
				continue;
			}
			const methods = route.endpoints.flatMap(
				( endpoint ) => endpoint.methods || []
			);
			contract.routes.push( {
				namespace: route.namespace,
				route: route.route,
				methods,
				source: file,
			} );
		}

		walk( info.ast, ( node, ancestors ) => {
			const name = functionName( node );
			if (
				! [
					'register_post_meta',
					'register_meta',
					'register_term_meta',
					'register_post_type',
					'register_taxonomy',
				].includes( name )
			) {
				return;
			}
			for ( const scope of iterationScopes(
				evaluator,
				info,
				ancestors
			) ) {
				const args = node.arguments.map( ( arg ) =>
					evaluator.evaluate( arg, scope )
				);
				if (
					typeof args[ 0 ] !== 'string' ||
					( name.endsWith( '_meta' ) &&
						typeof args[ 1 ] !== 'string' )
				) {
					problem(
						file,
						node,
						`${ name }(): the ${ name.endsWith( '_meta' ) ? 'object type or meta key' : 'slug' } is not static; it is left out of contract.ts`,
						'warning'
					);
					continue;
				}
				if ( name === 'register_post_type' ) {
					contract.postTypes.push( args[ 0 ] );
				} else if ( name === 'register_taxonomy' ) {
					contract.taxonomies.push( args[ 0 ] );
				} else {
					const options =
						args[ 2 ] && typeof args[ 2 ] === 'object'
							? args[ 2 ]
							: {};
					let objectType =
						{
							register_post_meta: 'post',
							register_term_meta: 'term',
						}[ name ] || args[ 0 ];
					let subtype =
						name === 'register_meta'
							? options.object_subtype
							: args[ 0 ];
					if ( name === 'register_meta' ) {
						objectType = args[ 0 ];
					}
					if (
						subtype !== undefined &&
						typeof subtype !== 'string'
					) {
						problem(
							file,
							node,
							`${ name }( '${ args[ 1 ] }' ): the object subtype is not static; it is left out of contract.ts`,
							'warning'
						);
						continue;
					}
					subtype = subtype || '';
					contract.meta.push( {
						objectType,
						subtype,
						key: args[ 1 ],
						options,
						source: `${ file }:${ lineOf( node ) }`,
					} );
				}
			}
		} );
	}
	return contract;
}

module.exports = { annotations, collectContract };
