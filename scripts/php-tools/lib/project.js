/**
 * The plugin's PHP as a set of parsed files with their namespaces and `use` imports, so a
 * name like `Capabilities::APPROVE` in one file can be followed to the class that defines it
 * (PSR-4: `Ttdt\X\Y` lives in `plugin/src/X/Y.php`).
 */
const fs = require( 'fs' );
const path = require( 'path' );

const { parsePhp } = require( './parse' );
const { walk } = require( './ast' );

const DEFAULT_PSR4 = { 'Ttdt\\': 'plugin/src/' };

/**
 * Reads namespace, imports, classes and functions of a parsed file.
 *
 * @param {Object} parsed Result of parsePhp().
 * @return {Object} File info.
 */
function indexFile( parsed ) {
	const info = {
		...parsed,
		namespace: '',
		uses: new Map(),
		classes: new Map(),
		functions: new Map(),
		classNames: new WeakMap(),
	};
	walk( parsed.ast, ( node ) => {
		if ( node.kind === 'namespace' ) {
			info.namespace = node.name.replace( /^\\/, '' );
		} else if ( node.kind === 'usegroup' && ! node.type ) {
			for ( const item of node.items ) {
				const full = [ node.name, item.name ]
					.filter( Boolean )
					.join( '\\' );
				const alias = item.alias?.name || full.split( '\\' ).pop();
				info.uses.set( alias.toLowerCase(), full.replace( /^\\/, '' ) );
			}
		} else if (
			node.kind === 'class' ||
			node.kind === 'interface' ||
			node.kind === 'trait' ||
			node.kind === 'enum'
		) {
			if ( node.name?.name ) {
				const fqn = [ info.namespace, node.name.name ]
					.filter( Boolean )
					.join( '\\' );
				info.classes.set( fqn.toLowerCase(), node );
				info.classNames.set( node, fqn );
			}
			return true;
		} else if ( node.kind === 'function' ) {
			info.functions.set( node.name.name.toLowerCase(), node );
		}
		return true;
	} );
	return info;
}

class Project {
	/**
	 * @param {Object} [options]      Options.
	 * @param {string} [options.root] Repository root.
	 * @param {Object} [options.psr4] Namespace prefix => folder relative to the root.
	 */
	constructor( { root = process.cwd(), psr4 = DEFAULT_PSR4 } = {} ) {
		this.root = root;
		this.psr4 = psr4;
		this.files = new Map();
	}

	/**
	 * Parses and indexes source that is not (or not necessarily) on disk.
	 *
	 * @param {string} code Source.
	 * @param {string} file Path relative to the root, used in messages.
	 * @return {Object} File info.
	 */
	addSource( code, file ) {
		const info = indexFile( parsePhp( code, file ) );
		this.files.set( file, info );
		return info;
	}

	/**
	 * Parses and indexes a file once.
	 *
	 * @param {string} file Path relative to the root.
	 * @return {Object} File info.
	 */
	load( file ) {
		if ( ! this.files.has( file ) ) {
			const code = fs.readFileSync(
				path.join( this.root, file ),
				'utf8'
			);
			this.addSource( code, file );
		}
		return this.files.get( file );
	}

	/**
	 * Fully qualified name of a class name node as written in a file.
	 *
	 * @param {Object} nameNode    `name` node (or self/static/parent reference).
	 * @param {Object} info        File info.
	 * @param {Object} [classNode] Enclosing class, for self/static/parent.
	 * @return {string|undefined} FQN without leading backslash.
	 */
	resolveName( nameNode, info, classNode ) {
		if ( ! nameNode ) {
			return undefined;
		}
		if (
			[ 'selfreference', 'staticreference' ].includes( nameNode.kind )
		) {
			return classNode ? info.classNames.get( classNode ) : undefined;
		}
		if ( nameNode.kind === 'parentreference' ) {
			return classNode?.extends
				? this.resolveName( classNode.extends, info, undefined )
				: undefined;
		}
		if ( nameNode.kind !== 'name' ) {
			return undefined;
		}
		const name = nameNode.name;
		if ( name.startsWith( '\\' ) ) {
			return name.slice( 1 );
		}
		const [ first, ...rest ] = name.split( '\\' );
		const imported = info.uses.get( first.toLowerCase() );
		if ( imported ) {
			return [ imported, ...rest ].join( '\\' );
		}
		return [ info.namespace, name ].filter( Boolean ).join( '\\' );
	}

	/**
	 * Finds a class among the loaded files or through PSR-4.
	 *
	 * @param {string} fqn Fully qualified class name.
	 * @return {{classNode: Object, info: Object}|undefined} Class and its file.
	 */
	findClass( fqn ) {
		const key = fqn.toLowerCase();
		for ( const info of this.files.values() ) {
			if ( info.classes.has( key ) ) {
				return { classNode: info.classes.get( key ), info };
			}
		}
		for ( const [ prefix, dir ] of Object.entries( this.psr4 ) ) {
			if ( ! fqn.startsWith( prefix ) ) {
				continue;
			}
			const relative = fqn
				.slice( prefix.length )
				.split( '\\' )
				.join( '/' );
			const file = path.posix.join( dir, `${ relative }.php` );
			if ( ! fs.existsSync( path.join( this.root, file ) ) ) {
				continue;
			}
			const info = this.load( file );
			if ( info.classes.has( key ) ) {
				return { classNode: info.classes.get( key ), info };
			}
		}
		return undefined;
	}
}

module.exports = { Project, indexFile };
