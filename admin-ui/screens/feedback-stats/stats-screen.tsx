/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Spinner } from '@wordpress/components';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import VnDateControl from '../../components/vn-date';
import { errorMessage } from '../../data/error-message';
import { FEEDBACK_PATH } from '../../data/feedback';
import type { FeedbackStatsReport } from '../../data/generated/schemas';
import { useChoices, type Choice } from '../../data/schema-labels';
import BarChart from './bar-chart';

const BLUE = '#3858e9';
const GREEN = '#008a20';

/** One row of the report's counts, as the server sends it. */
type Row = FeedbackStatsReport[ 'by_status' ][ number ];

/**
 * Hours as days and hours, e.g. "2 ngày 5 giờ".
 *
 * @param hours Hours, or null.
 */
function duration( hours: number | null | undefined ): string {
	if ( hours === null || hours === undefined ) {
		return '—';
	}
	const days = Math.floor( hours / 24 );
	const rest = Math.round( hours - days * 24 );
	/* translators: 1: days, 2: hours. */
	return sprintf( __( '%1$d d %2$d h', 'ttdt-portal' ), days, rest );
}

/**
 * Feedback statistics: counts by status, type, unit and month, response times and the
 * share answered in time, for a period; charts by uPlot with their figures as tables.
 */
export default function StatsScreen() {
	const [ period, setPeriod ] = useState( { from: '', to: '' } );
	const [ query, setQuery ] = useState( { from: '', to: '' } );
	const [ report, setReport ] = useState< FeedbackStatsReport | null >(
		null
	);
	const [ error, setError ] = useState( '' );
	const choices = useChoices( FEEDBACK_PATH );

	useEffect( () => {
		setError( '' );
		apiFetch< FeedbackStatsReport >( {
			path: addQueryArgs( '/ttdt/v1/feedback/stats', {
				from: query.from || undefined,
				to: query.to || undefined,
			} ),
		} )
			.then( ( data ) => {
				setReport( data );
				setPeriod( { from: data.from, to: data.to } );
			} )
			.catch( ( caught ) =>
				setError(
					errorMessage(
						caught,
						__(
							'The statistics could not be loaded.',
							'ttdt-portal'
						)
					)
				)
			);
	}, [ query ] );

	const named = ( rows: Row[], names: Choice[] | undefined ) =>
		rows.map(
			( row ) =>
				row.label ||
				names?.find( ( choice ) => choice.value === row.key )?.label ||
				row.key ||
				__( '(none)', 'ttdt-portal' )
		);
	const charts = useMemo( () => {
		if ( ! report ) {
			return null;
		}
		const single = ( rows: Row[], names?: Choice[] ) => ( {
			labels: named( rows, names ),
			series: [
				{
					label: __( 'Number of items', 'ttdt-portal' ),
					values: rows.map( ( row ) => row.count ?? 0 ),
					color: BLUE,
				},
			],
		} );
		return {
			month: {
				labels: report.by_month.map( ( row ) => row.key ?? '' ),
				series: [
					{
						label: _x(
							'Received',
							'number of feedback items',
							'ttdt-portal'
						),
						values: report.by_month.map( ( r ) => r.count ?? 0 ),
						color: BLUE,
					},
					{
						label: __( 'Answered', 'ttdt-portal' ),
						values: report.by_month.map( ( r ) => r.answered ?? 0 ),
						color: GREEN,
					},
				],
			},
			status: single( report.by_status, choices?.status ),
			type: single( report.by_type, choices?.type ),
			unit: single( report.by_unit ),
		};
	}, [ report, choices ] );

	return (
		<div className="ttdt-feedback-stats">
			<Notices />
			<form
				className="ttdt-feedback-stats__period"
				onSubmit={ ( event ) => {
					event.preventDefault();
					setQuery( period );
				} }
			>
				<VnDateControl
					label={ __( 'From', 'ttdt-portal' ) }
					value={ period.from }
					onChange={ ( from ) =>
						setPeriod( { ...period, from: from ?? period.from } )
					}
				/>
				<VnDateControl
					label={ __( 'To', 'ttdt-portal' ) }
					value={ period.to }
					onChange={ ( to ) =>
						setPeriod( { ...period, to: to ?? period.to } )
					}
				/>
				<Button variant="primary" type="submit" __next40pxDefaultSize>
					{ __( 'Show', 'ttdt-portal' ) }
				</Button>
			</form>
			{ error && <p role="alert">{ error }</p> }
			{ ! report && ! error && <Spinner /> }
			{ report && charts && (
				<>
					<dl className="ttdt-feedback-stats__figures">
						<div>
							<dt>
								{ _x(
									'Received',
									'number of feedback items',
									'ttdt-portal'
								) }
							</dt>
							<dd>{ report.total }</dd>
						</div>
						<div>
							<dt>{ __( 'Answered', 'ttdt-portal' ) }</dt>
							<dd>{ report.answered }</dd>
						</div>
						<div>
							<dt>
								{ __( 'Median time to answer', 'ttdt-portal' ) }
							</dt>
							<dd>{ duration( report.median_hours ) }</dd>
						</div>
						<div>
							<dt>
								{ __( '90% answered within', 'ttdt-portal' ) }
							</dt>
							<dd>{ duration( report.p90_hours ) }</dd>
						</div>
						<div>
							<dt>
								{ __(
									'Answered within the deadline',
									'ttdt-portal'
								) }
							</dt>
							<dd>
								{ report.within_deadline === null ||
								report.within_deadline === undefined
									? '—'
									: `${ Math.round( report.within_deadline * 100 ) }%` }
							</dd>
						</div>
					</dl>
					<BarChart
						title={ __( 'By month received', 'ttdt-portal' ) }
						{ ...charts.month }
					/>
					<BarChart
						title={ __( 'By status', 'ttdt-portal' ) }
						{ ...charts.status }
					/>
					<BarChart
						title={ __( 'By type', 'ttdt-portal' ) }
						{ ...charts.type }
					/>
					<BarChart
						title={ __( 'By unit', 'ttdt-portal' ) }
						{ ...charts.unit }
					/>
				</>
			) }
		</div>
	);
}
