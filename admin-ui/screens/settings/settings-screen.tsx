/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { errorMessage } from '../../data/error-message';
import { useChoices } from '../../data/schema-labels';
import { useSettings } from '../../data/use-settings';
import DateFormatsCard from './date-formats-card';
import FieldControl from './field-control';
import { settingsGroups } from './fields';

/**
 * Edits the portal settings and saves them through `ttdt/v1/settings`.
 */
export default function SettingsScreen() {
	const { settings, hasEdits, isSaving, edit, save } = useSettings();
	const choices = useChoices( '/ttdt/v1/settings' );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	if ( ! settings || ! choices ) {
		return <Spinner />;
	}

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		try {
			await save();
			createSuccessNotice( __( 'Settings saved.', 'ttdt-portal' ), {
				id: 'ttdt-settings-save',
			} );
		} catch ( error ) {
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
				{ settingsGroups().map( ( group ) => (
					<Card key={ group.title }>
						<CardHeader>
							<h2>{ group.title }</h2>
						</CardHeader>
						<CardBody>
							<div className="ttdt-settings__stack">
								{ group.fields.map( ( field ) => (
									<FieldControl
										key={ field.key }
										field={ field }
										value={ settings[ field.key ] }
										choices={ choices[ field.key ] }
										onChange={ ( value ) =>
											edit( { [ field.key ]: value } )
										}
									/>
								) ) }
							</div>
						</CardBody>
					</Card>
				) ) }
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
