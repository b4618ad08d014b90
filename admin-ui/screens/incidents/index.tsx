/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import IncidentsScreen from './incidents-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-incidents' );
	if ( root ) {
		createRoot( root ).render( <IncidentsScreen /> );
	}
} );
