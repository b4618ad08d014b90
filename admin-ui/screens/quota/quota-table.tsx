/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ScrollRegion from '../../components/scroll-region';
import { toVnDate } from '../../components/vn-date';
import type { QuotaReport } from '../../data/generated/schemas';

type Props = { report: QuotaReport };

/**
 * `2026-11-23` → `23/11`: a week's column header is its Monday.
 *
 * @param ymd Date as `Y-m-d`.
 */
function dayMonth( ymd: string ): string {
	return toVnDate( ymd ).slice( 0, 5 );
}

/**
 * Board members × weeks: items published per week, counts below the quota marked (by colour
 * and by text, so the mark does not depend on colour alone).
 *
 * @param props        Component props.
 * @param props.report The quota report.
 */
export default function QuotaTable( { report }: Props ) {
	const { quota, weeks, members } = report;
	const last = weeks.length - 1;
	const caption = __(
		'Items published per board member and week, oldest week first',
		'ttdt-portal'
	);

	return (
		<ScrollRegion label={ caption }>
			<table className="widefat striped ttdt-quota__table">
				<caption className="screen-reader-text">{ caption }</caption>
				<thead>
					<tr>
						<th scope="col">{ __( 'Member', 'ttdt-portal' ) }</th>
						{ weeks.map( ( week, index ) => (
							<th
								scope="col"
								key={ week.start }
								className={
									index === last ? 'is-current' : undefined
								}
								title={ sprintf(
									/* translators: 1: Monday, 2: Sunday (dd/mm/yyyy). */
									__( 'Week %1$s – %2$s', 'ttdt-portal' ),
									toVnDate( week.start ),
									toVnDate( week.end )
								) }
							>
								{ index === last
									? __( 'This week', 'ttdt-portal' )
									: dayMonth( week.start ) }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ members.map( ( member ) => (
						<tr key={ member.id } data-member={ member.id }>
							<th scope="row">
								<strong>{ member.name }</strong>
								<div className="ttdt-quota__position">
									{ member.position_label }
									{ ! member.in_office &&
										` · ${ __(
											'not in office',
											'ttdt-portal'
										) }` }
								</div>
							</th>
							{ member.counts.map( ( count, index ) => {
								const below = quota > 0 && count < quota;
								return (
									<td
										key={ weeks[ index ].start }
										className={ [
											below ? 'is-below' : 'is-met',
											index === last ? 'is-current' : '',
										]
											.join( ' ' )
											.trim() }
										data-week={ weeks[ index ].start }
									>
										{ count }
										{ below && (
											<span className="screen-reader-text">
												{ ` ${ __(
													'(below the quota)',
													'ttdt-portal'
												) }` }
											</span>
										) }
									</td>
								);
							} ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</ScrollRegion>
	);
}
