/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import ArchiveScreen from './archive-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-archive' );
	if ( root ) {
		createRoot( root ).render( <ArchiveScreen /> );
	}
} );
