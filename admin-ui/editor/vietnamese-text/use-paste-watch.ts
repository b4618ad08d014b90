/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';

/**
 * When the user last pasted into the editor (ms since the epoch), read through a ref.
 *
 * The block editor has no public hook into its paste handling, so the plugin listens to the
 * `paste` event itself, in the capture phase, on the admin page and on the editor canvas
 * iframe (whose document only exists once it has loaded). It never alters the paste: the
 * blocks the editor makes from it are converted afterwards.
 */
export function usePasteWatch() {
	const pastedAt = useRef( 0 );

	useEffect( () => {
		const onPaste = () => {
			pastedAt.current = Date.now();
		};
		const watched = new Set< Document >();
		const watch = ( doc: Document | null | undefined ) => {
			if ( doc && ! watched.has( doc ) ) {
				doc.addEventListener( 'paste', onPaste, true );
				watched.add( doc );
			}
		};
		const findCanvases = () =>
			document
				.querySelectorAll< HTMLIFrameElement >(
					'iframe[name="editor-canvas"]'
				)
				.forEach( ( frame ) => {
					watch( frame.contentDocument );
					frame.addEventListener( 'load', () =>
						watch( frame.contentDocument )
					);
				} );

		watch( document );
		findCanvases();
		const observer = new window.MutationObserver( findCanvases );
		observer.observe( document.body, { childList: true, subtree: true } );
		return () => {
			observer.disconnect();
			watched.forEach( ( doc ) =>
				doc.removeEventListener( 'paste', onPaste, true )
			);
		};
	}, [] );

	return pastedAt;
}
