/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, Spinner } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { DataForm } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { FieldErrors, withoutErrorsOf } from '../../components/form-controls';
import Notices from '../../components/notices';
import {
	ENTITY_KIND,
	NETWORK_SETTINGS_ENTITY,
	registerEntities,
} from '../../data/entities';
import { errorMessage } from '../../data/error-message';
import { useSchema } from '../../data/schema-labels';
import {
	figureErrors,
	figuresOf,
	fromForm,
	networkFields,
	networkForm,
	toForm,
	type FormData,
	type NetworkSettings,
} from './fields';

registerEntities();

const PATH = '/ttdt/v1/network/settings';
// A singleton resource has no ID, like core's `root/site`.
const KEY = undefined as unknown as string;

/**
 * The province-wide figures: per figure, whether the province sets it, and whether a commune
 * may still set its own or it is locked for every commune. A DataForm over fields built from
 * the route's schema (titles, descriptions and choices named by the server); saved through
 * `ttdt/v1/network/settings`, which validates each figure; its reason for a refused one is
 * shown under that figure.
 */
export default function NetworkSettingsScreen() {
	const schema = useSchema( PATH );
	const { record, hasEdits, isSaving } = useSelect( ( select ) => {
		const core = select( coreStore );
		return {
			record: core.getEditedEntityRecord(
				ENTITY_KIND,
				NETWORK_SETTINGS_ENTITY,
				KEY
			) as unknown as NetworkSettings | undefined,
			hasEdits: core.hasEditsForEntityRecord(
				ENTITY_KIND,
				NETWORK_SETTINGS_ENTITY,
				KEY
			),
			isSaving: core.isSavingEntityRecord(
				ENTITY_KIND,
				NETWORK_SETTINGS_ENTITY,
				KEY
			),
		};
	}, [] );
	const { editEntityRecord, saveEditedEntityRecord } =
		useDispatch( coreStore );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const figures = useMemo(
		() => ( schema ? figuresOf( schema ) : {} ),
		[ schema ]
	);
	const fields = useMemo(
		() => ( schema ? networkFields( schema ) : [] ),
		[ schema ]
	);
	const form = useMemo( () => networkForm( fields ), [ fields ] );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );

	if ( ! schema || ! record?.values ) {
		return <Spinner />;
	}
	const data = toForm( record, figures );

	const onChange = ( changes: Partial< FormData > ) => {
		// A field that changes is no longer the value the server refused.
		setErrors( ( current ) => withoutErrorsOf( current, changes ) );
		editEntityRecord(
			ENTITY_KIND,
			NETWORK_SETTINGS_ENTITY,
			KEY,
			fromForm( { ...data, ...changes }, figures )
		);
	};

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		try {
			await saveEditedEntityRecord(
				ENTITY_KIND,
				NETWORK_SETTINGS_ENTITY,
				KEY,
				{ throwOnError: true }
			);
			setErrors( {} );
			createSuccessNotice(
				__(
					'Province-wide figures saved. Every commune follows them now.',
					'ttdt-portal'
				),
				{ id: 'ttdt-network-settings-save' }
			);
		} catch ( error ) {
			setErrors( figureErrors( error ) );
			createErrorNotice(
				errorMessage(
					error,
					__(
						'The province-wide figures could not be saved.',
						'ttdt-portal'
					)
				),
				{ id: 'ttdt-network-settings-save' }
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
							<DataForm< FormData >
								data={ data }
								fields={ fields }
								form={ form }
								onChange={ onChange }
							/>
						</FieldErrors.Provider>
					</CardBody>
				</Card>
				<div>
					<Button
						variant="primary"
						type="submit"
						isBusy={ isSaving }
						disabled={ ! hasEdits || isSaving }
						__next40pxDefaultSize
					>
						{ __(
							'Save the province-wide figures',
							'ttdt-portal'
						) }
					</Button>
				</div>
			</div>
		</form>
	);
}
