/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useEffect, useState } from '@wordpress/element';

/**
 * Opens a document settings panel when the item turns out to wait for the current user (the
 * server's `awaiting_you`), so a reviewer finds the comment field and history unfolded.
 *
 * The panel must be rendered only once this returns true: a panel that opens after it is
 * shown scrolls itself into view (`PanelBody`), which would push the Status row, with the
 * reviewer's state, deadline and buttons, out of sight. A panel the user closes stays closed
 * until the next item that awaits them.
 *
 * @param panelName   The panel, `<plugin>/<name>`.
 * @param awaitingYou Whether the item waits for the current user; undefined while it loads.
 * @return Whether the panel may be rendered.
 */
export function useOpenForReviewer(
	panelName: string,
	awaitingYou: boolean | undefined
): boolean {
	const isOpened = useSelect(
		( select ) => select( editorStore ).isEditorPanelOpened( panelName ),
		[ panelName ]
	);
	const { toggleEditorPanelOpened } = useDispatch( editorStore );
	const [ isReady, setReady ] = useState( false );
	useEffect( () => {
		if ( awaitingYou === undefined || isReady ) {
			return;
		}
		if ( awaitingYou && ! isOpened ) {
			toggleEditorPanelOpened( panelName );
		}
		setReady( true );
	}, [ awaitingYou, isReady, isOpened, panelName, toggleEditorPanelOpened ] );
	return isReady;
}
