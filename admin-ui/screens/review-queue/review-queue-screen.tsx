/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice, Spinner } from '@wordpress/components';
import {
	DataViews,
	filterSortAndPaginate,
	type View,
} from '@wordpress/dataviews';
import { dateI18n } from '@wordpress/date';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage, fetchReviewQueue } from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';
import { queueActions, type Outcome } from './actions';
import { queueFields } from './fields';

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	sort: { field: 'deadline', direction: 'asc' },
	titleField: 'title',
	fields: [ 'writer', 'received_via', 'received', 'deadline', 'state' ],
	filters: [
		{
			field: 'state',
			operator: 'isAny',
			value: [ 'submitted', 'approved' ],
		},
	],
	layout: {},
};

/**
 * Items waiting for approval, soonest deadline first, overdue ones flagged (Art. 8.1).
 */
export default function ReviewQueueScreen() {
	const [ items, setItems ] = useState< WorkflowItem[] | null >( null );
	const [ outcome, setOutcome ] = useState< Outcome | null >( null );
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ isSending, setSending ] = useState( false );
	const [ nextRun, setNextRun ] = useState< string | null >( null );

	useEffect( () => {
		apiFetch< { next_run: string | null } >( {
			path: '/ttdt/v1/workflow/reminders',
		} )
			.then( ( answer ) => setNextRun( answer.next_run ) )
			.catch( () => setNextRun( null ) );
	}, [] );

	const reload = useCallback( () => {
		fetchReviewQueue()
			.then( setItems )
			.catch( ( error ) =>
				setOutcome( { kind: 'error', message: errorMessage( error ) } )
			);
	}, [] );
	useEffect( reload, [ reload ] );

	const fields = useMemo( () => queueFields( items ?? [] ), [ items ] );
	const actions = useMemo(
		() => queueActions( setOutcome, reload ),
		[ reload ]
	);
	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( items ?? [], view, fields ),
		[ items, view, fields ]
	);

	const sendReminders = async () => {
		setSending( true );
		try {
			const { notified, next_run: next } = ( await apiFetch( {
				path: '/ttdt/v1/workflow/reminders',
				method: 'POST',
			} ) ) as { notified: number[]; next_run: string | null };
			setNextRun( next );
			setOutcome( {
				kind: 'success',
				message: notified.length
					? sprintf(
							/* translators: %d: number of items. */
							_n(
								'Reminder sent for %d overdue item.',
								'Reminder sent for %d overdue items.',
								notified.length,
								'ttdt-portal'
							),
							notified.length
						)
					: __(
							'No item became overdue since the last reminder.',
							'ttdt-portal'
						),
			} );
		} catch ( error ) {
			setOutcome( { kind: 'error', message: errorMessage( error ) } );
		} finally {
			setSending( false );
		}
	};

	if ( ! items ) {
		return outcome ? (
			<Notice status="error" isDismissible={ false }>
				{ outcome.message }
			</Notice>
		) : (
			<Spinner />
		);
	}
	return (
		<div className="ttdt-queue">
			{ outcome && (
				<Notice
					status={ outcome.kind }
					onRemove={ () => setOutcome( null ) }
				>
					{ outcome.message }
				</Notice>
			) }
			<DataViews< WorkflowItem >
				data={ data }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				actions={ actions }
				paginationInfo={ paginationInfo }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
				searchLabel={ __( 'Search by title', 'ttdt-portal' ) }
				header={
					<div className="ttdt-queue__reminders">
						{ nextRun && (
							<span>
								{ sprintf(
									/* translators: %s: date and time, dd/mm/yyyy HH:mm. */
									__(
										'Overdue items are also reminded every morning; next: %s.',
										'ttdt-portal'
									),
									dateI18n( 'd/m/Y H:i', nextRun, undefined )
								) }
							</span>
						) }
						<Button
							variant="secondary"
							size="compact"
							isBusy={ isSending }
							disabled={ isSending }
							onClick={ sendReminders }
						>
							{ __(
								'Send overdue reminders now',
								'ttdt-portal'
							) }
						</Button>
					</div>
				}
			/>
		</div>
	);
}
