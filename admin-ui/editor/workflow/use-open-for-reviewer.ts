/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useEffect, useRef } from '@wordpress/element';

/**
 * Opens a document settings panel once, when the item turns out to wait for the current user
 * (the server's `awaiting_you`): a reviewer finds the comment field and history unfolded. A
 * panel they close afterwards stays closed.
 *
 * @param panelName   The panel, `<plugin>/<name>`.
 * @param awaitingYou Whether the item waits for the current user.
 */
export function useOpenForReviewer(
	panelName: string,
	awaitingYou: boolean
): void {
	const isOpened = useSelect(
		( select ) => select( editorStore ).isEditorPanelOpened( panelName ),
		[ panelName ]
	);
	const { toggleEditorPanelOpened } = useDispatch( editorStore );
	const done = useRef( false );
	useEffect( () => {
		if ( ! awaitingYou || done.current ) {
			return;
		}
		done.current = true;
		if ( ! isOpened ) {
			toggleEditorPanelOpened( panelName );
		}
	}, [ awaitingYou, isOpened, panelName, toggleEditorPanelOpened ] );
}
