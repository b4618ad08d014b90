/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import ReportsScreen from './reports-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-reports' );
	if ( root ) {
		createRoot( root ).render( <ReportsScreen /> );
	}
} );
