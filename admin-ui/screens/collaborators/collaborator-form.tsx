/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { DataForm } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formFields } from './fields';
import type { CollaboratorForm as FormValues } from './types';

type Props = {
	initial: FormValues;
	onSave: ( values: FormValues ) => Promise< unknown >;
	onDone: () => void;
};

const FORM = {
	type: 'regular' as const,
	fields: [
		'name',
		'ttdt_unit',
		'ttdt_phone',
		'ttdt_email',
		'ttdt_user_id',
		'ttdt_notes',
	],
};

/**
 * Adds or edits one collaborator. The server validates (name required, e-mail well formed)
 * and its message is shown as is.
 *
 * @param props         Props.
 * @param props.initial Values to start from.
 * @param props.onSave  Saves the values.
 * @param props.onDone  Closes the form.
 */
export default function CollaboratorForm( { initial, onSave, onDone }: Props ) {
	const [ values, setValues ] = useState< FormValues >( initial );
	const [ error, setError ] = useState< string | null >( null );
	const [ isSaving, setIsSaving ] = useState( false );
	const fields = useMemo( formFields, [] );

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		if ( ! values.name.trim() ) {
			setError(
				__( "Enter the collaborator's full name.", 'ttdt-portal' )
			);
			return;
		}
		setError( null );
		setIsSaving( true );
		try {
			await onSave( values );
			onDone();
		} catch ( caught ) {
			setError(
				( caught as { message?: string } )?.message ??
					__( 'The collaborator could not be saved.', 'ttdt-portal' )
			);
			setIsSaving( false );
		}
	};

	return (
		<form className="ttdt-collaborator-form" onSubmit={ onSubmit }>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<DataForm< FormValues >
				data={ values }
				fields={ fields }
				form={ FORM }
				onChange={ ( changes ) =>
					setValues( ( current ) => ( { ...current, ...changes } ) )
				}
			/>
			<div className="ttdt-collaborator-form__actions">
				<Button
					variant="tertiary"
					onClick={ onDone }
					__next40pxDefaultSize
				>
					{ __( 'Cancel', 'ttdt-portal' ) }
				</Button>
				<Button
					variant="primary"
					type="submit"
					isBusy={ isSaving }
					disabled={ isSaving }
					__next40pxDefaultSize
				>
					{ __( 'Save collaborator', 'ttdt-portal' ) }
				</Button>
			</div>
		</form>
	);
}
