/**
 * WordPress dependencies
 */
import { ComboboxControl, TextareaControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import type { DataFormControlProps } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	TelEdit,
	TextEdit,
	helpWith,
	useFieldError,
	type CheckedField,
} from '../../components/form-controls';
import { nameField } from '../../components/records-screen/name-field';
import type { CollaboratorForm, CollaboratorItem } from './types';

/**
 * Multi-line notes.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
function NotesControl( {
	data,
	field,
	onChange,
}: DataFormControlProps< CollaboratorForm > ) {
	const { error, invalid } = useFieldError( field.id );
	return (
		<TextareaControl
			__nextHasNoMarginBottom
			label={ field.label }
			help={ helpWith( undefined, error ) }
			{ ...invalid }
			value={ data.ttdt_notes }
			onChange={ ( value: string ) => onChange( { ttdt_notes: value } ) }
		/>
	);
}

/**
 * The collaborator's own account, if they have one, among the users who write items.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
function AccountControl( {
	data,
	field,
	onChange,
}: DataFormControlProps< CollaboratorForm > ) {
	const users = useSelect(
		( select ) =>
			select( coreStore ).getUsers( {
				who: 'authors',
				per_page: 100,
				context: 'view',
			} ) as Array< { id: number; name: string } > | null,
		[]
	);
	const { error } = useFieldError( field.id );
	return (
		<ComboboxControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={ helpWith(
				__(
					'Only if the collaborator has an account on the portal.',
					'ttdt-portal'
				),
				error
			) }
			value={ data.ttdt_user_id ? String( data.ttdt_user_id ) : null }
			options={ ( users ?? [] ).map( ( user ) => ( {
				value: String( user.id ),
				label: user.name,
			} ) ) }
			onChange={ ( value?: string | null ) =>
				onChange( { ttdt_user_id: value ? Number( value ) : 0 } )
			}
		/>
	);
}

/**
 * The fields of the registry: the list's columns and the form's controls (DataForm reads the
 * same fields, over the flat shape of a row).
 */
export function collaboratorFields(): CheckedField< CollaboratorItem >[] {
	return [
		nameField< CollaboratorItem >(
			__( 'Full name', 'ttdt-portal' ),
			__( "Enter the collaborator's full name.", 'ttdt-portal' )
		),
		{
			id: 'ttdt_unit',
			type: 'text',
			label: __( 'Unit', 'ttdt-portal' ),
			Edit: TextEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_phone',
			type: 'text',
			label: __( 'Telephone', 'ttdt-portal' ),
			Edit: TelEdit,
			enableSorting: false,
		},
		{
			id: 'ttdt_email',
			type: 'text',
			label: __( 'E-mail', 'ttdt-portal' ),
			// Plain text: the server checks the address and says what is wrong in Vietnamese.
			Edit: TextEdit,
			render: ( { item } ) =>
				item.ttdt_email ? (
					<a href={ `mailto:${ item.ttdt_email }` }>
						{ item.ttdt_email }
					</a>
				) : null,
			enableSorting: false,
		},
		{
			id: 'ttdt_user_id',
			label: __( 'Linked account', 'ttdt-portal' ),
			Edit: AccountControl,
			enableSorting: false,
			enableHiding: false,
		},
		{
			id: 'ttdt_notes',
			label: __( 'Notes', 'ttdt-portal' ),
			Edit: NotesControl,
			enableSorting: false,
			enableHiding: false,
		},
		{
			id: 'published_count',
			type: 'integer',
			label: __( 'Published items', 'ttdt-portal' ),
			getValue: ( { item } ) => item.published_count ?? 0,
			enableSorting: false,
		},
	];
}
