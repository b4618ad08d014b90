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
import QuickReview from './quick-review';
import type { Workflow } from './use-workflow';

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
	workflow: Workflow & { item: WorkflowItem };
};

/**
 * The item's approval at the top of the document sidebar, beside core's Status row: state,
 * receipt, deadline and time left, and, for the person it waits for, Approve / Return. A
 * reviewer sees all of it on opening the item, without scrolling or opening a panel.
 *
 * @param props          Props.
 * @param props.workflow Workflow of the open item.
 */
export default function StatusInfo( { workflow }: Props ) {
	const { item } = workflow;
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
				<QuickReview workflow={ workflow } />
			</div>
		</PluginPostStatusInfo>
	);
}
