/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';

/**
 * Internal dependencies
 */
import HistoryList from './history-list';
import ReceiptFields from './receipt-fields';
import ReviewActions from './review-actions';
import StateSummary from './state-summary';
import type { Workflow } from './use-workflow';

type Props = {
	workflow: Workflow;
};

/**
 * Everything about the item's approval, in the document settings sidebar. Failures are the
 * editor's notices (see `useWorkflow`).
 *
 * @param props          Props.
 * @param props.workflow Workflow of the open item.
 */
export default function WorkflowPanel( { workflow }: Props ) {
	const { item } = workflow;
	if ( ! item ) {
		return <Spinner />;
	}
	return (
		<div className="ttdt-workflow">
			<StateSummary item={ item } />
			<ReceiptFields item={ item } />
			<ReviewActions item={ item } workflow={ workflow } />
			<HistoryList entries={ item.history } />
		</div>
	);
}
