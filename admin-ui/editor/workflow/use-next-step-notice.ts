/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useEffect, useRef } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import { timeLeftText } from '../../data/workflow-item';
import type { WorkflowItem } from '../../data/generated/schemas';

/** ID of the editor notice that tells the writer what happens after submitting. */
export const NEXT_STEP_NOTICE = 'ttdt-workflow-next-step';

/**
 * What happens to an item the user has just submitted: who reviews it and by when.
 *
 * @param item The item, as the server describes it after the submission.
 */
export function nextStepMessage( item: WorkflowItem ): string {
	const names = item.reviewers.map( ( person ) => person.name ).join( ', ' );
	const who = names
		? sprintf(
				/* translators: %s: names of the moderators, comma-separated. */
				__( 'Reviewers: %s.', 'ttdt-portal' ),
				names
			)
		: __(
				'No moderator can review it yet: ask the head of the editorial board to assign one.',
				'ttdt-portal'
			);
	const when =
		item.deadline && item.time_left
			? sprintf(
					/* translators: 1: date, dd/mm/yyyy, 2: time left, e.g. "còn 2 ngày làm việc". */
					__(
						'They will approve it or return it to you with a reason by %1$s (%2$s).',
						'ttdt-portal'
					),
					toVnDate( item.deadline ),
					timeLeftText( item.time_left )
				)
			: __(
					'They will approve it or return it to you with a reason.',
					'ttdt-portal'
				);
	return `${ __(
		'Submitted for approval.',
		'ttdt-portal'
	) } ${ who } ${ when }`;
}

/**
 * Tells the writer, in the editor's notices, what happens next once the item they had open
 * as a draft (or returned) is submitted: the editor's own message only says it was saved.
 *
 * @param item The item, or null while it loads.
 */
export function useNextStepNotice( item: WorkflowItem | null ): void {
	const { createInfoNotice } = useDispatch( noticesStore );
	const previous = useRef< WorkflowItem[ 'state' ] | null >( null );
	useEffect( () => {
		if ( ! item ) {
			return;
		}
		const before = previous.current;
		previous.current = item.state;
		if (
			( before === 'draft' || before === 'returned' ) &&
			item.state === 'submitted' &&
			! item.awaiting_you
		) {
			createInfoNotice( nextStepMessage( item ), {
				id: NEXT_STEP_NOTICE,
			} );
		}
	}, [ item, createInfoNotice ] );
}
