/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import StatsScreen from './stats-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-feedback-stats' );
	if ( root ) {
		createRoot( root ).render( <StatsScreen /> );
	}
} );
