/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import OfficialsScreen from './officials-screen';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-officials' );
	if ( root ) {
		createRoot( root ).render( <OfficialsScreen /> );
	}
} );
