/**
 * External dependencies
 */
import type { ComponentType } from 'react';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	FeedbackDeadlinesControl,
	WorkingDaysControl,
} from '../../components/feedback-deadlines';
import SwapDaysControl from '../../components/swap-days';
import type { Settings } from '../../data/generated/schemas';

export type SettingsField = {
	key: keyof Settings;
	label: string;
	help?: string;
	type?: 'text' | 'email' | 'tel' | 'number' | 'select' | 'integer-list';
	/** A `select` offers the values the server names in the schema (`x-labels`). */
	/** A control of its own, for a value that is not plain text. */
	control?: ComponentType< {
		label: string;
		help?: string;
		value: any;
		onChange: ( value: any ) => void;
	} >;
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
		{
			title: __( 'Approval of items', 'ttdt-portal' ),
			fields: [
				{
					key: 'approval_days',
					label: __( 'Days to approve an item', 'ttdt-portal' ),
					help: __(
						'Counted from the day after the manuscript is received (Art. 8.1 of the regulation: 3 days).',
						'ttdt-portal'
					),
					type: 'number',
				},
				{
					key: 'approval_day_mode',
					label: __( 'Count', 'ttdt-portal' ),
					help: __(
						'Calendar days: a deadline that falls on a day off moves to the next working day (Civil Code, Art. 148). Working days: weekends, public holidays and the days off below are skipped.',
						'ttdt-portal'
					),
					type: 'select',
				},
				{
					key: 'tet_days',
					label: __( 'Lunar New Year days off', 'ttdt-portal' ),
					help: __(
						'Counted from the first day of the lunar year: -1 is the last day of the old year, 0 is the first day (mùng 1), 1 the second. The Prime Minister fixes them each year; the usual five are -1, 0, 1, 2, 3.',
						'ttdt-portal'
					),
					type: 'integer-list',
				},
				{
					key: 'national_day_extra',
					label: __(
						'Second day of the National Day holiday',
						'ttdt-portal'
					),
					type: 'select',
				},
				{
					key: 'swap_days',
					label: __( 'Days moved by the government', 'ttdt-portal' ),
					help: __(
						'From the yearly notice on holidays: extra days off (nghỉ bù) and Saturdays worked in exchange (làm bù). They take precedence over the computed calendar.',
						'ttdt-portal'
					),
					control: SwapDaysControl,
				},
			],
		},
		{
			title: __( 'Citizen feedback', 'ttdt-portal' ),
			fields: [
				{
					key: 'feedback_deadline_days',
					label: __( 'Days to answer, per type', 'ttdt-portal' ),
					help: __(
						'Counted from the day after the feedback is received, on the working calendar above.',
						'ttdt-portal'
					),
					control: FeedbackDeadlinesControl,
				},
				{
					key: 'feedback_deadline_working',
					label: __( 'Count working days only', 'ttdt-portal' ),
					control: WorkingDaysControl,
				},
				{
					key: 'feedback_retention_months',
					label: __(
						"Months to keep the citizen's contact data after closing",
						'ttdt-portal'
					),
					type: 'number',
				},
			],
		},
	];
}
