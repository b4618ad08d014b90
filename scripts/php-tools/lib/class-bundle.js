/**
 * Joins the plugin's class files into one PHP file, each class after the classes, interfaces
 * and traits of the plugin it builds on, so that one `require` declares them all.
 *
 * A file may hold only what the bundle can carry unchanged: one namespace (`namespace X;`),
 * its `use` imports, the `ABSPATH` guard and one class, interface, trait or enum; `__DIR__`
 * and `__FILE__` would name the bundle instead of the file, so they are refused.
 */
const path = require( 'path' );
const { walk } = require( './ast' );
const { parsePhpFile } = require( './parse' );

const DECLARATIONS = new Set( [ 'class', 'interface', 'trait', 'enum' ] );
const ALLOWED = new Set( [
	'usegroup',
	'expressionstatement',
	...DECLARATIONS,
] );

/** A file the bundle cannot carry, with the reason. */
class BundleError extends Error {
	/**
	 * @param {string} file    Path shown to the user.
	 * @param {string} message Why.
	 */
	constructor( file, message ) {
		super( `${ file }: ${ message }` );
		this.file = file;
	}
}

/**
 * The fully qualified name a name node refers to, from the file's imports and namespace.
 *
 * @param {Object}              node      php-parser `name` node.
 * @param {string}              namespace The file's namespace.
 * @param {Map<string, string>} imports   Alias => fully qualified name.
 * @return {string} Name without a leading backslash.
 */
function resolve( node, namespace, imports ) {
	const name = String( node.name ).replace( /^\\/, '' );
	if ( node.resolution === 'fqn' ) {
		return name;
	}
	const [ first, ...rest ] = name.split( '\\' );
	if ( imports.has( first ) ) {
		return [ imports.get( first ), ...rest ].join( '\\' );
	}
	return namespace ? `${ namespace }\\${ name }` : name;
}

/**
 * Reads one class file: its declaration, what it builds on, and its code for the bundle.
 *
 * @param {string} absolute Absolute path.
 * @param {string} file     Path shown in messages and in the bundle.
 * @return {{file: string, name: string, parents: string[], code: string}} The class.
 */
function readClassFile( absolute, file ) {
	const { ast, code } = parsePhpFile( absolute, file );
	const [ namespace, ...others ] = ast.children;
	if (
		others.length ||
		! namespace ||
		namespace.kind !== 'namespace' ||
		namespace.withBrackets
	) {
		throw new BundleError(
			file,
			'expected one `namespace …;` holding the whole file'
		);
	}
	const imports = new Map();
	const declarations = [];
	for ( const node of namespace.children ) {
		if ( ! ALLOWED.has( node.kind ) ) {
			throw new BundleError(
				file,
				`a ${ node.kind } outside a class cannot be bundled`
			);
		}
		if ( node.kind === 'usegroup' && ! node.type ) {
			for ( const item of node.items ) {
				const full = String( item.name ).replace( /^\\/, '' );
				imports.set(
					item.alias ? item.alias.name : full.split( '\\' ).pop(),
					full
				);
			}
		}
		if ( DECLARATIONS.has( node.kind ) ) {
			declarations.push( node );
		}
	}
	if ( declarations.length !== 1 ) {
		throw new BundleError(
			file,
			'expected exactly one class, interface, trait or enum'
		);
	}
	const [ declaration ] = declarations;
	const parents = [];
	const add = ( node ) =>
		node && parents.push( resolve( node, namespace.name, imports ) );
	[].concat( declaration.extends || [] ).forEach( add );
	( declaration.implements || [] ).forEach( add );
	walk( declaration, ( node ) => {
		if ( node.kind === 'magic' && /^__(DIR|FILE)__$/i.test( node.raw ) ) {
			throw new BundleError(
				file,
				`${ node.raw } would name the bundle, not this file`
			);
		}
		if ( node.kind === 'traituse' ) {
			node.traits.forEach( add );
		}
	} );
	const statement = /^namespace\s+[A-Za-z0-9_\\]+\s*;/m;
	if ( ! statement.test( code ) ) {
		throw new BundleError(
			file,
			'the `namespace …;` statement was not found'
		);
	}
	return {
		file,
		name: `${ namespace.name }\\${ declaration.name.name }`,
		parents,
		code:
			code
				.replace( /^<\?php\s*/, '' )
				.replace( statement, `namespace ${ namespace.name } {` )
				.trimEnd() + '\n}\n',
	};
}

/**
 * Orders the classes so each comes after those of the bundle it builds on (stable otherwise).
 *
 * @param {ReturnType<typeof readClassFile>[]} classes Classes, in file order.
 * @return {ReturnType<typeof readClassFile>[]} Ordered.
 */
function order( classes ) {
	const byName = new Map( classes.map( ( entry ) => [ entry.name, entry ] ) );
	const done = new Set();
	const visiting = new Set();
	const result = [];
	const visit = ( entry ) => {
		if ( done.has( entry.name ) ) {
			return;
		}
		if ( visiting.has( entry.name ) ) {
			throw new BundleError(
				entry.file,
				'a cycle of classes building on each other'
			);
		}
		visiting.add( entry.name );
		entry.parents
			.filter( ( name ) => byName.has( name ) )
			.forEach( ( name ) => visit( byName.get( name ) ) );
		visiting.delete( entry.name );
		done.add( entry.name );
		result.push( entry );
	};
	classes.forEach( visit );
	return result;
}

/**
 * The bundle's PHP source.
 *
 * @param {string}   root  Directory the files are relative to.
 * @param {string[]} files Class files, relative to `root`.
 * @return {string} PHP.
 */
function bundle( root, files ) {
	const classes = order(
		[ ...files ]
			.sort()
			.map( ( file ) => readClassFile( path.join( root, file ), file ) )
	);
	return [
		'<?php',
		'// Generated by `npm run build` (scripts/php-tools/bundle-classes.mjs) from plugin/src: do',
		'// not edit. Every class of the plugin, each after those it builds on.',
		'',
		...classes.map( ( entry ) => `// ${ entry.file }\n${ entry.code }` ),
	].join( '\n' );
}

module.exports = { bundle, order, readClassFile, BundleError };
