/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from './error-message';

type Options< T > = {
	/** Notices context of the dialog: its errors show inside it, not behind it. */
	context: string;
	/** Sends the request; throws the server's error. */
	submit: () => Promise< T >;
	/** Snackbar text once it is done (from what the server answered). */
	success: ( result: T ) => string;
	/** Message when the server gave none (a network failure). */
	failure: string;
	/** Closes the dialog. */
	onDone: () => void;
};

/**
 * The submit of a dialog's form: clears the dialog's old errors, sends, then shows a
 * snackbar and closes the dialog, or keeps it open with the server's own message (already a
 * Vietnamese sentence that says what to do next) inside it.
 *
 * @param options         Options.
 * @param options.context Notices context of the dialog.
 * @param options.submit  Sends the request.
 * @param options.success Snackbar text once it is done.
 * @param options.failure Message when the server gave none.
 * @param options.onDone  Closes the dialog.
 * @return `isSaving` while the request runs, `onSubmit` for the form, `cancel` for its
 *         Cancel button (closes and forgets the dialog's errors).
 */
export function useNoticedSubmit< T >( {
	context,
	submit,
	success,
	failure,
	onDone,
}: Options< T > ) {
	const [ isSaving, setIsSaving ] = useState( false );
	const { createErrorNotice, createSuccessNotice, removeAllNotices } =
		useDispatch( noticesStore );

	const onSubmit = async ( event?: { preventDefault: () => void } ) => {
		event?.preventDefault();
		removeAllNotices( 'default', context );
		setIsSaving( true );
		try {
			const result = await submit();
			createSuccessNotice( success( result ), { type: 'snackbar' } );
			onDone();
		} catch ( error ) {
			createErrorNotice( errorMessage( error, failure ), {
				context,
				isDismissible: false,
			} );
			setIsSaving( false );
		}
	};

	const cancel = () => {
		removeAllNotices( 'default', context );
		onDone();
	};

	return { isSaving, onSubmit, cancel };
}
