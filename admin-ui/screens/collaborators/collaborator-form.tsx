/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataForm } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import {
	FieldErrors,
	invalidFields,
	withoutErrorsOf,
	type CheckedField,
} from '../../components/form-controls';
import Notices from '../../components/notices';
import { errorMessage, fieldErrors } from '../../data/error-message';
import type { CollaboratorForm as FormValues, CollaboratorItem } from './types';

/** Notices context of the form: its errors show inside the dialog. */
const FORM_NOTICES = 'ttdt-collaborator-form';

/** The REST parameters the form names differently. */
const RENAMED = { title: 'name' };

type Props = {
	initial: FormValues;
	/** The registry's fields, the list's own. */
	fields: CheckedField< CollaboratorItem >[];
	onSave: ( values: FormValues ) => Promise< unknown >;
	onDone: () => void;
};

const FIELD_IDS = [
	'name',
	'ttdt_unit',
	'ttdt_phone',
	'ttdt_email',
	'ttdt_user_id',
	'ttdt_notes',
];

const FORM = { type: 'regular' as const, fields: FIELD_IDS };

/**
 * Adds or edits one collaborator. The fields' own checks (`isValid`) run first; the server
 * validates again (name required, e-mail well formed). Each reason shows under its field,
 * and all of them in the dialog's notice, which is announced.
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
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ isSaving, setIsSaving ] = useState( false );
	const { createErrorNotice, removeAllNotices } = useDispatch( noticesStore );
	const showErrors = ( next: Record< string, string >, message: string ) => {
		setErrors( next );
		createErrorNotice( message, {
			context: FORM_NOTICES,
			id: 'ttdt-collaborator-form-error',
			isDismissible: false,
		} );
	};

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		const refused = invalidFields( values, fields, FIELD_IDS );
		if ( Object.keys( refused ).length ) {
			showErrors( refused, Object.values( refused ).join( ' ' ) );
			return;
		}
		setErrors( {} );
		removeAllNotices( 'default', FORM_NOTICES );
		setIsSaving( true );
		try {
			await onSave( values );
			onDone();
		} catch ( caught ) {
			showErrors(
				fieldErrors( caught, RENAMED ),
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
			<FieldErrors.Provider value={ errors }>
				<DataForm< CollaboratorItem >
					data={ values }
					fields={ fields }
					form={ FORM }
					onChange={ ( changes ) => {
						setErrors( ( current ) =>
							withoutErrorsOf( current, changes )
						);
						setValues( ( current ) => ( {
							...current,
							...changes,
						} ) );
					} }
				/>
			</FieldErrors.Provider>
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
