/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import SettingsScreen from './settings-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-settings' );
	if ( root ) {
		createRoot( root ).render( <SettingsScreen /> );
	}
} );
