/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	DataViews,
	filterSortAndPaginate,
	type View,
} from '@wordpress/dataviews';
import { dateI18n } from '@wordpress/date';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { errorMessage } from '../../data/error-message';
import {
	sendOverdueReminders,
	useReviewQueue,
	useWorkflowChoices,
} from '../../data/workflow';
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

/** One notice for the outcome of the latest action, replaced by the next one. */
const OUTCOME_NOTICE = 'ttdt-queue-outcome';

/**
 * Items waiting for approval, soonest deadline first, overdue ones flagged (Art. 8.1). Read
 * through core-data (`ttdt/workflow`); outcomes and errors are notices of the screen.
 */
export default function ReviewQueueScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ isSending, setSending ] = useState( false );
	const { items, isLoading, nextRun, refresh } = useReviewQueue();
	const choices = useWorkflowChoices();
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const report = useCallback(
		( outcome: Outcome ) =>
			( outcome.kind === 'error'
				? createErrorNotice
				: createSuccessNotice )( outcome.message, {
				id: OUTCOME_NOTICE,
			} ),
		[ createErrorNotice, createSuccessNotice ]
	);

	const fields = useMemo(
		() => queueFields( items, choices ?? { state: [], received_via: [] } ),
		[ items, choices ]
	);
	const actions = useMemo(
		() => queueActions( report, refresh ),
		[ report, refresh ]
	);
	const { data, paginationInfo } = useMemo(
		() => filterSortAndPaginate( items, view, fields ),
		[ items, view, fields ]
	);

	const sendReminders = async () => {
		setSending( true );
		try {
			const notified = await sendOverdueReminders();
			report( {
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
			refresh();
		} catch ( error ) {
			report( { kind: 'error', message: errorMessage( error ) } );
		} finally {
			setSending( false );
		}
	};

	return (
		<div className="ttdt-queue">
			<Notices />
			<DataViews< WorkflowItem >
				data={ data }
				isLoading={ isLoading || ! choices }
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
