/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

/**
 * The lookup form is built by the server; the editor shows where it goes.
 */
export default function Edit() {
	return (
		<div { ...useBlockProps() }>
			<p>
				<strong>{ __( 'Feedback lookup', 'ttdt-portal' ) }</strong>
			</p>
			<p>
				{ __(
					'Visitors enter their tracking code and the e-mail address or phone number they gave, and see the status and the answer.',
					'ttdt-portal'
				) }
			</p>
		</div>
	);
}
