/**
 * Values that live in classes, for the static evaluator: class constants, `$this->`
 * properties and what static methods return, followed across files (imports, PSR-4,
 * parent classes).
 */
const { KNOWN_CLASS_CONSTANTS, UNRESOLVED } = require( './php-builtins' );
const {
	classConstants,
	classMethods,
	constructorAssignments,
	propertyDefaults,
	returnStatements,
} = require( './members' );

const MAX_DEPTH = 8;

class ClassValues {
	/**
	 * @param {import('./evaluate').Evaluator} evaluator Evaluator of expressions.
	 */
	constructor( evaluator ) {
		this.evaluator = evaluator;
		this.project = evaluator.project;
		this.cache = new Map();
	}

	/**
	 * Value of a class constant.
	 *
	 * @param {string} fqn  Class name.
	 * @param {string} name Constant name.
	 * @return {*} Value or UNRESOLVED.
	 */
	constant( fqn, name ) {
		const known = KNOWN_CLASS_CONSTANTS[ fqn.toLowerCase() ];
		if ( known && name in known ) {
			return known[ name ];
		}
		const key = `${ fqn.toLowerCase() }::${ name }`;
		if ( this.cache.has( key ) ) {
			return this.cache.get( key );
		}
		this.cache.set( key, UNRESOLVED ); // Guards against cycles.
		let value = UNRESOLVED;
		const found = this.project.findClass( fqn );
		if ( found ) {
			const constant = classConstants( found.classNode ).find(
				( c ) => c.name === name
			);
			if ( constant ) {
				value = this.evaluator.evaluate(
					constant.value,
					this.evaluator.scope( found.info, [ found.classNode ] )
				);
			} else if ( found.classNode.extends ) {
				const parent = this.project.resolveName(
					found.classNode.extends,
					found.info
				);
				value = parent ? this.constant( parent, name ) : UNRESOLVED;
			}
		}
		this.cache.set( key, value );
		return value;
	}

	/**
	 * Value of `$this->name`: constructor assignment, else property default, else parent's.
	 *
	 * @param {string} name  Property name.
	 * @param {Object} scope Scope inside the class.
	 * @param {Object} node  Node for messages.
	 * @return {*} Value or UNRESOLVED.
	 */
	property( name, scope, node ) {
		const { evaluator } = this;
		let classNode = scope.classNode;
		let info = scope.info;
		for ( let depth = 0; classNode && depth < 5; depth++ ) {
			const assigned = constructorAssignments( classNode ).get( name );
			if ( assigned ) {
				const constructor =
					classMethods( classNode ).get( '__construct' );
				const value = evaluator.evaluate( assigned, {
					...evaluator.scope( info, [ classNode, constructor ] ),
					problems: scope.problems,
				} );
				if ( value !== UNRESOLVED ) {
					return value;
				}
			}
			const initial = propertyDefaults( classNode ).get( name );
			if ( initial ) {
				return evaluator.evaluate(
					initial,
					evaluator.scope( info, [ classNode ] )
				);
			}
			const parent =
				classNode.extends &&
				this.project.resolveName( classNode.extends, info );
			const found = parent && this.project.findClass( parent );
			classNode = found?.classNode;
			info = found?.info;
		}
		return evaluator.unresolved( node, scope );
	}

	/**
	 * Value returned by a static method of a plugin class (`self::x()`, `Foo::x()`): its
	 * last `return`, with the parameters bound to the evaluated arguments.
	 *
	 * @param {Object} node  Call node.
	 * @param {Object} scope Scope.
	 * @return {*} Value or UNRESOLVED.
	 */
	staticCall( node, scope ) {
		const { evaluator } = this;
		const { what } = node;
		const fqn = this.project.resolveName(
			what.what,
			scope.info,
			scope.classNode
		);
		const found =
			fqn && what.offset.kind === 'identifier'
				? this.project.findClass( fqn )
				: undefined;
		const method =
			found &&
			classMethods( found.classNode ).get(
				what.offset.name.toLowerCase()
			);
		const returns = method ? returnStatements( method ) : [];
		if ( ! returns.length || ( scope.depth || 0 ) > MAX_DEPTH ) {
			return evaluator.unresolved( node, scope );
		}
		const bindings = new Map();
		method.arguments.forEach( ( param, index ) => {
			const arg = node.arguments[ index ];
			let value = UNRESOLVED;
			if ( arg ) {
				value = evaluator.evaluate( arg, scope );
			} else if ( param.value ) {
				value = evaluator.evaluate(
					param.value,
					evaluator.scope( found.info, [ found.classNode ] )
				);
			}
			bindings.set( param.name.name, value );
		} );
		const inner = {
			...evaluator.scope(
				found.info,
				[ found.info.ast, found.classNode, method ],
				bindings
			),
			problems: scope.problems,
			depth: ( scope.depth || 0 ) + 1,
		};
		return evaluator.evaluate( returns[ returns.length - 1 ].expr, inner );
	}
}

module.exports = { ClassValues };
