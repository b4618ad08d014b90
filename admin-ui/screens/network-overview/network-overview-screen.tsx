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
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	NETWORK_OVERVIEW_ENTITY,
	registerEntities,
} from '../../data/entities';
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
 * One CSV cell: quoted, with quotes doubled, and never read as a formula by a spreadsheet.
 *
 * @param value Cell value.
 */
function cell( value: string | number ): string {
	const text = String( value );
	const safe = /^[=+\-@]/.test( text ) ? `'${ text }` : text;
	return `"${ safe.replace( /"/g, '""' ) }"`;
}

/**
 * The province's view of its communes: who keeps the regulation's pace this week, who has
 * items or feedback past their deadlines, royalty spending against the budget, and the last
 * archive. Sort and filter to find the communes that need a call; export what is shown as CSV.
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

	const exportCsv = () => {
		// Every row the filters keep, in the view's order, not only this page.
		const { data: all } = filterSortAndPaginate(
			rows,
			{ ...view, page: 1, perPage: rows.length || 1 },
			fields
		);
		const lines = [
			fields
				.map( ( field ) => cell( String( field.label ) ) )
				.join( ',' ),
			...all.map( ( item ) =>
				fields.map( ( field ) => cell( field.csv( item ) ) ).join( ',' )
			),
		];
		// A byte-order mark, so spreadsheet programs read the Vietnamese letters as UTF-8.
		const blob = new Blob( [ '\ufeff' + lines.join( '\r\n' ) ], {
			type: 'text/csv;charset=utf-8',
		} );
		const link = document.createElement( 'a' );
		link.href = URL.createObjectURL( blob );
		link.download = 'tong-quan-xa.csv';
		link.click();
		URL.revokeObjectURL( link.href );
	};

	return (
		<div className="ttdt-network">
			<p>
				<Button
					variant="secondary"
					onClick={ exportCsv }
					disabled={ ! rows.length }
				>
					{ __( 'Export CSV', 'ttdt-portal' ) }
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
