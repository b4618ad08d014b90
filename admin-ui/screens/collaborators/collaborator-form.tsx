/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataForm, type Field } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { errorMessage } from '../../data/error-message';
import type { CollaboratorForm as FormValues, CollaboratorItem } from './types';

/** Notices context of the form: its errors show inside the dialog. */
const FORM_NOTICES = 'ttdt-collaborator-form';

type Props = {
	initial: FormValues;
	/** The registry's fields, the list's own. */
	fields: Field< CollaboratorItem >[];
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
 * @param props.fields  The registry's fields.
 * @param props.onSave  Saves the values.
 * @param props.onDone  Closes the form.
 */
export default function CollaboratorForm( {
	initial,
	fields,
	onSave,
	onDone,
}: Props ) {
	const [ values, setValues ] = useState< FormValues >( initial );
	const { createErrorNotice, removeAllNotices } = useDispatch( noticesStore );
	const showError = ( message: string ) =>
		createErrorNotice( message, {
			context: FORM_NOTICES,
			id: 'ttdt-collaborator-form-error',
			isDismissible: false,
		} );
	const [ isSaving, setIsSaving ] = useState( false );

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		if ( ! values.name.trim() ) {
			showError(
				__( "Enter the collaborator's full name.", 'ttdt-portal' )
			);
			return;
		}
		removeAllNotices( 'default', FORM_NOTICES );
		setIsSaving( true );
		try {
			await onSave( values );
			onDone();
		} catch ( caught ) {
			showError(
				errorMessage(
					caught,
					__( 'The collaborator could not be saved.', 'ttdt-portal' )
				)
			);
			setIsSaving( false );
		}
	};

	return (
		<form className="ttdt-collaborator-form" onSubmit={ onSubmit }>
			<Notices context={ FORM_NOTICES } />
			<DataForm< CollaboratorItem >
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
					onClick={ () => {
						removeAllNotices( 'default', FORM_NOTICES );
						onDone();
					} }
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
