/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import type { DataFormControlProps, Field, Form } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ChoiceEdit,
	EmailEdit,
	IntegerEdit,
	TelEdit,
	TextEdit,
	helpWith,
	useFieldError,
	valueEdit,
} from '../../components/form-controls';
import {
	FeedbackDeadlinesControl,
	WorkingDaysControl,
} from '../../components/feedback-deadlines';
import SwapDaysControl, { type SwapDay } from '../../components/swap-days';
import type { Settings } from '../../data/generated/schemas';
import {
	choicesOf,
	type PropertySchema,
	type RouteSchema,
} from '../../data/schema-labels';

type Edit = NonNullable< Field< Settings >[ 'Edit' ] >;
type Control = Exclude< Edit, string >;

/**
 * Reads a list of whole numbers typed as "-1, 0, 1"; null while it does not parse.
 *
 * @param input What is typed.
 */
function parseIntegers( input: string ): number[] | null {
	const parts = input.split( /[,;\s]+/ ).filter( Boolean );
	return parts.length && parts.every( ( part ) => /^-?\d+$/.test( part ) )
		? parts.map( Number )
		: null;
}

/**
 * DataForm control of a list of whole numbers typed as "-1, 0, 1"; reported only once it
 * parses, and until then its help says how to type it.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
function IntegerListEdit( {
	data,
	field,
	onChange,
}: DataFormControlProps< Settings > ) {
	const { error, invalid } = useFieldError( field.id );
	const [ text, setText ] = useState(
		( ( field.getValue( { item: data } ) as number[] ) ?? [] ).join( ', ' )
	);
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ field.label }
			help={ helpWith(
				parseIntegers( text )
					? field.description
					: __(
							'Enter whole numbers separated by commas, e.g. -1, 0, 1, 2, 3.',
							'ttdt-portal'
						),
				error
			) }
			value={ text }
			onChange={ ( next: string ) => {
				setText( next );
				const list = parseIntegers( next );
				if ( list ) {
					onChange( { [ field.id ]: list } );
				}
			} }
			{ ...invalid }
		/>
	);
}

/** DataForm control of the days the government moves. */
const SwapDaysEdit = valueEdit< Settings, SwapDay[] >( SwapDaysControl );

/** DataForm control of the days to answer feedback, one number per type. */
const FeedbackDeadlinesEdit = valueEdit< Settings, Record< string, number > >(
	FeedbackDeadlinesControl
);

/** DataForm control of working or calendar days for the feedback deadlines. */
const WorkingDaysEdit = valueEdit< Settings, boolean >( WorkingDaysControl, {
	read: ( value ) => !! value,
	helpOnErrors: true,
} );

/**
 * Whether a property takes an e-mail address (alone, or as one of its `anyOf`).
 *
 * @param property Property schema.
 */
function isEmail( property: PropertySchema ): boolean {
	return (
		[ property, ...( property.anyOf ?? [] ) ] as PropertySchema[]
	 ).some( ( part ) => part.format === 'email' );
}

/**
 * The control of a property, from its schema: its choices, a list of whole numbers, a whole
 * number, an e-mail address or a line of text. Settings whose shape is their own (or whose
 * input type the schema cannot say) name theirs in `OWN_EDITS`.
 *
 * @param property Property schema.
 */
function editOf( property: PropertySchema ): Edit {
	if ( property[ 'x-labels' ] ) {
		return ChoiceEdit;
	}
	if ( property.type === 'array' && property.items?.type === 'integer' ) {
		return IntegerListEdit;
	}
	if ( property.type === 'integer' ) {
		return IntegerEdit;
	}
	return isEmail( property ) ? EmailEdit : TextEdit;
}

/** Settings that bring their own control. */
const OWN_EDITS: Partial< Record< keyof Settings, Edit > > = {
	phone: TelEdit,
	swap_days: SwapDaysEdit,
	feedback_deadline_days: FeedbackDeadlinesEdit,
	feedback_deadline_working: WorkingDaysEdit,
};

/**
 * The control of a setting this site may not change (the server marks it `readonly`: on a
 * network, a figure the province locked): shown as it is, disabled, with the server's note in
 * its description. A disabled fieldset disables whatever controls the setting's own edit
 * renders, so every shape of setting is covered by one wrapper.
 *
 * @param Edit The setting's control.
 */
function lockedEdit( Edit: Control ): Control {
	return function LockedEdit( props: DataFormControlProps< Settings > ) {
		return (
			<fieldset disabled className="ttdt-settings__locked">
				<Edit { ...props } onChange={ () => {} } />
			</fieldset>
		);
	};
}

/**
 * The control of a property: its own, or the one its schema says; disabled when read-only.
 *
 * @param id       Setting name.
 * @param property Property schema.
 */
function controlOf( id: string, property: PropertySchema ): Edit {
	const edit = OWN_EDITS[ id as keyof Settings ] ?? editOf( property );
	return property.readonly && typeof edit !== 'string'
		? lockedEdit( edit )
		: edit;
}

/**
 * The settings' fields, generated from the schema `ttdt/v1/settings` sends: each property's
 * title, description, type and (for an enum) the choices PHP names. A setting a feature adds
 * to the schema (`ttdt_settings_schema`) gets its field too; one the site may not change is
 * shown disabled.
 *
 * @param schema The route's schema.
 */
export function settingsFields( schema: RouteSchema ): Field< Settings >[] {
	return Object.entries( schema.properties ?? {} ).map(
		( [ id, property ] ) => ( {
			id,
			type: property.type === 'integer' ? 'integer' : 'text',
			label: property.title ?? id,
			description: property.description,
			elements: choicesOf( schema, id ),
			Edit: controlOf( id, property ),
		} )
	);
}

/**
 * The settings form: the fields grouped as an administrator thinks of them; a setting in
 * no group (one a feature added) comes last, under its own title.
 *
 * @param fields The settings' fields.
 */
export function settingsForm( fields: Field< Settings >[] ): Form {
	const groups = [
		{
			id: 'unit',
			label: __( 'Unit and owning agency', 'ttdt-portal' ),
			children: [
				'unit_name',
				'place_name',
				'agency_name',
				'board_head',
				'license_note',
			],
		},
		{
			id: 'contact',
			label: __( 'Contact', 'ttdt-portal' ),
			children: [ 'address', 'phone', 'email' ],
		},
		{
			id: 'board',
			label: __( 'Editorial board', 'ttdt-portal' ),
			children: [ 'weekly_quota' ],
		},
		{
			id: 'approval',
			label: __( 'Approval of items', 'ttdt-portal' ),
			children: [
				'approval_days',
				'approval_day_mode',
				'tet_days',
				'national_day_extra',
				'swap_days',
			],
		},
		{
			id: 'feedback',
			label: __( 'Citizen feedback', 'ttdt-portal' ),
			children: [
				'feedback_deadline_days',
				'feedback_deadline_working',
				'feedback_retention_months',
			],
		},
		{
			id: 'archive',
			label: __( 'Archive and backup', 'ttdt-portal' ),
			children: [ 'archive_frequency', 'archive_keep' ],
		},
	];
	const grouped = groups.flatMap( ( group ) => group.children );
	const ids = fields.map( ( field ) => field.id );
	return {
		type: 'regular',
		fields: [
			...groups.map( ( group ) => ( {
				...group,
				children: group.children.filter( ( id ) => ids.includes( id ) ),
			} ) ),
			...ids.filter( ( id ) => ! grouped.includes( id ) ),
		],
	};
}
