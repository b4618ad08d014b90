/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { dateI18n } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import { stateLabel } from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';

type Props = {
	item: WorkflowItem;
};

/**
 * What the next step is for the person looking, or null.
 *
 * @param item The item.
 */
function nextStep( item: WorkflowItem ): string | null {
	const can = ( action: WorkflowItem[ 'allowed_actions' ][ number ] ) =>
		item.allowed_actions.includes( action );
	if ( item.state === 'submitted' && can( 'publish' ) ) {
		return __(
			'Approve it, or publish it directly: publishing also records your approval.',
			'ttdt-portal'
		);
	}
	if ( item.state === 'submitted' && ! can( 'approve' ) ) {
		return __(
			'A moderator will approve it or return it to you with a reason.',
			'ttdt-portal'
		);
	}
	if ( item.state === 'approved' && can( 'publish' ) ) {
		return __( 'It is approved: you can publish it.', 'ttdt-portal' );
	}
	if ( item.state === 'approved' && ! can( 'return' ) ) {
		return __(
			'A publisher will publish it. Changing its content now withdraws the approval.',
			'ttdt-portal'
		);
	}
	if ( item.state === 'approved' ) {
		return __( 'A publisher will publish it.', 'ttdt-portal' );
	}
	return null;
}

/**
 * The item's state, deadline, approval or return, and what happens next.
 *
 * @param props      Props.
 * @param props.item The item.
 */
export default function StateSummary( { item }: Props ) {
	const step = nextStep( item );
	return (
		<div className="ttdt-workflow__summary">
			<p className="ttdt-workflow__state">
				{ __( 'State:', 'ttdt-portal' ) }{ ' ' }
				<strong data-state={ item.state }>
					{ stateLabel( item.state ) }
				</strong>
			</p>
			{ item.deadline && (
				<p className="ttdt-workflow__deadline">
					{ sprintf(
						/* translators: %s: date, dd/mm/yyyy. */
						__( 'Approval deadline: %s', 'ttdt-portal' ),
						toVnDate( item.deadline )
					) }
					{ item.overdue && (
						<span className="ttdt-workflow__overdue">
							{ __( 'Overdue', 'ttdt-portal' ) }
						</span>
					) }
				</p>
			) }
			{ item.approved && (
				<p>
					{ sprintf(
						/* translators: 1: person, 2: date and time. */
						__( 'Approved by %1$s on %2$s.', 'ttdt-portal' ),
						item.approved.by.name,
						dateI18n( 'd/m/Y H:i', item.approved.at, undefined )
					) }
				</p>
			) }
			{ item.returned && (
				<Notice status="warning" isDismissible={ false }>
					<p>
						{ sprintf(
							/* translators: 1: person, 2: date and time. */
							__( 'Returned by %1$s on %2$s:', 'ttdt-portal' ),
							item.returned.by.name,
							dateI18n( 'd/m/Y H:i', item.returned.at, undefined )
						) }
					</p>
					<p className="ttdt-workflow__reason">
						{ item.returned.reason }
					</p>
					<p>
						{ __(
							'Correct the item, then submit it for review again.',
							'ttdt-portal'
						) }
					</p>
				</Notice>
			) }
			{ step && <p className="ttdt-workflow__next">{ step }</p> }
		</div>
	);
}
