/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	TelEdit,
	TextEdit,
	type CheckedField,
} from '../../components/form-controls';
import { nameField } from '../../components/records-screen/name-field';
import type { UnitItem } from './types';

/**
 * The fields of a unit: the list's columns and the form's controls.
 */
export function unitFields(): CheckedField< UnitItem >[] {
	return [
		nameField< UnitItem >(
			__( 'Unit name', 'ttdt-portal' ),
			__( "Enter the unit's name.", 'ttdt-portal' )
		),
		{
			id: 'ttdt_unit_head',
			type: 'text',
			label: __( 'Head', 'ttdt-portal' ),
			Edit: TextEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_unit_email',
			type: 'text',
			label: __( 'E-mail', 'ttdt-portal' ),
			// Plain text: the server checks the address and says what is wrong in Vietnamese.
			Edit: TextEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_unit_phone',
			type: 'text',
			label: __( 'Telephone', 'ttdt-portal' ),
			Edit: TelEdit,
			enableSorting: false,
		},
	];
}
