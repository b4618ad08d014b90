/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

/**
 * The details are read from the item's fields on its public page; while editing, the fields
 * are edited where they are, so the block only says what it will show.
 */
export default function Edit() {
	return (
		<div { ...useBlockProps() }>
			<p className="ttdt-item-details__placeholder">
				{ __(
					'The number, dates, standing, files and relations of the document (or the steps, fees and forms of the procedure) appear here.',
					'ttdt-portal'
				) }
			</p>
		</div>
	);
}
