/**
 * WordPress dependencies
 */
import { Button, Modal, TextareaControl } from '@wordpress/components';
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
	workflow: Workflow & { item: WorkflowItem };
};

/**
 * Approve and Return where a reviewer looks first. Approving takes one click (a comment can
 * be added in the Approval panel); returning asks for the reason in a dialog. Which buttons
 * show is the server's answer (`allowed_actions`), never worked out here.
 *
 * @param props          Props.
 * @param props.workflow Workflow of the open item.
 */
export default function QuickReview( { workflow }: Props ) {
	const { item } = workflow;
	const [ isReturning, setReturning ] = useState( false );
	const [ reason, setReason ] = useState( '' );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const canApprove = item.allowed_actions.includes( 'approve' );
	const canReturn =
		item.state === 'submitted' && item.allowed_actions.includes( 'return' );
	if ( ! canApprove && ! canReturn ) {
		return null;
	}

	const run = async (
		action: ( id: number ) => Promise< WorkflowItem >,
		message: string
	) => {
		const done = await workflow.act( action );
		if ( done ) {
			createSuccessNotice( message, { type: 'snackbar' } );
		}
		return done;
	};

	return (
		<div className="ttdt-workflow-status__actions">
			{ canApprove && (
				<Button
					variant="primary"
					__next40pxDefaultSize
					isBusy={ workflow.isBusy }
					disabled={ workflow.isBusy }
					accessibleWhenDisabled
					onClick={ () =>
						run(
							approveAsSeen( item, workflow.isDirty ),
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
					disabled={ workflow.isBusy }
					accessibleWhenDisabled
					onClick={ () => setReturning( true ) }
				>
					{ __( 'Return to writer…', 'ttdt-portal' ) }
				</Button>
			) }
			{ isReturning && (
				<Modal
					title={ __( 'Return to the writer', 'ttdt-portal' ) }
					onRequestClose={ () => setReturning( false ) }
				>
					<form
						className="ttdt-workflow-status__return"
						onSubmit={ async ( event ) => {
							event.preventDefault();
							const done = await run(
								( id ) => returnItem( id, reason ),
								__(
									'Item returned to the writer.',
									'ttdt-portal'
								)
							);
							if ( done ) {
								setReason( '' );
								setReturning( false );
							}
						} }
					>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'What must change', 'ttdt-portal' ) }
							help={ __(
								'The writer reads this reason: say what to correct before submitting again.',
								'ttdt-portal'
							) }
							value={ reason }
							onChange={ setReason }
							rows={ 4 }
						/>
						<Button
							type="submit"
							variant="primary"
							isDestructive
							__next40pxDefaultSize
							isBusy={ workflow.isBusy }
							disabled={ workflow.isBusy || ! reason.trim() }
							accessibleWhenDisabled
						>
							{ __( 'Return to writer', 'ttdt-portal' ) }
						</Button>
					</form>
				</Modal>
			) }
		</div>
	);
}
