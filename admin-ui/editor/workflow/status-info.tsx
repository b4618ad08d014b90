/**
 * WordPress dependencies
 */
import { PluginPostStatusInfo } from '@wordpress/editor';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate, toVnDateTime } from '../../components/vn-date';
import { stateLabel } from '../../data/workflow';
import { timeLeftText } from '../../data/workflow-item';
import type { WorkflowItem } from '../../data/generated/schemas';

/**
 * When the manuscript arrived: dd/mm/yyyy, with HH:mm when the time is known.
 *
 * @param receivedAt `Y-m-d` or `Y-m-d\TH:i:s`.
 */
function receivedText( receivedAt: string ): string {
	const dateTime = toVnDateTime( receivedAt );
	// dd/mm/yyyy HH:mm: the seconds mean nothing to a reader.
	return dateTime ? dateTime.slice( 0, 16 ) : toVnDate( receivedAt );
}

type Props = {
	item: WorkflowItem;
};

/**
 * The item's approval beside core's Status row: state, receipt, deadline and time left, seen
 * on opening the item without opening a panel. (A reviewer's Approve / Return are in the
 * editor's notice above the content, see `useAwaitingNotice`, and in the Approval panel.)
 *
 * @param props      Props.
 * @param props.item The item.
 */
export default function StatusInfo( { item }: Props ) {
	return (
		<PluginPostStatusInfo className="ttdt-workflow-status">
			<div className="ttdt-workflow-status__body">
				<p className="ttdt-workflow-status__state">
					{ __( 'Approval:', 'ttdt-portal' ) }{ ' ' }
					<strong data-state={ item.state }>
						{ stateLabel( item.state ) }
					</strong>
				</p>
				{ item.received_at && (
					<p className="ttdt-workflow-status__received">
						{ sprintf(
							/* translators: %s: date and time, dd/mm/yyyy HH:mm. */
							__( 'Received: %s', 'ttdt-portal' ),
							receivedText( item.received_at )
						) }
					</p>
				) }
				{ item.deadline && (
					<p className="ttdt-workflow-status__deadline">
						{ sprintf(
							/* translators: %s: date, dd/mm/yyyy. */
							__( 'Approval deadline: %s', 'ttdt-portal' ),
							toVnDate( item.deadline )
						) }
						{ item.time_left && (
							<span
								className={
									item.time_left.overdue
										? 'ttdt-workflow-status__left is-overdue'
										: 'ttdt-workflow-status__left'
								}
							>
								{ timeLeftText( item.time_left ) }
							</span>
						) }
					</p>
				) }
			</div>
		</PluginPostStatusInfo>
	);
}
