/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { chevronLeft, chevronRight } from '@wordpress/icons';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import { errorMessage } from '../../data/error-message';
import { useCalendarMonth, usePlanWrites } from '../../data/plans';
import PlannedEntry, { DRAG_TYPE } from './planned-entry';

/** Where notices of the screen go. */
const NOTICE_ID = 'ttdt-plans';

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
 * A month of planned topics and items: each day shows the topics of approved plans running
 * that day that start or end on it, the items linked to a topic published on it, and those
 * not yet published dated on it. A planned item the user may edit can be dragged to another
 * day or moved through its menu; the server decides ({@see PlannedDate}). Built from a table
 * (a grid of weeks), so it reads as one with a screen reader.
 */
export default function PlanCalendar() {
	const [ month, setMonth ] = useState( () => monthOf( new Date() ) );
	const data = useCalendarMonth( month );
	const { moveItem } = usePlanWrites();
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const moveTo = async ( id: number, day: string ) => {
		try {
			const moved = await moveItem( id, day );
			createSuccessNotice(
				sprintf(
					/* translators: 1: item title, 2: date, dd/mm/yyyy. */
					__( 'Moved “%1$s” to %2$s.', 'ttdt-portal' ),
					moved.title ?? '',
					toVnDate( moved.starts_on ?? day )
				),
				{ id: NOTICE_ID }
			);
			return true;
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__( 'The item could not be moved.', 'ttdt-portal' )
				),
				{ id: NOTICE_ID }
			);
			return false;
		}
	};
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
								const planned = ( data?.planned ?? [] ).filter(
									( item ) => item.starts_on === ymd
								);
								return (
									<td
										key={ column }
										onDragOver={ ( event ) => {
											if (
												event.dataTransfer.types.includes(
													DRAG_TYPE
												)
											) {
												event.preventDefault();
											}
										} }
										onDrop={ ( event ) => {
											const id = Number(
												event.dataTransfer.getData(
													DRAG_TYPE
												)
											);
											if ( id ) {
												event.preventDefault();
												moveTo( id, ymd );
											}
										} }
									>
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
										{ planned.map( ( item ) => (
											<PlannedEntry
												key={ `p${ item.id }` }
												entry={ item }
												onMove={ moveTo }
											/>
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
