/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import MyRoyalty from './my-royalty';
import '../royalty/screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-my-royalty' );
	if ( root ) {
		createRoot( root ).render( <MyRoyalty /> );
	}
} );
