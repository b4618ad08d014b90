/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';

// The screens as `npm run build` writes them (the test command builds before jest runs).
const BUILT = path.resolve(
	__dirname,
	'../../../plugin/build/admin-ui/screens'
);

/**
 * The built screens whose script renders a DataViews list, with the styles they load.
 */
function listScreens() {
	return fs
		.readdirSync( BUILT )
		.filter( ( file ) => /^[a-z-]+\.js$/.test( file ) )
		.map( ( file ) => path.basename( file, '.js' ) )
		.filter( ( name ) =>
			fs
				.readFileSync( path.join( BUILT, `${ name }.js` ), 'utf8' )
				.includes( 'dataviews-wrapper' )
		)
		.map( ( name ) => ( {
			name,
			css: [ `${ name }.css`, `style-${ name }.css` ]
				.map( ( file ) => path.join( BUILT, file ) )
				.filter( ( file ) => fs.existsSync( file ) )
				.map( ( file ) => fs.readFileSync( file, 'utf8' ) )
				.join( '\n' ),
		} ) );
}

describe( 'Admin screens with a DataViews list', () => {
	test( 'are built', () => {
		expect( fs.existsSync( BUILT ) ).toBe( true );
		expect( listScreens().length ).toBeGreaterThanOrEqual( 10 );
	} );

	// WordPress registers no stylesheet for DataViews: a screen that does not bundle its
	// styles shows the list unstyled, and a wide table widens the whole page on a phone.
	test.each( fs.existsSync( BUILT ) ? listScreens() : [] )(
		'$name bundles the DataViews styles',
		( { css } ) => {
			expect( css ).toContain( '.dataviews-wrapper{' );
		}
	);
} );
