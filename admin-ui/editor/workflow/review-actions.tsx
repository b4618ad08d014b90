/**
 * WordPress dependencies
 */
import { Button, TextareaControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { returnItem } from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';
import { approveAsSeen } from './approve';
import type { Workflow } from './use-workflow';

type Props = {
	item: WorkflowItem;
	workflow: Workflow;
};

/**
 * Approve and Return, for those the server allows. A return needs a reason; an approval may
 * carry a comment. Unsaved edits are saved first.
 *
 * @param props          Props.
 * @param props.item     The item.
 * @param props.workflow Workflow of the open item.
 */
export default function ReviewActions( { item, workflow }: Props ) {
	const [ comment, setComment ] = useState( '' );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const canApprove = item.allowed_actions.includes( 'approve' );
	const canReturn = item.allowed_actions.includes( 'return' );
	if ( ! canApprove && ! canReturn ) {
		return null;
	}

	const run = async (
		action: ( id: number ) => Promise< WorkflowItem >,
		message: string
	) => {
		if ( await workflow.act( action ) ) {
			setComment( '' );
			createSuccessNotice( message, { type: 'snackbar' } );
		}
	};

	return (
		<div className="ttdt-workflow__review">
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Comment for the writer', 'ttdt-portal' ) }
				help={
					canReturn
						? __(
								'Required to return the item: say what to change. Optional when approving.',
								'ttdt-portal'
							)
						: undefined
				}
				value={ comment }
				onChange={ setComment }
				rows={ 3 }
			/>
			{ workflow.isDirty && (
				<p className="ttdt-workflow__hint">
					{ __(
						'Your unsaved changes will be saved first.',
						'ttdt-portal'
					) }
				</p>
			) }
			<div className="ttdt-workflow__buttons">
				{ canApprove && (
					<Button
						variant="primary"
						__next40pxDefaultSize
						isBusy={ workflow.isBusy }
						disabled={ workflow.isBusy }
						onClick={ () =>
							run(
								approveAsSeen(
									item,
									workflow.isDirty,
									comment
								),
								__( 'Item approved.', 'ttdt-portal' )
							)
						}
					>
						{ __( 'Approve', 'ttdt-portal' ) }
					</Button>
				) }
				{ canReturn && (
					<Button
						variant="secondary"
						isDestructive
						__next40pxDefaultSize
						disabled={ workflow.isBusy || ! comment.trim() }
						onClick={ () =>
							run(
								( id ) => returnItem( id, comment ),
								__(
									'Item returned to the writer.',
									'ttdt-portal'
								)
							)
						}
					>
						{ __( 'Return to writer', 'ttdt-portal' ) }
					</Button>
				) }
			</div>
		</div>
	);
}
