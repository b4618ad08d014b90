/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Settings } from '../../data/generated/schemas';

export type SettingsField = {
	key: keyof Settings;
	label: string;
	help?: string;
	type?: 'text' | 'email' | 'tel' | 'number';
};

export type SettingsGroup = {
	title: string;
	fields: SettingsField[];
};

/**
 * The settings form, grouped as an administrator thinks of them.
 */
export function settingsGroups(): SettingsGroup[] {
	return [
		{
			title: __( 'Unit and owning agency', 'ttdt-portal' ),
			fields: [
				{
					key: 'unit_name',
					label: __( 'Administrative unit', 'ttdt-portal' ),
					help: __(
						'As it should read in sentences, e.g. "Thanh Chuong town". Change it when the unit is merged or renamed.',
						'ttdt-portal'
					),
				},
				{
					key: 'agency_name',
					label: __( 'Owning agency', 'ttdt-portal' ),
				},
				{
					key: 'board_head',
					label: __( 'Head of the editorial board', 'ttdt-portal' ),
				},
				{
					key: 'license_note',
					label: __(
						'Licence or establishing decision',
						'ttdt-portal'
					),
				},
			],
		},
		{
			title: __( 'Contact', 'ttdt-portal' ),
			fields: [
				{ key: 'address', label: __( 'Address', 'ttdt-portal' ) },
				{
					key: 'phone',
					label: __( 'Telephone', 'ttdt-portal' ),
					type: 'tel',
				},
				{
					key: 'email',
					label: __( 'E-mail', 'ttdt-portal' ),
					type: 'email',
				},
			],
		},
		{
			title: __( 'Editorial board', 'ttdt-portal' ),
			fields: [
				{
					key: 'weekly_quota',
					label: __( 'Weekly quota per board member', 'ttdt-portal' ),
					help: __(
						'Items each member must have published per week, Monday to Sunday (Article 8). Members who are behind get a reminder on Thursday morning. 0 turns the reminders off.',
						'ttdt-portal'
					),
					type: 'number',
				},
			],
		},
	];
}
