/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useEntityRecords } from '@wordpress/core-data';
import {
	DataViews,
	filterSortAndPaginate,
	type View,
} from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	NETWORK_OVERVIEW_ENTITY,
	registerEntities,
} from '../../data/entities';
import { downloadOverviewCsv, downloadOverviewXlsx } from './exports';
import { overviewFields, type SiteRow } from './fields';

registerEntities();

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	sort: { field: 'pending_overdue', direction: 'desc' },
	titleField: 'unit_name',
	fields: [
		'published_week',
		'pending_overdue',
		'feedback_overdue',
		'royalty_spent',
		'archive_status',
		'needs_attention',
	],
	filters: [],
	layout: {},
};

/**
 * The province's view of its communes: who keeps the regulation's pace this week, who has
 * items or feedback past their deadlines, royalty spending against the budget, and the last
 * archive. Sort and filter to find the communes that need a call; export what is shown as CSV
 * or Excel.
 */
export default function NetworkOverviewScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const { records, isResolving } = useEntityRecords< SiteRow >(
		ENTITY_KIND,
		NETWORK_OVERVIEW_ENTITY,
		{ per_page: -1 }
	);
	const fields = useMemo( overviewFields, [] );
	const rows = useMemo( () => records ?? [], [ records ] );
	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( rows, view, fields ),
		[ rows, view, fields ]
	);

	// Every row the filters keep, in the view's order, not only this page.
	const exported = () =>
		filterSortAndPaginate(
			rows,
			{ ...view, page: 1, perPage: rows.length || 1 },
			fields
		).data;
	const title = sprintf(
		/* translators: %s: date of the export. */
		__( 'Communes of the network on %s', 'ttdt-portal' ),
		new Date().toLocaleDateString( 'vi-VN' )
	);

	return (
		<div className="ttdt-network">
			<p>
				<Button
					variant="secondary"
					onClick={ () => downloadOverviewCsv( exported(), fields ) }
					disabled={ ! rows.length }
				>
					{ __( 'Export CSV', 'ttdt-portal' ) }
				</Button>{ ' ' }
				<Button
					variant="secondary"
					onClick={ () => downloadOverviewXlsx( exported(), title ) }
					disabled={ ! rows.length }
				>
					{ __( 'Download Excel', 'ttdt-portal' ) }
				</Button>
			</p>
			<DataViews< SiteRow >
				data={ data }
				isLoading={ isResolving }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				paginationInfo={ paginationInfo }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
				searchLabel={ __( 'Search communes', 'ttdt-portal' ) }
			/>
		</div>
	);
}
