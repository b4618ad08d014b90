/**
 * Static evaluation of PHP expressions: literals, arrays, string concatenation, class
 * constants (followed across files), gettext calls (their English text), `apply_filters()`
 * (its unfiltered value), local variables and `$this->` properties set in the constructor.
 * Whatever depends on runtime state evaluates to UNRESOLVED, and the caller decides.
 */
const { PHP_GETTEXT } = require( './gettext' );
const {
	closest,
	enclosingFunction,
	functionName,
	stringValue,
} = require( './ast' );
const {
	classConstants,
	constructorAssignments,
	localAssignments,
	propertyDefaults,
	classMethods,
	returnStatements,
} = require( './members' );

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

class Evaluator {
	/**
	 * @param {import('./project').Project} project Parsed files.
	 */
	constructor( project ) {
		this.project = project;
		this.constantCache = new Map();
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
					return this.thisProperty( node.offset.name, scope, node );
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
					? this.evaluateStaticCall( node, scope )
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
	 * Value of a class constant, following `self::`/imports/PSR-4 and parent classes.
	 *
	 * @param {string} fqn  Class name.
	 * @param {string} name Constant name.
	 * @return {*} Value or UNRESOLVED.
	 */
	classConstant( fqn, name ) {
		const known = KNOWN_CLASS_CONSTANTS[ fqn.toLowerCase() ];
		if ( known && name in known ) {
			return known[ name ];
		}
		const key = `${ fqn.toLowerCase() }::${ name }`;
		if ( this.constantCache.has( key ) ) {
			return this.constantCache.get( key );
		}
		this.constantCache.set( key, UNRESOLVED ); // Guards against cycles.
		let value = UNRESOLVED;
		const found = this.project.findClass( fqn );
		if ( found ) {
			const constant = classConstants( found.classNode ).find(
				( c ) => c.name === name
			);
			const scope = this.scope( found.info, [ found.classNode ] );
			if ( constant ) {
				value = this.evaluate( constant.value, scope );
			} else if ( found.classNode.extends ) {
				const parent = this.project.resolveName(
					found.classNode.extends,
					found.info
				);
				value = parent
					? this.classConstant( parent, name )
					: UNRESOLVED;
			}
		}
		this.constantCache.set( key, value );
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
	thisProperty( name, scope, node ) {
		let classNode = scope.classNode;
		let info = scope.info;
		for ( let depth = 0; classNode && depth < 5; depth++ ) {
			const assigned = constructorAssignments( classNode ).get( name );
			if ( assigned ) {
				const constructor =
					classMethods( classNode ).get( '__construct' );
				const value = this.evaluate( assigned, {
					...this.scope( info, [ classNode, constructor ] ),
					problems: scope.problems,
				} );
				if ( value !== UNRESOLVED ) {
					return value;
				}
			}
			const initial = propertyDefaults( classNode ).get( name );
			if ( initial ) {
				return this.evaluate(
					initial,
					this.scope( info, [ classNode ] )
				);
			}
			const parent =
				classNode.extends &&
				this.project.resolveName( classNode.extends, info );
			const found = parent && this.project.findClass( parent );
			classNode = found?.classNode;
			info = found?.info;
		}
		return this.unresolved( node, scope );
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

	/**
	 * Value returned by a static method of a plugin class (`self::x()`, `Foo::x()`): its
	 * last `return`, with the parameters bound to the evaluated arguments.
	 *
	 * @param {Object} node  Call node.
	 * @param {Object} scope Scope.
	 * @return {*} Value or UNRESOLVED.
	 */
	evaluateStaticCall( node, scope ) {
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
		if ( ! returns.length || ( scope.depth || 0 ) > 8 ) {
			return this.unresolved( node, scope );
		}
		const bindings = new Map();
		method.arguments.forEach( ( param, index ) => {
			const arg = node.arguments[ index ];
			let value = UNRESOLVED;
			if ( arg ) {
				value = this.evaluate( arg, scope );
			} else if ( param.value ) {
				value = this.evaluate(
					param.value,
					this.scope( found.info, [ found.classNode ] )
				);
			}
			bindings.set( param.name.name, value );
		} );
		const inner = {
			...this.scope(
				found.info,
				[ found.info.ast, found.classNode, method ],
				bindings
			),
			problems: scope.problems,
			depth: ( scope.depth || 0 ) + 1,
		};
		return this.evaluate( returns[ returns.length - 1 ].expr, inner );
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
		switch ( name ) {
			case 'array_merge':
				return values.every( ( v ) => v && typeof v === 'object' )
					? arrayMerge( values )
					: this.unresolved( node, scope );
			case 'array_keys':
				return Array.isArray( values[ 0 ] )
					? values[ 0 ].map( ( _, index ) => index )
					: Object.keys( values[ 0 ] || {} );
			case 'array_values':
				return Object.values( values[ 0 ] || {} );
			case 'array_diff':
				return Object.values( values[ 0 ] || {} ).filter(
					( item ) =>
						! values
							.slice( 1 )
							.some( ( other ) =>
								Object.values( other || {} ).includes( item )
							)
				);
			case 'array_fill_keys':
				return Object.fromEntries(
					( values[ 0 ] || [] ).map( ( key ) => [ key, values[ 1 ] ] )
				);
			default:
				return this.unresolved( node, scope );
		}
	}
}

module.exports = { Evaluator, UNRESOLVED, isResolved };
