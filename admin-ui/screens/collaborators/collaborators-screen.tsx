/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import RecordsScreen from '../../components/records-screen';
import { collaboratorFields } from './fields';
import {
	toItem,
	toRecord,
	type Collaborator,
	type CollaboratorItem,
} from './types';

const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'name', direction: 'asc' },
	fields: [ 'ttdt_unit', 'ttdt_phone', 'ttdt_email', 'published_count' ],
	titleField: 'name',
	layout: {},
};

const FORM_FIELDS = [
	'name',
	'ttdt_unit',
	'ttdt_phone',
	'ttdt_email',
	'ttdt_user_id',
	'ttdt_notes',
];

/**
 * The collaborator registry (Art. 6.3.5): everyone who writes for the page, with or without
 * an account, with their unit, contact and how many of their items are published.
 */
export default function CollaboratorsScreen() {
	const fields = useMemo( collaboratorFields, [] );
	return (
		<RecordsScreen< Collaborator, CollaboratorItem >
			postType="ttdt_collaborator"
			toItem={ toItem }
			toRecord={ toRecord }
			noticeId="ttdt-collaborator"
			defaultView={ DEFAULT_VIEW }
			fields={ fields }
			formFields={ FORM_FIELDS }
			renamed={ { title: 'name' } }
			labels={ {
				add: __( 'Add collaborator', 'ttdt-portal' ),
				edit: __( 'Edit collaborator', 'ttdt-portal' ),
				save: __( 'Save collaborator', 'ttdt-portal' ),
				saved: __( 'Collaborator saved.', 'ttdt-portal' ),
				saveFailed: __(
					'The collaborator could not be saved.',
					'ttdt-portal'
				),
				remove: __( 'Delete collaborator', 'ttdt-portal' ),
				removeQuestion: ( item ) =>
					sprintf(
						/* translators: %s: the collaborator's name. */
						__(
							'Move "%s" to the trash? Items they wrote keep their writer\'s name.',
							'ttdt-portal'
						),
						item.name
					),
				removed: __( 'Collaborator deleted.', 'ttdt-portal' ),
				removeFailed: __(
					'The collaborator could not be deleted.',
					'ttdt-portal'
				),
				search: __( 'Search collaborators', 'ttdt-portal' ),
			} }
		/>
	);
}
