/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import PlansScreen from './plans-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-plans' );
	if ( root ) {
		createRoot( root ).render( <PlansScreen /> );
	}
} );
