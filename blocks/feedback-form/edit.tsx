/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

/**
 * The form is built by the server (fields, consent text, limits, the signed form time), so
 * the editor shows where it goes, not a copy that could be sent from the editor.
 */
export default function Edit() {
	return (
		<div
			{ ...useBlockProps( { className: 'ttdt-feedback-form--editor' } ) }
		>
			<p>
				<strong>
					{ __( 'Citizen feedback form', 'ttdt-portal' ) }
				</strong>
			</p>
			<p>
				{ __(
					'Visitors see the form here: name, e-mail or phone, address, kind of feedback, subject, content, up to three attachments and the consent to the processing of their personal data. After sending, they get a tracking code.',
					'ttdt-portal'
				) }
			</p>
		</div>
	);
}
