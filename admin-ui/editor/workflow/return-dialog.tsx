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
import type { Workflow } from './use-workflow';

type Props = {
	workflow: Workflow;
	onClose: () => void;
};

/**
 * Asks why the item goes back to its writer (the server requires a reason), then returns it.
 *
 * @param props          Props.
 * @param props.workflow Workflow of the open item.
 * @param props.onClose  Closes the dialog.
 */
export default function ReturnDialog( { workflow, onClose }: Props ) {
	const [ reason, setReason ] = useState( '' );
	const { createSuccessNotice } = useDispatch( noticesStore );
	return (
		<Modal
			title={ __( 'Return to the writer', 'ttdt-portal' ) }
			onRequestClose={ onClose }
		>
			<form
				className="ttdt-workflow-return"
				onSubmit={ async ( event ) => {
					event.preventDefault();
					if (
						await workflow.act( ( id ) => returnItem( id, reason ) )
					) {
						createSuccessNotice(
							__( 'Item returned to the writer.', 'ttdt-portal' ),
							{ type: 'snackbar' }
						);
						onClose();
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
	);
}
