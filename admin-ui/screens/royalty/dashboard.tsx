/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';
import { useReport, type RoyaltySummary } from '../../data/royalty';
import MonthChart from './month-chart';
import { formatMoney } from './money';

/**
 * The year at a glance: spent against the budget, per month, per genre, top payees, unpaid.
 *
 * @param props         Component props.
 * @param props.year    Fiscal year.
 * @param props.version Bumped after a change, to read again.
 */
export default function Dashboard( {
	year,
	version,
}: {
	year: number;
	version: number;
} ) {
	const { data, error } = useReport< RoyaltySummary >(
		'/ttdt/v1/royalty/summary',
		{ year },
		version
	);
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ errorMessage( error ) }
			</Notice>
		);
	}
	if ( ! data ) {
		return <Spinner />;
	}
	const used = data.budget
		? Math.round( ( data.spent / data.budget ) * 100 )
		: 0;
	return (
		<div className="ttdt-royalty__dashboard">
			<dl className="ttdt-royalty__figures">
				<div>
					<dt>{ __( 'Spent this year', 'ttdt-portal' ) }</dt>
					<dd data-testid="royalty-spent">
						{ formatMoney( data.spent ) }
					</dd>
				</div>
				<div>
					<dt>{ __( 'Budget', 'ttdt-portal' ) }</dt>
					<dd>
						{ formatMoney( data.budget ) }{ ' ' }
						<span className="ttdt-royalty__used">
							{ sprintf(
								/* translators: %d: percent of the budget used. */
								__( '(%d%% used)', 'ttdt-portal' ),
								used
							) }
						</span>
					</dd>
				</div>
				<div>
					<dt>{ __( 'Not paid yet', 'ttdt-portal' ) }</dt>
					<dd>{ formatMoney( data.unpaid ) }</dd>
				</div>
			</dl>
			<meter
				className="ttdt-royalty__meter"
				min={ 0 }
				max={ Math.max( data.budget, data.spent, 1 ) }
				high={ data.budget * 0.9 }
				value={ data.spent }
				aria-label={ __( 'Budget used', 'ttdt-portal' ) }
			/>
			<h2>{ __( 'Per month', 'ttdt-portal' ) }</h2>
			<MonthChart
				months={ data.months }
				monthlyBudget={ Math.round( data.budget / 12 ) }
			/>
			<div className="ttdt-royalty__columns">
				<section>
					<h2>{ __( 'Per genre', 'ttdt-portal' ) }</h2>
					<table className="widefat striped">
						<tbody>
							{ data.genres.map( ( g ) => (
								<tr key={ g.genre }>
									<th scope="row">{ g.label }</th>
									<td className="ttdt-royalty__money">
										{ formatMoney( g.total ) }
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				</section>
				<section>
					<h2>{ __( 'Top contributors', 'ttdt-portal' ) }</h2>
					<table className="widefat striped">
						<tbody>
							{ data.top.map( ( p ) => (
								<tr key={ `${ p.name }-${ p.user_id }` }>
									<th scope="row">{ p.name }</th>
									<td>
										{ sprintf(
											/* translators: %d: number of items. */
											__( '%d items', 'ttdt-portal' ),
											p.items
										) }
									</td>
									<td className="ttdt-royalty__money">
										{ formatMoney( p.total ) }
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				</section>
			</div>
		</div>
	);
}
