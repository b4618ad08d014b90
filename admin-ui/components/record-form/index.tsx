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
} from '../form-controls';
import Notices from '../notices';
import { errorMessage, fieldErrors } from '../../data/error-message';
// Not named style.scss: wp-scripts would put a shared style.scss only in the first entry's
// style-<entry>.css, so every other screen would miss it.
import './record-form.scss';

type Props< Item > = {
	/** Values to start from. */
	initial: Item;
	/** The list's own fields: DataForm shows the ones named in `formFields`. */
	fields: CheckedField< Item >[];
	formFields: string[];
	/** REST parameters the form names differently, e.g. `{ title: 'name' }`. */
	renamed?: Record< string, string >;
	onSave: ( values: Item ) => Promise< unknown >;
	onDone: () => void;
	/** Label of the submit button. */
	saveLabel: string;
	/** Message when the server gives no reason. */
	saveFailed: string;
};

/** Notices context of the form: its errors show inside the dialog. */
const FORM_NOTICES = 'ttdt-record-form';

/**
 * Adds or edits one record of a list screen. The fields' own checks (`isValid`) run first;
 * the server validates again. Each reason shows under its field, and all of them in the
 * dialog's notice, which is announced.
 *
 * @param props            Props.
 * @param props.initial    Values to start from.
 * @param props.fields     Fields.
 * @param props.formFields Ids of the fields the form shows.
 * @param props.renamed    REST parameters named differently.
 * @param props.onSave     Saves the values.
 * @param props.onDone     Closes the form.
 * @param props.saveLabel  Submit label.
 * @param props.saveFailed Fallback error.
 */
export default function RecordForm< Item extends object >( {
	initial,
	fields,
	formFields,
	renamed = {},
	onSave,
	onDone,
	saveLabel,
	saveFailed,
}: Props< Item > ) {
	const [ values, setValues ] = useState< Item >( initial );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ isSaving, setIsSaving ] = useState( false );
	const { createErrorNotice, removeAllNotices } = useDispatch( noticesStore );
	const showErrors = ( next: Record< string, string >, message: string ) => {
		setErrors( next );
		createErrorNotice( message, {
			context: FORM_NOTICES,
			id: 'ttdt-record-form-error',
			isDismissible: false,
		} );
	};

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		const refused = invalidFields( values, fields, formFields );
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
				fieldErrors( caught, renamed ),
				errorMessage( caught, saveFailed )
			);
			setIsSaving( false );
		}
	};

	return (
		<form className="ttdt-record-form" onSubmit={ onSubmit }>
			<Notices context={ FORM_NOTICES } />
			<FieldErrors.Provider value={ errors }>
				<DataForm< Item >
					data={ values }
					fields={ fields }
					form={ { type: 'regular', fields: formFields } }
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
			<div className="ttdt-record-form__actions">
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
					{ saveLabel }
				</Button>
			</div>
		</form>
	);
}
