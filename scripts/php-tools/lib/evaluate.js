/**
 * Static evaluation of PHP expressions: literals, arrays, string concatenation, class
 * constants (followed across files), gettext calls (their English text), `apply_filters()`
 * (its unfiltered value), local variables and `$this->` properties set in the constructor.
 * Whatever depends on runtime state evaluates to UNRESOLVED, and the caller decides.
 */
const { PHP_GETTEXT } = require( './gettext' );
const {
	BINARY,
	KNOWN_CONSTANTS,
	UNRESOLVED,
	callBuiltin,
	fromPairs,
} = require( './php-builtins' );
const { ClassValues } = require( './class-values' );
const {
	closest,
	enclosingFunction,
	functionName,
	stringValue,
} = require( './ast' );
const { localAssignments } = require( './members' );

/**
 * Whether a value was fully evaluated.
 *
 * @param {*} value Value.
 * @return {boolean} False when it holds UNRESOLVED anywhere.
 */
function isResolved( value ) {
	if ( value === UNRESOLVED ) {
		return false;
	}
	if ( value && typeof value === 'object' ) {
		return Object.values( value ).every( isResolved );
	}
	return true;
}

class Evaluator {
	/**
	 * @param {import('./project').Project} project Parsed files.
	 */
	constructor( project ) {
		this.project = project;
		this.classes = new ClassValues( this );
	}

	/**
	 * Scope of a node: its file, class and function.
	 *
	 * @param {Object}   info       File info.
	 * @param {Object[]} ancestors  Ancestors of the node.
	 * @param {Map}      [bindings] Known variable values (e.g. from a foreach).
	 * @return {Object} Scope.
	 */
	scope( info, ancestors, bindings = new Map() ) {
		return {
			info,
			classNode: closest( ancestors, [ 'class', 'trait', 'enum' ] ),
			functionNode: enclosingFunction( ancestors ) || info.ast,
			bindings,
			problems: [],
		};
	}

	/**
	 * Marks a node as not statically known.
	 *
	 * @param {Object} node  Node.
	 * @param {Object} scope Scope.
	 * @return {symbol} UNRESOLVED.
	 */
	unresolved( node, scope ) {
		scope.problems?.push( { node, file: scope.info.file } );
		return UNRESOLVED;
	}

	/**
	 * Evaluates an expression.
	 *
	 * @param {Object} node  Expression node.
	 * @param {Object} scope Scope from scope().
	 * @return {*} JS value, or UNRESOLVED.
	 */
	evaluate( node, scope ) {
		if ( ! node ) {
			return UNRESOLVED;
		}
		const literal = stringValue( node );
		if ( literal !== undefined ) {
			return literal;
		}
		switch ( node.kind ) {
			case 'number':
				return Number( node.value.replace( /_/g, '' ) );
			case 'boolean':
				return node.value;
			case 'nullkeyword':
				return null;
			case 'magic':
				return node.value.toUpperCase() === '__CLASS__' &&
					scope.classNode
					? scope.info.classNames.get( scope.classNode )
					: this.unresolved( node, scope );
			case 'name': {
				const name = node.name.replace( /^\\/, '' ).toLowerCase();
				return name in KNOWN_CONSTANTS
					? KNOWN_CONSTANTS[ name ]
					: this.unresolved( node, scope );
			}
			case 'array':
				return this.evaluateArray( node, scope );
			case 'bin':
				return this.evaluateBinary( node, scope );
			case 'unary': {
				const value = this.evaluate( node.what, scope );
				if ( value === UNRESOLVED ) {
					return UNRESOLVED;
				}
				return (
					{ '-': -value, '+': +value, '!': ! value }[ node.type ] ??
					this.unresolved( node, scope )
				);
			}
			case 'cast':
				return this.evaluateCast( node, scope );
			case 'retif': {
				const test = this.evaluate( node.test, scope );
				if ( test === UNRESOLVED ) {
					return UNRESOLVED;
				}
				if ( ! node.trueExpr ) {
					return test || this.evaluate( node.falseExpr, scope );
				}
				return this.evaluate(
					test ? node.trueExpr : node.falseExpr,
					scope
				);
			}
			case 'staticlookup':
				return this.evaluateStaticLookup( node, scope );
			case 'variable':
				return this.evaluateVariable( node, scope );
			case 'propertylookup':
				if (
					node.what.kind === 'variable' &&
					node.what.name === 'this' &&
					node.offset.kind === 'identifier'
				) {
					return this.classes.property(
						node.offset.name,
						scope,
						node
					);
				}
				return this.unresolved( node, scope );
			case 'offsetlookup': {
				const container = this.evaluate( node.what, scope );
				const key = this.evaluate( node.offset, scope );
				if ( container === UNRESOLVED || key === UNRESOLVED ) {
					return UNRESOLVED;
				}
				return container &&
					typeof container === 'object' &&
					key in container
					? container[ key ]
					: this.unresolved( node, scope );
			}
			case 'call':
				return node.what.kind === 'staticlookup'
					? this.classes.staticCall( node, scope )
					: this.evaluateCall( node, scope );
			default:
				return this.unresolved( node, scope );
		}
	}

	evaluateArray( node, scope ) {
		const pairs = [];
		for ( const item of node.items.filter( Boolean ) ) {
			const entry = item.kind === 'entry' ? item : { value: item };
			const value = this.evaluate( entry.value, scope );
			if ( entry.unpack ) {
				if ( value === UNRESOLVED || typeof value !== 'object' ) {
					return UNRESOLVED;
				}
				pairs.push(
					...( Array.isArray( value )
						? value.map( ( v ) => [ null, v ] )
						: Object.entries( value ) )
				);
				continue;
			}
			let key = null;
			if ( entry.key ) {
				key = this.evaluate( entry.key, scope );
				if (
					key === UNRESOLVED ||
					( typeof key !== 'string' && typeof key !== 'number' )
				) {
					return this.unresolved( entry.key, scope );
				}
			}
			pairs.push( [ key, value ] );
		}
		return fromPairs( pairs );
	}

	evaluateBinary( node, scope ) {
		const left = this.evaluate( node.left, scope );
		if ( node.type === '??' && left !== UNRESOLVED ) {
			return left ?? this.evaluate( node.right, scope );
		}
		const right = this.evaluate( node.right, scope );
		if ( left === UNRESOLVED || right === UNRESOLVED ) {
			return UNRESOLVED;
		}
		if ( node.type === '||' || node.type === 'or' ) {
			return Boolean( left || right );
		}
		if ( node.type === '&&' || node.type === 'and' ) {
			return Boolean( left && right );
		}
		return BINARY[ node.type ]
			? BINARY[ node.type ]( left, right )
			: this.unresolved( node, scope );
	}

	evaluateCast( node, scope ) {
		const value = this.evaluate( node.expr, scope );
		if ( value === UNRESOLVED ) {
			return UNRESOLVED;
		}
		switch ( node.type ) {
			case 'int':
				return Math.trunc( Number( value ) ) || 0;
			case 'float':
				return Number( value ) || 0;
			case 'string':
				return String( value );
			case 'bool':
				return Boolean( value );
			case 'array':
				return typeof value === 'object' && value !== null
					? value
					: [ value ];
			default:
				return this.unresolved( node, scope );
		}
	}

	evaluateStaticLookup( node, scope ) {
		const fqn = this.project.resolveName(
			node.what,
			scope.info,
			scope.classNode
		);
		if ( ! fqn || node.offset.kind !== 'identifier' ) {
			return this.unresolved( node, scope );
		}
		if ( node.offset.name.toLowerCase() === 'class' ) {
			return fqn;
		}
		const value = this.classConstant( fqn, node.offset.name );
		return value === UNRESOLVED ? this.unresolved( node, scope ) : value;
	}

	/**
	 * Value of a class constant (see ClassValues).
	 *
	 * @param {string} fqn  Class name.
	 * @param {string} name Constant name.
	 * @return {*} Value or UNRESOLVED.
	 */
	classConstant( fqn, name ) {
		return this.classes.constant( fqn, name );
	}

	evaluateVariable( node, scope ) {
		if ( typeof node.name !== 'string' ) {
			return this.unresolved( node, scope );
		}
		if ( scope.bindings.has( node.name ) ) {
			return scope.bindings.get( node.name );
		}
		const assignments = (
			localAssignments( scope.functionNode ).get( node.name ) || []
		).filter(
			( assign ) => assign.loc.start.offset < node.loc.start.offset
		);
		const last = assignments[ assignments.length - 1 ];
		if ( ! last || last.operator !== '=' || last === scope.evaluating ) {
			return this.unresolved( node, scope );
		}
		return this.evaluate( last.right, { ...scope, evaluating: last } );
	}

	evaluateCall( node, scope ) {
		const name = functionName( node );
		const args = node.arguments;
		if ( PHP_GETTEXT[ name ] ) {
			return this.evaluate( args[ PHP_GETTEXT[ name ].text ], scope );
		}
		if ( name === 'apply_filters' ) {
			return this.evaluate( args[ 1 ], scope );
		}
		const values = args.map( ( arg ) => this.evaluate( arg, scope ) );
		if ( values.some( ( value ) => value === UNRESOLVED ) ) {
			return UNRESOLVED;
		}
		const result = callBuiltin( name, values );
		return result === undefined ? this.unresolved( node, scope ) : result;
	}
}

module.exports = { Evaluator, UNRESOLVED, isResolved };
