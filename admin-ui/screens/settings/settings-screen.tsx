/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useSettings } from '../../data/use-settings';
import DateFormatsCard from './date-formats-card';
import FieldControl from './field-control';
import { settingsGroups } from './fields';

type Status = { kind: 'success' | 'error'; message: string } | null;

type RestError = {
	message?: string;
	data?: { params?: Record< string, string > };
};

/**
 * The server's own words: the reason for each refused field when it gives them.
 *
 * @param error Error thrown by the save.
 */
function errorMessage( error: unknown ): string {
	const { message, data } = ( error ?? {} ) as RestError;
	const reasons = Object.values( data?.params ?? {} );
	if ( reasons.length ) {
		return reasons.join( ' ' );
	}
	return message ?? __( 'The settings could not be saved.', 'ttdt-portal' );
}

/**
 * Edits the portal settings and saves them through `ttdt/v1/settings`.
 */
export default function SettingsScreen() {
	const { settings, hasEdits, isSaving, edit, save } = useSettings();
	const [ status, setStatus ] = useState< Status >( null );

	if ( ! settings ) {
		return <Spinner />;
	}

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		setStatus( null );
		try {
			await save();
			setStatus( {
				kind: 'success',
				message: __( 'Settings saved.', 'ttdt-portal' ),
			} );
		} catch ( error ) {
			setStatus( { kind: 'error', message: errorMessage( error ) } );
		}
	};

	return (
		<form className="ttdt-settings" onSubmit={ onSubmit }>
			<div className="ttdt-settings__stack">
				{ status && (
					<Notice
						status={ status.kind }
						onRemove={ () => setStatus( null ) }
					>
						{ status.message }
					</Notice>
				) }
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
