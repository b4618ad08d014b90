/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import type { View } from '@wordpress/dataviews';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import RecordsScreen from '../../components/records-screen';
import { officialFields, type UnitChoice } from './fields';
import { toItem, toRecord, type Official, type OfficialItem } from './types';
import './style.scss';

const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'name', direction: 'asc' },
	fields: [
		'ttdt_official_position',
		'ttdt_official_unit',
		'ttdt_official_phone',
		'ttdt_official_contact',
		'ttdt_official_shown',
	],
	titleField: 'name',
	layout: {},
};

const FORM_FIELDS = [
	'name',
	'ttdt_official_position',
	'ttdt_official_unit',
	'ttdt_official_phone',
	'ttdt_official_email',
	'ttdt_official_photo',
	'ttdt_official_order',
	'ttdt_official_contact',
	'ttdt_official_shown',
];

type Unit = { id: number; title: { raw: string } };

/**
 * The leadership and staff shown on the organisation page (Art. 4.1.1): name, position,
 * unit, contacts, photo, order, the contact officers for access-to-information requests and
 * whether the portal shows them. Managed by those who manage the units, whose registry they
 * share with the feedback inbox.
 */
export default function OfficialsScreen() {
	const units = useSelect(
		( select ) =>
			select( coreStore ).getEntityRecords( 'postType', 'ttdt_unit', {
				per_page: 100,
				context: 'edit',
				orderby: 'title',
				order: 'asc',
			} ) as Unit[] | null,
		[]
	);
	const fields = useMemo(
		() =>
			officialFields(
				( units ?? [] ).map( ( unit ): UnitChoice => ( {
					value: unit.id,
					label: unit.title.raw,
				} ) )
			),
		[ units ]
	);
	return (
		<RecordsScreen< Official, OfficialItem >
			postType="ttdt_official"
			toItem={ toItem }
			toRecord={ toRecord }
			noticeId="ttdt-official"
			defaultView={ DEFAULT_VIEW }
			fields={ fields }
			formFields={ FORM_FIELDS }
			renamed={ { title: 'name' } }
			labels={ {
				add: __( 'Add official', 'ttdt-portal' ),
				edit: __( 'Edit official', 'ttdt-portal' ),
				save: __( 'Save official', 'ttdt-portal' ),
				saved: __( 'Official saved.', 'ttdt-portal' ),
				saveFailed: __(
					'The official could not be saved.',
					'ttdt-portal'
				),
				remove: __( 'Delete official', 'ttdt-portal' ),
				removeQuestion: ( item ) =>
					sprintf(
						/* translators: %s: the official's name. */
						__(
							'Move "%s" to the trash? The organisation page no longer shows them.',
							'ttdt-portal'
						),
						item.name
					),
				removed: __( 'Official deleted.', 'ttdt-portal' ),
				removeFailed: __(
					'The official could not be deleted.',
					'ttdt-portal'
				),
				search: __( 'Search officials', 'ttdt-portal' ),
			} }
		/>
	);
}
