/**
 * The annotated parts of the contract, read from classes:
 * - `@contract <Type>` on a method or class constant: a JSON schema (array literal);
 * - `@contract-keys <Name> [<Type>]` on a method: the keys of the array it returns;
 * - `@contract-constants <Name> [<Type>]` on a class: its public constants;
 * - constants named `OPTION` / `*_OPTION`: option names.
 */
const { UNRESOLVED, isResolved } = require( '../lib/evaluate' );
const {
	classConstants,
	classMethods,
	returnStatements,
} = require( '../lib/members' );
const { docblock, lineOf } = require( '../lib/ast' );

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
		( [ , tag, name, type ] ) => ( {
			tag,
			name,
			type,
		} )
	);
}

/**
 * Where evaluation stopped, for messages.
 *
 * @param {Object[]} problems Evaluator problems.
 * @return {string} `file:line \`code\``, comma-separated.
 */
function describe( problems ) {
	return problems
		.map(
			( p ) =>
				`${ p.file }:${ lineOf( p.node ) } \`${ p.node.loc?.source || p.node.kind }\``
		)
		.join( ', ' );
}

/**
 * Collects the annotated values of every class of a file into the contract.
 *
 * @param {Object}   info      File info.
 * @param {Object}   evaluator Static evaluator.
 * @param {Object}   contract  Contract being collected.
 * @param {Function} problem   Reports ( node, message ) as an error.
 */
function collectAnnotated( info, evaluator, contract, problem ) {
	const file = info.file;
	for ( const classNode of info.classes.values() ) {
		const className = info.classNames.get( classNode );
		const shortName = className.split( '\\' ).pop();
		const constants = classConstants( classNode );

		for ( const note of annotations( docblock( classNode ) ) ) {
			if ( note.tag !== 'contract-constants' ) {
				continue;
			}
			const values = {};
			for ( const constant of constants ) {
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

		for ( const constant of constants ) {
			const value = evaluator.classConstant( className, constant.name );
			if (
				/^(?:\w+_)?OPTION$/.test( constant.name ) &&
				typeof value === 'string'
			) {
				contract.options.push( {
					className,
					constant: constant.name,
					value,
				} );
			}
			for ( const note of annotations(
				docblock( constant.statement )
			) ) {
				if ( note.tag !== 'contract' ) {
					continue;
				}
				if (
					! isResolved( value ) ||
					! value ||
					typeof value !== 'object'
				) {
					problem(
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

		for ( const method of classMethods( classNode ).values() ) {
			for ( const note of annotations( docblock( method ) ) ) {
				if ( note.tag !== 'contract' && note.tag !== 'contract-keys' ) {
					continue;
				}
				const returns = returnStatements( method );
				const scope = evaluator.scope( info, [
					info.ast,
					classNode,
					method,
				] );
				const value = returns.length
					? evaluator.evaluate(
							returns[ returns.length - 1 ].expr,
							scope
						)
					: UNRESOLVED;
				const where = `${ shortName }::${ method.name.name }() (${ file })`;
				const isArray = value && typeof value === 'object';
				if (
					note.tag === 'contract' &&
					isArray &&
					isResolved( value )
				) {
					contract.schemas.push( {
						...note,
						schema: value,
						source: where,
					} );
				} else if ( note.tag === 'contract' ) {
					problem(
						method,
						`@contract ${ note.name }: ${ where } must return a static array; cannot evaluate ${ describe( scope.problems ) || 'its return value' }`
					);
				} else if ( isArray ) {
					contract.keys.push( {
						...note,
						keys: Object.keys( value ),
						source: where,
					} );
				} else {
					problem(
						method,
						`@contract-keys ${ note.name }: ${ where } must return an array whose keys are static`
					);
				}
			}
		}
	}
}

module.exports = { annotations, collectAnnotated };
