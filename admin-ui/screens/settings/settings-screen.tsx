/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataForm } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { FieldErrors, withoutErrorsOf } from '../../components/form-controls';
import Notices from '../../components/notices';
import { errorMessage, fieldErrors } from '../../data/error-message';
import type { Settings } from '../../data/generated/schemas';
import { useSchema } from '../../data/schema-labels';
import { useSettings } from '../../data/use-settings';
import DateFormatsCard from './date-formats-card';
import { settingsFields, settingsForm } from './fields';

/**
 * Edits the portal settings and saves them through `ttdt/v1/settings`: a DataForm over
 * fields generated from the route's schema; the server's reason for each refused value is
 * shown under its field.
 */
export default function SettingsScreen() {
	const { settings, hasEdits, isSaving, edit, save } = useSettings();
	const schema = useSchema( '/ttdt/v1/settings' );
	const fields = useMemo(
		() => ( schema ? settingsFields( schema ) : [] ),
		[ schema ]
	);
	const form = useMemo( () => settingsForm( fields ), [ fields ] );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	if ( ! settings || ! schema ) {
		return <Spinner />;
	}

	const onChange = ( changes: Partial< Settings > ) => {
		// A field that changes is no longer the value the server refused.
		setErrors( ( current ) => withoutErrorsOf( current, changes ) );
		edit( changes );
	};

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		try {
			await save();
			setErrors( {} );
			createSuccessNotice( __( 'Settings saved.', 'ttdt-portal' ), {
				id: 'ttdt-settings-save',
			} );
		} catch ( error ) {
			setErrors( fieldErrors( error ) );
			createErrorNotice(
				errorMessage(
					error,
					__( 'The settings could not be saved.', 'ttdt-portal' )
				),
				{ id: 'ttdt-settings-save' }
			);
		}
	};

	return (
		<form className="ttdt-settings" onSubmit={ onSubmit }>
			<div className="ttdt-settings__stack">
				<Notices />
				<Card>
					<CardBody>
						<FieldErrors.Provider value={ errors }>
							<DataForm< Settings >
								data={ settings }
								fields={ fields }
								form={ form }
								onChange={ onChange }
							/>
						</FieldErrors.Provider>
					</CardBody>
				</Card>
				<DateFormatsCard />
				<div>
					<Button
						variant="primary"
						type="submit"
						isBusy={ isSaving }
						disabled={ ! hasEdits || isSaving }
						__next40pxDefaultSize
					>
						{ __( 'Save settings', 'ttdt-portal' ) }
					</Button>
				</div>
			</div>
		</form>
	);
}
