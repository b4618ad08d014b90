/**
 * PHP owns the shapes and the names of its values: the contract generator writes the types
 * (`data/generated/`), the REST schemas send the names (`x-labels`). This test fails when
 * admin-ui writes either again by hand: a gettext message equal to one of PHP's value names,
 * or an object type with exactly the keys of a generated one.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve( __dirname, '../../..' );
const ADMIN_UI = path.join( ROOT, 'admin-ui' );
const GENERATED = path.join( ADMIN_UI, 'data/generated' );

/**
 * Files under a folder with one of the extensions.
 *
 * @param dir  Folder.
 * @param exts Extensions.
 */
function filesOf( dir: string, exts: string[] ): string[] {
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const full = path.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return [ 'node_modules', 'test', 'generated' ].includes(
					entry.name
				)
					? []
					: filesOf( full, exts );
			}
			return exts.some( ( ext ) => entry.name.endsWith( ext ) )
				? [ full ]
				: [];
		} );
}

/**
 * Copies another branch is removing (the workflow screens, which this branch does not
 * touch, still name states and history steps in `data/workflow.ts`). An entry here must
 * still have copies: once they are gone, the entry goes too.
 */
const PENDING = new Set< string >( [] );

const STRING = `'((?:[^'\\\\]|\\\\.)*)'`;
const X_CALL = new RegExp( `_x\\(\\s*${ STRING }\\s*,\\s*${ STRING }`, 'g' );
const PLAIN_CALL = new RegExp( `(?<![\\w])__\\(\\s*${ STRING }`, 'g' );

/**
 * The gettext messages of PHP's value names. A method named `labels()` or `*_labels()` maps
 * values to their names: its `__()` messages are names, and so is every `_x()` message, in
 * any file, whose context one of those methods uses (`role`, `board position`…).
 */
function phpValueNames(): Map< string, string > {
	const names = new Map< string, string >();
	const contexts = new Set< string >();
	const sources = filesOf( path.join( ROOT, 'plugin/src' ), [ '.php' ] ).map(
		( file ) => ( {
			file: path.relative( ROOT, file ),
			source: fs.readFileSync( file, 'utf8' ),
		} )
	);
	for ( const { file, source } of sources ) {
		for ( const method of source.split(
			/\n\t(?=(?:public|private|protected) )/
		) ) {
			if (
				! /^\w+ (?:static )?function (?:\w+_)?labels\s*\(/.test(
					method
				)
			) {
				continue;
			}
			for ( const [ , text ] of method.matchAll( PLAIN_CALL ) ) {
				names.set( text, file );
			}
			for ( const [ , , context ] of method.matchAll( X_CALL ) ) {
				contexts.add( context );
			}
		}
	}
	for ( const { file, source } of sources ) {
		for ( const [ , text, context ] of source.matchAll( X_CALL ) ) {
			if ( contexts.has( context ) ) {
				names.set( `${ context }\u0004${ text }`, file );
			}
		}
	}
	return names;
}

/**
 * Gettext messages written in admin-ui, with where.
 */
function scriptMessages(): Array< { key: string; where: string } > {
	return filesOf( ADMIN_UI, [ '.ts', '.tsx' ] ).flatMap( ( file ) => {
		const source = fs.readFileSync( file, 'utf8' );
		const where = ( index: number ) =>
			`${ path.relative( ROOT, file ) }:${
				source.slice( 0, index ).split( '\n' ).length
			}`;
		return [
			...[ ...source.matchAll( X_CALL ) ].map( ( match ) => ( {
				key: `${ match[ 2 ] }\u0004${ match[ 1 ] }`,
				where: where( match.index ?? 0 ),
			} ) ),
			...[ ...source.matchAll( PLAIN_CALL ) ].map( ( match ) => ( {
				key: match[ 1 ],
				where: where( match.index ?? 0 ),
			} ) ),
		];
	} );
}

/**
 * The property names of every object type (type literal or interface) of a file, with its
 * name and line, sorted and joined, for types of three properties or more.
 *
 * @param file TypeScript file.
 */
function objectTypes(
	file: string
): Array< { keys: string; where: string; name: string } > {
	const source = ts.createSourceFile(
		file,
		fs.readFileSync( file, 'utf8' ),
		ts.ScriptTarget.Latest,
		true
	);
	const found: Array< { keys: string; where: string; name: string } > = [];
	const visit = ( node: ts.Node ) => {
		if (
			ts.isTypeLiteralNode( node ) ||
			ts.isInterfaceDeclaration( node )
		) {
			const keys = node.members
				.map( ( member ) => member.name?.getText( source ) )
				.filter( ( key ): key is string => !! key )
				.map( ( key ) => key.replace( /^['"]|['"]$/g, '' ) )
				.sort();
			if ( keys.length >= 3 ) {
				const owner = ts.isInterfaceDeclaration( node )
					? node
					: node.parent;
				found.push( {
					keys: keys.join( ',' ),
					name:
						owner && 'name' in owner && owner.name
							? ( owner.name as ts.Node ).getText( source )
							: '(anonymous)',
					where: `${ path.relative( ROOT, file ) }:${
						source.getLineAndCharacterOfPosition( node.getStart() )
							.line + 1
					}`,
				} );
			}
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return found;
}

describe( 'no hand-written copy of a PHP shape or name in admin-ui', () => {
	it( 'has the generated contract to compare with', () => {
		expect( fs.existsSync( path.join( GENERATED, 'schemas.ts' ) ) ).toBe(
			true
		);
		expect( phpValueNames().size ).toBeGreaterThan( 10 );
	} );

	it( 'writes no name of a PHP value again (the REST schema sends it)', () => {
		const names = phpValueNames();
		const found = scriptMessages().filter( ( { key } ) =>
			names.has( key )
		);
		const fileOf = ( where: string ) => where.replace( /:\d+$/, '' );
		expect(
			[ ...PENDING ].filter(
				( file ) =>
					! found.some( ( copy ) => fileOf( copy.where ) === file )
			)
		).toEqual( [] );
		const copies = found
			.filter( ( { where } ) => ! PENDING.has( fileOf( where ) ) )
			.map(
				( { key, where } ) =>
					`${ where }: "${ key.replace( '\u0004', '" / "' ) }" is named in ${ names.get(
						key
					) }`
			);
		expect( copies ).toEqual( [] );
	} );

	it( 'declares no object type with the keys of a generated one', () => {
		const generated = new Map(
			filesOf( GENERATED, [ '.ts' ] )
				.concat(
					fs
						.readdirSync( GENERATED )
						.map( ( name ) => path.join( GENERATED, name ) )
				)
				.flatMap( objectTypes )
				.map( ( type ) => [ type.keys, type.where ] )
		);
		const copies = filesOf( ADMIN_UI, [ '.ts', '.tsx' ] )
			.flatMap( objectTypes )
			.filter( ( type ) => generated.has( type.keys ) )
			.map(
				( type ) =>
					`${ type.where }: ${ type.name } has the keys of ${ generated.get(
						type.keys
					) }`
			);
		expect( copies ).toEqual( [] );
	} );
} );
