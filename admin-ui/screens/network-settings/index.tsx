/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import NetworkSettingsScreen from './network-settings-screen';
import '../settings/screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-network-settings' );
	if ( root ) {
		createRoot( root ).render( <NetworkSettingsScreen /> );
	}
} );
