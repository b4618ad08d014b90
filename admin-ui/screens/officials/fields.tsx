/**
 * WordPress dependencies
 */
import { __, _x } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ChoiceEdit,
	IntegerEdit,
	TelEdit,
	TextEdit,
	type CheckedField,
} from '../../components/form-controls';
import { FlagEdit, PhotoEdit } from './controls';
import { nameField } from '../../components/records-screen/name-field';
import type { OfficialItem } from './types';

/** A unit to choose from. */
export type UnitChoice = { value: number; label: string };

/**
 * The fields of an official: the list's columns and the form's controls.
 *
 * @param units The units (the one registry the feedback inbox forwards to).
 */
export function officialFields(
	units: UnitChoice[]
): CheckedField< OfficialItem >[] {
	const unitName = ( id: number ) =>
		units.find( ( unit ) => unit.value === id )?.label ?? '';
	return [
		nameField< OfficialItem >(
			__( 'Full name', 'ttdt-portal' ),
			__( "Enter the official's full name.", 'ttdt-portal' )
		),
		{
			id: 'ttdt_official_position',
			type: 'text',
			label: __( 'Position', 'ttdt-portal' ),
			Edit: TextEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_official_unit',
			type: 'integer',
			label: __( 'Unit', 'ttdt-portal' ),
			elements: [
				{ value: 0, label: __( 'Choose a unit', 'ttdt-portal' ) },
				...units,
			],
			Edit: ChoiceEdit,
			getValue: ( { item } ) => String( item.ttdt_official_unit ),
			// ChoiceEdit hands back the chosen value as text; the server takes it as a number.
			isValid: ( item ) => Number( item.ttdt_official_unit ) > 0,
			invalidMessage: __(
				'Choose the unit the official belongs to. If it is not in the list, add it on the Units screen first.',
				'ttdt-portal'
			),
			render: ( { item } ) =>
				unitName( Number( item.ttdt_official_unit ) ),
			enableSorting: false,
		},
		{
			id: 'ttdt_official_phone',
			type: 'text',
			label: __( 'Telephone', 'ttdt-portal' ),
			Edit: TelEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_official_email',
			type: 'text',
			label: __( 'E-mail', 'ttdt-portal' ),
			// Plain text: the server checks the address and says what is wrong in Vietnamese.
			Edit: TextEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_official_photo',
			type: 'integer',
			label: __( 'Photo', 'ttdt-portal' ),
			Edit: PhotoEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_official_order',
			type: 'integer',
			label: __( 'Order', 'ttdt-portal' ),
			description: __(
				'Smallest first; the unit of the smallest order comes first.',
				'ttdt-portal'
			),
			Edit: IntegerEdit,
			isValid: ( item ) =>
				Number.isInteger( item.ttdt_official_order ) &&
				item.ttdt_official_order >= 0,
			invalidMessage: __(
				'Enter a whole number, 0 or more.',
				'ttdt-portal'
			),
			enableSorting: false,
		},
		{
			id: 'ttdt_official_contact',
			type: 'text',
			label: __(
				'Contact officer for requests for information',
				'ttdt-portal'
			),
			// The full words, one line in capitals, push the list past a laptop's screen.
			header: _x(
				'Contact officer',
				'column of the officials list',
				'ttdt-portal'
			),
			Edit: FlagEdit,
			render: ( { item } ) =>
				item.ttdt_official_contact ? __( 'Yes', 'ttdt-portal' ) : '',
			enableSorting: false,
		},
		{
			id: 'ttdt_official_shown',
			type: 'text',
			label: __( 'Shown on the portal', 'ttdt-portal' ),
			Edit: FlagEdit,
			render: ( { item } ) =>
				item.ttdt_official_shown
					? __( 'Yes', 'ttdt-portal' )
					: __( 'No', 'ttdt-portal' ),
			enableSorting: false,
		},
	];
}
