/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import RoyaltyScreen from './royalty-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-royalty' );
	if ( root ) {
		createRoot( root ).render( <RoyaltyScreen /> );
	}
} );
