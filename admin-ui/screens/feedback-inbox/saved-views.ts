/**
 * WordPress dependencies
 */
import type { View } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/** A named view of the inbox. */
export type SavedView = { id: string; label: string; view: View };

export const DEFAULT_VIEW: View = {
	type: 'table',
	search: '',
	page: 1,
	perPage: 20,
	sort: { field: 'received_at', direction: 'desc' },
	fields: [
		'code',
		'status',
		'type',
		'unit_name',
		'holder_name',
		'received_at',
		'deadline_at',
		'overdue',
	],
	titleField: 'subject',
	filters: [],
	layout: {},
};

/** Browser storage of the views a user saved (per browser: they hold no data). */
const STORAGE_KEY = 'ttdt-feedback-inbox-views';

/**
 * The views every handler starts with: the work queues of the board.
 */
export function presetViews(): SavedView[] {
	const with_ = ( filters: View[ 'filters' ], sortField = 'received_at' ) =>
		( {
			...DEFAULT_VIEW,
			filters,
			sort: {
				field: sortField,
				direction: sortField === 'deadline_at' ? 'asc' : 'desc',
			},
		} ) as View;
	return [
		{ id: 'all', label: __( 'All', 'ttdt-portal' ), view: DEFAULT_VIEW },
		{
			id: 'new',
			label: __( 'To classify', 'ttdt-portal' ),
			view: with_( [
				{ field: 'status', operator: 'isAny', value: [ 'new' ] },
			] ),
		},
		{
			id: 'waiting',
			label: __( 'Waiting for an answer', 'ttdt-portal' ),
			view: with_(
				[
					{
						field: 'status',
						operator: 'isAny',
						value: [ 'classified', 'forwarded' ],
					},
				],
				'deadline_at'
			),
		},
		{
			id: 'overdue',
			label: __( 'Overdue', 'ttdt-portal' ),
			view: with_(
				[ { field: 'overdue', operator: 'is', value: 'true' } ],
				'deadline_at'
			),
		},
		{
			id: 'answered',
			label: __( 'Answered', 'ttdt-portal' ),
			view: with_( [
				{ field: 'status', operator: 'isAny', value: [ 'answered' ] },
			] ),
		},
	];
}

/**
 * The views the user saved in this browser.
 */
export function loadSavedViews(): SavedView[] {
	try {
		const stored = JSON.parse(
			window.localStorage.getItem( STORAGE_KEY ) ?? '[]'
		);
		return Array.isArray( stored ) ? stored : [];
	} catch {
		return [];
	}
}

/**
 * Stores the user's views.
 *
 * @param views Views.
 */
export function storeSavedViews( views: SavedView[] ): void {
	window.localStorage.setItem( STORAGE_KEY, JSON.stringify( views ) );
}
