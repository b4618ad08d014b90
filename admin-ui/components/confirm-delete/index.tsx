/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';

type Props = {
	/** The question, naming what is deleted. */
	question: string;
	/** Deletes it (the server's refusal is shown as the error notice). */
	onDelete: () => Promise< unknown >;
	/** Notice once it is deleted. */
	deleted: string;
	/** Notice when the server answers no reason of its own. */
	failed: string;
	/** Where the screen's notices go. */
	noticeId: string;
	/** Closes the dialog, whatever the answer. */
	closeModal?: () => void;
};

/**
 * The body of a list's Delete action (`RenderModal`): the question, Cancel, and Delete, which
 * deletes, says how it went in a notice and closes the dialog.
 *
 * @param props            Component props.
 * @param props.question   The question.
 * @param props.onDelete   Deletes the record.
 * @param props.deleted    Notice once it is deleted.
 * @param props.failed     Notice when the server gives no reason.
 * @param props.noticeId   Where the notices go.
 * @param props.closeModal Closes the dialog.
 */
export default function ConfirmDelete( {
	question,
	onDelete,
	deleted,
	failed,
	noticeId,
	closeModal,
}: Props ) {
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	return (
		<div className="ttdt-record-form">
			<p>{ question }</p>
			<div className="ttdt-record-form__actions">
				<Button
					variant="tertiary"
					onClick={ closeModal }
					__next40pxDefaultSize
				>
					{ __( 'Cancel', 'ttdt-portal' ) }
				</Button>
				<Button
					variant="primary"
					isDestructive
					__next40pxDefaultSize
					onClick={ async () => {
						try {
							await onDelete();
							createSuccessNotice( deleted, { id: noticeId } );
						} catch ( error ) {
							createErrorNotice( errorMessage( error, failed ), {
								id: noticeId,
							} );
						}
						closeModal?.();
					} }
				>
					{ __( 'Delete', 'ttdt-portal' ) }
				</Button>
			</div>
		</div>
	);
}
