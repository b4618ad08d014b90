/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import InboxScreen from './inbox-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-feedback-inbox' );
	if ( root ) {
		createRoot( root ).render( <InboxScreen /> );
	}
} );
