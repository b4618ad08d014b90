/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import QuotaScreen from './quota-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-quota' );
	if ( root ) {
		createRoot( root ).render( <QuotaScreen /> );
	}
} );
