/**
 * WordPress dependencies
 */
import { SelectControl, TextareaControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DialogButtons from '../../components/dialog-buttons';
import Notices from '../../components/notices';
import type { Incident } from '../../data/incidents';
import { useNoticedSubmit } from '../../data/use-noticed-submit';
import { useChoices } from '../../data/schema-labels';

const STEP_NOTICES = 'ttdt-incident-step';

type Props = {
	incident: Incident;
	onStep: ( id: number, state: string, note: string ) => Promise< unknown >;
	onDone: () => void;
};

/**
 * A step of the investigation: the next state and a note. Which moves are allowed is the
 * server's rule; its Vietnamese message is shown as it comes.
 *
 * @param props          Component props.
 * @param props.incident The report.
 * @param props.onStep   Saves the step.
 * @param props.onDone   Closes the form.
 */
export default function StepForm( { incident, onStep, onDone }: Props ) {
	const [ state, setState ] = useState< string >( incident.state );
	const states = useChoices( '/ttdt/v1/incidents' )?.state ?? [];
	const [ note, setNote ] = useState( '' );
	const { isSaving, onSubmit, cancel } = useNoticedSubmit( {
		context: STEP_NOTICES,
		submit: () => onStep( incident.id, state, note ),
		success: () => __( 'The report was updated.', 'ttdt-portal' ),
		failure: __( 'The step could not be saved.', 'ttdt-portal' ),
		onDone,
	} );

	return (
		<form className="ttdt-incidents__form" onSubmit={ onSubmit }>
			<Notices context={ STEP_NOTICES } />
			<p>{ incident.description }</p>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'State', 'ttdt-portal' ) }
				value={ state }
				options={ states }
				onChange={ setState }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Note', 'ttdt-portal' ) }
				help={ __(
					'What was found or done. Needed to close the report.',
					'ttdt-portal'
				) }
				value={ note }
				onChange={ setNote }
			/>
			<DialogButtons
				className="ttdt-incidents__buttons"
				label={ __( 'Save', 'ttdt-portal' ) }
				isSaving={ isSaving }
				onCancel={ cancel }
			/>
		</form>
	);
}
