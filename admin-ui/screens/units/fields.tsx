/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { UnitItem } from './types';

/**
 * The fields of a unit: the list's columns and the form's controls.
 */
export function unitFields(): Field< UnitItem >[] {
	return [
		{
			id: 'name',
			type: 'text',
			label: __( 'Unit name', 'ttdt-portal' ),
			render: ( { item } ) => <strong>{ item.name }</strong>,
			enableHiding: false,
			enableGlobalSearch: true,
		},
		{
			id: 'ttdt_unit_head',
			type: 'text',
			label: __( 'Head', 'ttdt-portal' ),
			enableSorting: false,
		},
		{
			id: 'ttdt_unit_email',
			type: 'text',
			label: __( 'E-mail', 'ttdt-portal' ),
			enableSorting: false,
		},
		{
			id: 'ttdt_unit_phone',
			type: 'text',
			label: __( 'Telephone', 'ttdt-portal' ),
			enableSorting: false,
		},
	];
}
