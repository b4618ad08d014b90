/**
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import ReviewQueueScreen from './review-queue-screen';
import './screen.scss';

domReady( () => {
	const root = document.getElementById( 'ttdt-screen-review-queue' );
	if ( root ) {
		createRoot( root ).render( <ReviewQueueScreen /> );
	}
} );
