/**
 * Members of a class node (methods, constants, properties) and local variable assignments
 * of a function, the raw material of static evaluation.
 */
const { walkOwnScope } = require( './ast' );

/**
 * Methods of a class by lower-case name.
 *
 * @param {Object} classNode Class node.
 * @return {Map<string, Object>} Methods.
 */
function classMethods( classNode ) {
	const methods = new Map();
	for ( const member of classNode?.body || [] ) {
		if ( member.kind === 'method' ) {
			methods.set( member.name.name.toLowerCase(), member );
		}
	}
	return methods;
}

/**
 * Constants of a class, with the statement (for visibility and docblock) of each.
 *
 * @param {Object} classNode Class node.
 * @return {Array<{name: string, value: Object, statement: Object}>} Constants in order.
 */
function classConstants( classNode ) {
	const constants = [];
	for ( const member of classNode?.body || [] ) {
		if ( member.kind === 'classconstant' ) {
			for ( const constant of member.constants ) {
				constants.push( {
					name: constant.name.name ?? constant.name,
					value: constant.value,
					statement: member,
				} );
			}
		}
	}
	return constants;
}

/**
 * Property defaults of a class by name.
 *
 * @param {Object} classNode Class node.
 * @return {Map<string, Object>} Name => default value node.
 */
function propertyDefaults( classNode ) {
	const defaults = new Map();
	for ( const member of classNode?.body || [] ) {
		if ( member.kind === 'propertystatement' ) {
			for ( const property of member.properties ) {
				if ( property.value ) {
					defaults.set( property.name.name, property.value );
				}
			}
		}
	}
	return defaults;
}

/**
 * `$this->x = value` assignments in the constructor, by property name.
 *
 * @param {Object} classNode Class node.
 * @return {Map<string, Object>} Name => assigned value node.
 */
function constructorAssignments( classNode ) {
	const assigned = new Map();
	const constructor = classMethods( classNode ).get( '__construct' );
	if ( ! constructor?.body ) {
		return assigned;
	}
	walkOwnScope( constructor.body, ( node ) => {
		if (
			node.kind === 'assign' &&
			node.operator === '=' &&
			node.left.kind === 'propertylookup' &&
			node.left.what.kind === 'variable' &&
			node.left.what.name === 'this' &&
			node.left.offset.kind === 'identifier'
		) {
			assigned.set( node.left.offset.name, node.right );
		}
	} );
	return assigned;
}

const assignmentCache = new WeakMap();

/**
 * Plain `$var = value` assignments of one function (or file scope), by variable name, in
 * source order.
 *
 * @param {Object} scopeNode Function, method, closure or program node.
 * @return {Map<string, Object[]>} Name => assign nodes.
 */
function localAssignments( scopeNode ) {
	if ( ! scopeNode ) {
		return new Map();
	}
	if ( assignmentCache.has( scopeNode ) ) {
		return assignmentCache.get( scopeNode );
	}
	const assignments = new Map();
	const body = scopeNode.kind === 'program' ? scopeNode : scopeNode.body;
	if ( body && body.kind ) {
		walkOwnScope( body, ( node ) => {
			if (
				node.kind === 'assign' &&
				node.left.kind === 'variable' &&
				typeof node.left.name === 'string'
			) {
				const list = assignments.get( node.left.name ) || [];
				list.push( node );
				assignments.set( node.left.name, list );
			}
		} );
	}
	assignmentCache.set( scopeNode, assignments );
	return assignments;
}

/**
 * The `return` statements of a function body (not of nested functions).
 *
 * @param {Object} functionNode Function or method.
 * @return {Object[]} Return nodes.
 */
function returnStatements( functionNode ) {
	const returns = [];
	if ( functionNode?.body?.kind ) {
		walkOwnScope( functionNode.body, ( node ) => {
			if ( node.kind === 'return' ) {
				returns.push( node );
			}
		} );
	}
	return returns;
}

module.exports = {
	classConstants,
	classMethods,
	constructorAssignments,
	localAssignments,
	propertyDefaults,
	returnStatements,
};
