/**
 * WordPress dependencies
 */
import { __, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useProgress } from '../../data/plans';
import ProgressChart from './progress-chart';

type Props = { plan: number };

/**
 * A plan's progress: planned against published per topic (chart and table) and per member
 * or unit in charge, with what each member published this week beside the board's weekly
 * quota (Art. 8.1).
 *
 * @param props      Props.
 * @param props.plan Plan ID.
 */
export default function PlanProgressView( { plan }: Props ) {
	const progress = useProgress( plan );
	if ( ! progress ) {
		return null;
	}
	return (
		<div className="ttdt-plans__progress">
			<h3>{ __( 'Progress', 'ttdt-portal' ) }</h3>
			<ProgressChart rows={ progress.topics } />
			<table className="widefat striped ttdt-plans__topics-progress">
				<caption>{ __( 'Per topic', 'ttdt-portal' ) }</caption>
				<thead>
					<tr>
						<th scope="col">
							{ _x( 'Topic', 'editorial plan', 'ttdt-portal' ) }
						</th>
						<th scope="col">{ __( 'Planned', 'ttdt-portal' ) }</th>
						<th scope="col">
							{ _x(
								'Published',
								'number of items',
								'ttdt-portal'
							) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ progress.topics.map( ( row ) => (
						<tr key={ row.id }>
							<th scope="row">{ row.name }</th>
							<td>{ row.planned }</td>
							<td>{ row.published }</td>
						</tr>
					) ) }
				</tbody>
			</table>
			<table className="widefat striped ttdt-plans__members-progress">
				<caption>
					{ sprintf(
						/* translators: %d: items each board member must publish per week. */
						__(
							'Per member or unit (weekly quota: %d items)',
							'ttdt-portal'
						),
						progress.quota
					) }
				</caption>
				<thead>
					<tr>
						<th scope="col">
							{ __( 'In charge', 'ttdt-portal' ) }
						</th>
						<th scope="col">{ __( 'Planned', 'ttdt-portal' ) }</th>
						<th scope="col">
							{ _x(
								'Published',
								'number of items',
								'ttdt-portal'
							) }
						</th>
						<th scope="col">
							{ __( 'Published this week', 'ttdt-portal' ) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ progress.members.map( ( row ) => (
						<tr key={ `${ row.id }-${ row.name }` }>
							<th scope="row">{ row.name }</th>
							<td>{ row.planned }</td>
							<td>{ row.published }</td>
							<td>
								{ row.this_week === null
									? '—'
									: `${ row.this_week } / ${ progress.quota }` }
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</div>
	);
}
