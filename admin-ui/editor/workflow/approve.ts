/**
 * Internal dependencies
 */
import { approveItem, fetchWorkflowItem } from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';

/**
 * The approval of what the moderator read: the item as loaded, or, when their own unsaved
 * edits are saved first, as just saved. The server refuses it if anyone else changed the
 * item since.
 *
 * @param item    The item as the editor shows it.
 * @param isDirty Whether the editor holds unsaved edits (saved before the approval).
 * @param comment Comment for the writer.
 */
export function approveAsSeen(
	item: WorkflowItem,
	isDirty: boolean,
	comment = ''
): ( id: number ) => Promise< WorkflowItem > {
	const seen = isDirty ? null : item.fingerprint;
	return async ( id ) =>
		approveItem(
			id,
			seen ?? ( await fetchWorkflowItem( id ) ).fingerprint,
			comment
		);
}
