/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import AuditScreen from './audit-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-audit' );
	if ( root ) {
		createRoot( root ).render( <AuditScreen /> );
	}
} );
