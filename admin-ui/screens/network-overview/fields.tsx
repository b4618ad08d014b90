/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import type { NetworkOverviewRow } from '../../data/generated/schemas';

/** One commune's row of `ttdt/v1/network/overview` (its schema is PHP's). */
export type SiteRow = NetworkOverviewRow;

const money = ( value: number ) =>
	`${ new Intl.NumberFormat( 'vi-VN' ).format( value ) } đ`;

/**
 * The names of the verification states of a site's newest archive package.
 */
export function archiveStatusLabels(): Record<
	SiteRow[ 'archive_status' ],
	string
> {
	return {
		none: __( 'No package', 'ttdt-portal' ),
		unchecked: __( 'Not verified', 'ttdt-portal' ),
		valid: __( 'Verified', 'ttdt-portal' ),
		invalid: __( 'Verification failed', 'ttdt-portal' ),
	};
}

/**
 * The overview's columns; each also says how it reads in the CSV export (`csv`).
 */
export function overviewFields(): Array<
	Field< SiteRow > & { csv: ( item: SiteRow ) => string | number }
> {
	const archiveLabels = archiveStatusLabels();
	return [
		{
			id: 'unit_name',
			type: 'text',
			label: __( 'Commune', 'ttdt-portal' ),
			getValue: ( { item } ) => item.unit_name || item.name,
			render: ( { item } ) => (
				<a href={ item.url }>{ item.unit_name || item.name }</a>
			),
			enableHiding: false,
			enableGlobalSearch: true,
			csv: ( item ) => item.unit_name || item.name,
		},
		{
			id: 'published_week',
			type: 'integer',
			label: __( 'Published this week / quota', 'ttdt-portal' ),
			render: ( { item } ) => (
				<span
					className={
						item.published_week < item.quota_week
							? 'ttdt-network__behind'
							: undefined
					}
				>
					{ item.published_week } / { item.quota_week }
				</span>
			),
			csv: ( item ) => `${ item.published_week }/${ item.quota_week }`,
		},
		{
			id: 'pending_overdue',
			type: 'integer',
			label: __( 'Items past the approval deadline', 'ttdt-portal' ),
			csv: ( item ) => item.pending_overdue,
		},
		{
			id: 'feedback_overdue',
			type: 'integer',
			label: __( 'Feedback overdue', 'ttdt-portal' ),
			csv: ( item ) => item.feedback_overdue,
		},
		{
			id: 'royalty_spent',
			type: 'integer',
			label: __( 'Royalties this year / budget', 'ttdt-portal' ),
			render: ( { item } ) =>
				`${ money( item.royalty_spent ) } / ${ money(
					item.royalty_budget
				) }`,
			csv: ( item ) => `${ item.royalty_spent }/${ item.royalty_budget }`,
		},
		{
			id: 'archive_status',
			type: 'text',
			label: __( 'Last archive', 'ttdt-portal' ),
			elements: Object.entries( archiveLabels ).map(
				( [ value, label ] ) => ( { value, label } )
			),
			filterBy: { operators: [ 'isAny' ] },
			render: ( { item } ) =>
				item.archive_at
					? `${ archiveLabels[ item.archive_status ] } (${ toVnDate(
							item.archive_at
						) })`
					: archiveLabels.none,
			csv: ( item ) =>
				`${ archiveLabels[ item.archive_status ] } ${ toVnDate(
					item.archive_at
				) }`.trim(),
		},
		{
			id: 'needs_attention',
			type: 'text',
			label: __( 'Needs a call', 'ttdt-portal' ),
			getValue: ( { item } ) => ( item.needs_attention ? 'yes' : 'no' ),
			elements: [
				{ value: 'yes', label: __( 'Yes', 'ttdt-portal' ) },
				{ value: 'no', label: __( 'No', 'ttdt-portal' ) },
			],
			filterBy: { operators: [ 'is' ] },
			render: ( { item } ) =>
				item.needs_attention ? __( 'Yes', 'ttdt-portal' ) : '',
			csv: ( item ) =>
				item.needs_attention ? __( 'Yes', 'ttdt-portal' ) : '',
		},
	];
}
