/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import BoardScreen from './board-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-board' );
	if ( root ) {
		createRoot( root ).render( <BoardScreen /> );
	}
} );
