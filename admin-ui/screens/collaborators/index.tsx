/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import CollaboratorsScreen from './collaborators-screen';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-collaborators' );
	if ( root ) {
		createRoot( root ).render( <CollaboratorsScreen /> );
	}
} );
