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
import { unitFields } from './fields';
import { toItem, toRecord, type Unit, type UnitItem } from './types';

const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'name', direction: 'asc' },
	fields: [ 'ttdt_unit_head', 'ttdt_unit_email', 'ttdt_unit_phone' ],
	titleField: 'name',
	layout: {},
};

const FORM_FIELDS = [
	'name',
	'ttdt_unit_head',
	'ttdt_unit_email',
	'ttdt_unit_phone',
];

/**
 * The units (phòng, ban, đoàn thể) feedback is forwarded to: name, head, e-mail (where the
 * answer links go) and phone. Administrators only; the organisation pages will reuse them.
 */
export default function UnitsScreen() {
	const fields = useMemo( unitFields, [] );
	return (
		<RecordsScreen< Unit, UnitItem >
			postType="ttdt_unit"
			toItem={ toItem }
			toRecord={ toRecord }
			noticeId="ttdt-unit"
			defaultView={ DEFAULT_VIEW }
			fields={ fields }
			formFields={ FORM_FIELDS }
			renamed={ { title: 'name' } }
			labels={ {
				add: __( 'Add unit', 'ttdt-portal' ),
				edit: __( 'Edit unit', 'ttdt-portal' ),
				save: __( 'Save unit', 'ttdt-portal' ),
				saved: __( 'Unit saved.', 'ttdt-portal' ),
				saveFailed: __( 'The unit could not be saved.', 'ttdt-portal' ),
				remove: __( 'Delete unit', 'ttdt-portal' ),
				removeQuestion: ( item ) =>
					sprintf(
						/* translators: %s: the unit's name. */
						__(
							'Move "%s" to the trash? Feedback already forwarded to it keeps its history.',
							'ttdt-portal'
						),
						item.name
					),
				removed: __( 'Unit deleted.', 'ttdt-portal' ),
				removeFailed: __(
					'The unit could not be deleted.',
					'ttdt-portal'
				),
				search: __( 'Search units', 'ttdt-portal' ),
			} }
		/>
	);
}
