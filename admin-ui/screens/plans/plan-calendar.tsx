/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { chevronLeft, chevronRight } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import { useCalendarMonth } from '../../data/plans';

/**
 * `yyyy-mm` of a date.
 *
 * @param date The date.
 */
const monthOf = ( date: Date ) =>
	`${ date.getFullYear() }-${ String( date.getMonth() + 1 ).padStart(
		2,
		'0'
	) }`;

/** Vietnamese weeks start on Monday. */
const WEEKDAYS = [ 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN' ];

/**
 * A month of planned topics and published items: each day shows the topics of approved
 * plans running that day that start or end on it, and the items linked to a topic published
 * on it. Built from a table (a grid of weeks), so it reads as one with a screen reader.
 */
export default function PlanCalendar() {
	const [ month, setMonth ] = useState( () => monthOf( new Date() ) );
	const data = useCalendarMonth( month );
	const [ year, monthNumber ] = month.split( '-' ).map( Number );
	const first = new Date( year, monthNumber - 1, 1 );
	const days = new Date( year, monthNumber, 0 ).getDate();
	const lead = ( first.getDay() + 6 ) % 7;
	const cells: Array< number | null > = [
		...Array( lead ).fill( null ),
		...Array.from( { length: days }, ( _, index ) => index + 1 ),
	];
	while ( cells.length % 7 ) {
		cells.push( null );
	}
	const weeks = Array.from( { length: cells.length / 7 }, ( _, week ) =>
		cells.slice( week * 7, week * 7 + 7 )
	);
	const shift = ( by: number ) =>
		setMonth( monthOf( new Date( year, monthNumber - 1 + by, 1 ) ) );
	const dayOf = ( day: number ) =>
		`${ month }-${ String( day ).padStart( 2, '0' ) }`;

	return (
		<section className="ttdt-plans__calendar">
			<h2>
				{ sprintf(
					/* translators: 1: month number, 2: year. */
					__( 'Calendar: month %1$d/%2$d', 'ttdt-portal' ),
					monthNumber,
					year
				) }
			</h2>
			<div className="ttdt-plans__calendar-nav">
				<Button
					icon={ chevronLeft }
					label={ __( 'Previous month', 'ttdt-portal' ) }
					onClick={ () => shift( -1 ) }
				/>
				<Button
					icon={ chevronRight }
					label={ __( 'Next month', 'ttdt-portal' ) }
					onClick={ () => shift( 1 ) }
				/>
			</div>
			<table className="ttdt-plans__month">
				<thead>
					<tr>
						{ WEEKDAYS.map( ( name ) => (
							<th key={ name } scope="col">
								{ name }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ weeks.map( ( week, index ) => (
						<tr key={ index }>
							{ week.map( ( day, column ) => {
								if ( ! day ) {
									return <td key={ column } />;
								}
								const ymd = dayOf( day );
								const topics = ( data?.topics ?? [] ).filter(
									( topic ) =>
										topic.starts_on === ymd ||
										topic.ends_on === ymd
								);
								const items = ( data?.items ?? [] ).filter(
									( item ) => item.starts_on === ymd
								);
								return (
									<td key={ column }>
										<span className="ttdt-plans__day">
											{ day }
										</span>
										{ topics.map( ( topic ) => (
											<span
												key={ `t${ topic.id }` }
												className="ttdt-plans__entry is-topic"
											>
												{ topic.starts_on === ymd
													? sprintf(
															/* translators: %s: topic. */
															__(
																'Starts: %s',
																'ttdt-portal'
															),
															topic.title
														)
													: sprintf(
															/* translators: %s: topic. */
															__(
																'Ends: %s',
																'ttdt-portal'
															),
															topic.title
														) }
											</span>
										) ) }
										{ items.map( ( item ) => (
											<span
												key={ `i${ item.id }` }
												className="ttdt-plans__entry is-item"
											>
												{ item.title }
											</span>
										) ) }
									</td>
								);
							} ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</section>
	);
}
