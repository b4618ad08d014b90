/**
 * WordPress dependencies
 */
import { Notice, Spinner } from '@wordpress/components';

/**
 * Internal dependencies
 */
import HistoryList from './history-list';
import ReceiptFields from './receipt-fields';
import ReviewActions from './review-actions';
import StateSummary from './state-summary';
import { useWorkflow } from './use-workflow';

/**
 * Everything about the item's approval, in the document settings sidebar.
 */
export default function WorkflowPanel() {
	const workflow = useWorkflow();
	const { item, error } = workflow;

	if ( ! item ) {
		return error ? (
			<Notice status="error" isDismissible={ false }>
				{ error }
			</Notice>
		) : (
			<Spinner />
		);
	}
	return (
		<div className="ttdt-workflow">
			<StateSummary item={ item } />
			<ReceiptFields item={ item } />
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<ReviewActions item={ item } workflow={ workflow } />
			<HistoryList entries={ item.history } />
		</div>
	);
}
