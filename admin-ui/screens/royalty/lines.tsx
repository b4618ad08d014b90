/**
 * WordPress dependencies
 */
import { DataViews, type Field, type View } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import { useRoyaltyLines, type RoyaltyLineWithLinks } from '../../data/royalty';
import { lineActions } from './line-actions';
import { formatMoney } from './money';

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	fields: [
		'accrued_on',
		'kind',
		'item_title',
		'payee_name',
		'status',
		'amount',
		'note',
	],
	filters: [],
	layout: { density: 'compact' },
};

type Props = {
	period: string;
	labels: {
		kind: Record< string, string >;
		status: Record< string, string >;
	};
	onChanged: () => void;
};

/**
 * The lines of a period; adjusting and reversing are offered where the server allows.
 *
 * @param props           Component props.
 * @param props.period    Period.
 * @param props.labels    Names of kinds and statuses, from the schema.
 * @param props.onChanged Called after a change.
 */
export default function Lines( { period, labels, onChanged }: Props ) {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const query = {
		period,
		page: view.page ?? 1,
		per_page: view.perPage ?? 50,
		context: 'view',
	};
	const { lines, isLoading, total, pages } = useRoyaltyLines( query );
	const actions = useMemo( () => lineActions( onChanged ), [ onChanged ] );
	const fields = useMemo< Field< RoyaltyLineWithLinks >[] >(
		() =>
			(
				[
					{
						id: 'accrued_on',
						label: __( 'Date', 'ttdt-portal' ),
						render: ( { item } ) => (
							<>{ toVnDate( item.accrued_on ) }</>
						),
					},
					{
						id: 'kind',
						label: __( 'Kind', 'ttdt-portal' ),
						render: ( { item } ) => (
							<>{ labels.kind[ item.kind ] ?? item.kind }</>
						),
					},
					{
						id: 'item_title',
						label: __( 'Item title', 'ttdt-portal' ),
						render: ( { item } ) => <>{ item.item_title || '—' }</>,
					},
					{
						id: 'payee_name',
						label: __( 'Payee', 'ttdt-portal' ),
						render: ( { item } ) => <>{ item.payee_name }</>,
					},
					{
						id: 'status',
						label: __( 'Status', 'ttdt-portal' ),
						render: ( { item } ) => (
							<>{ labels.status[ item.status ] ?? item.status }</>
						),
					},
					{
						id: 'amount',
						label: __( 'Amount', 'ttdt-portal' ),
						render: ( { item } ) => (
							<span className="ttdt-royalty__money">
								{ formatMoney( item.amount ) }
							</span>
						),
					},
					{
						id: 'note',
						label: __( 'Note', 'ttdt-portal' ),
						render: ( { item } ) => <>{ item.note }</>,
					},
				] as Field< RoyaltyLineWithLinks >[]
			 ).map( ( field ) => ( {
				...field,
				enableSorting: false,
				enableHiding: false,
			} ) ),
		[ labels ]
	);

	return (
		// Scrolls sideways on its own on a phone: a line has seven columns.
		<div className="ttdt-royalty__lines">
			<DataViews< RoyaltyLineWithLinks >
				data={ lines }
				isLoading={ isLoading }
				fields={ fields }
				actions={ actions }
				view={ view }
				onChangeView={ setView }
				search={ false }
				paginationInfo={ { totalItems: total, totalPages: pages } }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
			/>
		</div>
	);
}
