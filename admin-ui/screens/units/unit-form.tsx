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
import type { UnitItem } from './types';

/** Notices context of the form: its errors show inside the dialog. */
const FORM_NOTICES = 'ttdt-unit-form';

type Props = {
	initial: UnitItem;
	/** The units' fields, the list's own. */
	fields: Field< UnitItem >[];
	onSave: ( values: UnitItem ) => Promise< unknown >;
	onDone: () => void;
};

const FORM = {
	type: 'regular' as const,
	fields: [ 'name', 'ttdt_unit_head', 'ttdt_unit_email', 'ttdt_unit_phone' ],
};

/**
 * Adds or edits one unit. The server validates (name required, e-mail well formed)
 * and its message is shown as is.
 *
 * @param props         Props.
 * @param props.initial Values to start from.
 * @param props.fields  The units' fields.
 * @param props.onSave  Saves the values.
 * @param props.onDone  Closes the form.
 */
export default function UnitForm( { initial, fields, onSave, onDone }: Props ) {
	const [ values, setValues ] = useState< UnitItem >( initial );
	const { createErrorNotice, removeAllNotices } = useDispatch( noticesStore );
	const showError = ( message: string ) =>
		createErrorNotice( message, {
			context: FORM_NOTICES,
			id: 'ttdt-unit-form-error',
			isDismissible: false,
		} );
	const [ isSaving, setIsSaving ] = useState( false );

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		if ( ! values.name.trim() ) {
			showError( __( "Enter the unit's name.", 'ttdt-portal' ) );
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
					__( 'The unit could not be saved.', 'ttdt-portal' )
				)
			);
			setIsSaving( false );
		}
	};

	return (
		<form className="ttdt-unit-form" onSubmit={ onSubmit }>
			<Notices context={ FORM_NOTICES } />
			<DataForm< UnitItem >
				data={ values }
				fields={ fields }
				form={ FORM }
				onChange={ ( changes ) =>
					setValues( ( current ) => ( { ...current, ...changes } ) )
				}
			/>
			<div className="ttdt-unit-form__actions">
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
					{ __( 'Save unit', 'ttdt-portal' ) }
				</Button>
			</div>
		</form>
	);
}
