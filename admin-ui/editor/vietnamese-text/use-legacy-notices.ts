/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { usePasteWatch } from './use-paste-watch';
import { encodingName, type LegacyText } from './use-legacy-text';

const WARNING_ID = 'ttdt-legacy-text';
const CONVERTED_ID = 'ttdt-legacy-text-converted';

/**
 * How long after a paste new legacy text counts as pasted (the editor builds the blocks from
 * the clipboard asynchronously).
 */
const PASTE_WINDOW_MS = 3000;

/**
 * Converts legacy text right after a paste, and otherwise warns with a button to convert.
 *
 * @param legacy The post's legacy text and its converter.
 */
export function useLegacyNotices( legacy: LegacyText ) {
	const { encoding, count, convert } = legacy;
	const pastedAt = usePasteWatch();
	const { createWarningNotice, createSuccessNotice, removeNotice } =
		useDispatch( noticesStore );

	useEffect( () => {
		if ( ! encoding ) {
			removeNotice( WARNING_ID );
			return;
		}
		const announceConverted = ( converted: string ) =>
			createSuccessNotice(
				sprintf(
					/* translators: %s: encoding name, e.g. TCVN3. */
					__(
						'The text was in the old %s encoding; it has been converted to Unicode.',
						'ttdt-portal'
					),
					converted
				),
				{ id: CONVERTED_ID, type: 'snackbar' }
			);

		if ( Date.now() - pastedAt.current < PASTE_WINDOW_MS ) {
			const converted = convert();
			if ( converted ) {
				removeNotice( WARNING_ID );
				announceConverted( encodingName( converted ) );
				return;
			}
		}
		createWarningNotice(
			sprintf(
				/* translators: %s: encoding name, e.g. TCVN3. */
				__(
					'Part of this item is in the old %s encoding and will show as garbled text. Convert it to Unicode before publishing.',
					'ttdt-portal'
				),
				encodingName( encoding )
			),
			{
				id: WARNING_ID,
				isDismissible: true,
				actions: [
					{
						label: __( 'Convert to Unicode', 'ttdt-portal' ),
						onClick: () => {
							const converted = convert();
							if ( converted ) {
								announceConverted( encodingName( converted ) );
							}
						},
					},
				],
			}
		);
		// Runs again when legacy text appears, grows or goes; not on every keystroke.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ encoding, count ] );
}
