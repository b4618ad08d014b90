/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import NetworkOverviewScreen from './network-overview-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-network-overview' );
	if ( root ) {
		createRoot( root ).render( <NetworkOverviewScreen /> );
	}
} );
