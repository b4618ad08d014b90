/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import UnitsScreen from './units-screen';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-units' );
	if ( root ) {
		createRoot( root ).render( <UnitsScreen /> );
	}
} );
