/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

/**
 * The period, files and form are read from the draft's fields on its public page; while
 * editing, the block only says what it will show.
 */
export default function Edit() {
	return (
		<div { ...useBlockProps() }>
			<p className="ttdt-draft-comments__placeholder">
				{ __(
					'The comment period, the files of the draft, the comment form (while the period is open) and the report on the comments appear here.',
					'ttdt-portal'
				) }
			</p>
		</div>
	);
}
