/**
 * WordPress dependencies
 */
import type { Field, Form } from '@wordpress/dataviews';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ChoiceEdit } from '../../components/form-controls';
import { fieldErrors } from '../../data/error-message';
import type { PropertySchema, RouteSchema } from '../../data/schema-labels';
import { rulesFields } from '../royalty/rules-fields';
import { settingsFields } from '../settings/fields';

/** What `ttdt/v1/network/settings` sends and takes. */
export type NetworkSettings = {
	values: Record< string, unknown >;
	locked: string[];
	delete_data_on_uninstall: boolean;
};

/**
 * The form's flat record: each figure, its scope (`<figure>__scope`), and the uninstall
 * choice as `keep` or `delete` (a choice control's value).
 */
export type FormData = Record< string, unknown >;

/** Who decides a figure: nobody in the province, the province unless a commune sets its own, the province alone. */
export type Scope = 'none' | 'default' | 'locked';

/** What this screen reads of a figure's schema beyond the shared type. */
type FigureSchema = PropertySchema & { 'x-default'?: unknown };

const SCOPE = '__scope';

/**
 * The figures' schemas (`values` of the route's schema), by name.
 *
 * @param schema The route's schema.
 */
export function figuresOf(
	schema: RouteSchema
): Record< string, FigureSchema > {
	return ( (
		schema.properties?.values as
			{ properties?: Record< string, FigureSchema > } | undefined
	 )?.properties ?? {} ) as Record< string, FigureSchema >;
}

/**
 * The form's record of what the server sent.
 *
 * @param record  What the route sent.
 * @param figures The figures' schemas.
 */
export function toForm(
	record: NetworkSettings,
	figures: Record< string, FigureSchema >
): FormData {
	const data: FormData = {
		delete_data_on_uninstall: record.delete_data_on_uninstall
			? 'delete'
			: 'keep',
	};
	for ( const key of Object.keys( figures ) ) {
		const set = key in ( record.values ?? {} );
		let scope: Scope = 'none';
		if ( set ) {
			scope = record.locked?.includes( key ) ? 'locked' : 'default';
		}
		data[ key + SCOPE ] = scope;
		data[ key ] = set
			? record.values[ key ]
			: figures[ key ][ 'x-default' ];
	}
	return data;
}

/**
 * What the route takes from the form's record: a figure nobody sets is left out.
 *
 * @param data    The form's record.
 * @param figures The figures' schemas.
 */
export function fromForm(
	data: FormData,
	figures: Record< string, FigureSchema >
): NetworkSettings {
	const values: Record< string, unknown > = {};
	const locked: string[] = [];
	for ( const key of Object.keys( figures ) ) {
		const scope = data[ key + SCOPE ] as Scope;
		if ( scope === 'none' ) {
			continue;
		}
		values[ key ] = data[ key ];
		if ( scope === 'locked' ) {
			locked.push( key );
		}
	}
	return {
		values,
		locked,
		delete_data_on_uninstall: data.delete_data_on_uninstall === 'delete',
	};
}

/** One error of a refused parameter, as WordPress details it. */
type Detail = {
	message?: string;
	data?: { param?: string } | null;
	additional_errors?: Detail[];
};

/**
 * The server's reason for each refused figure, by the form field it concerns: the route
 * names each refused figure `values[<figure>]`, as a parameter of its own (a lock without a
 * figure) or in the details of the `values` parameter (one error per figure).
 *
 * @param error What the save threw.
 */
export function figureErrors( error: unknown ): Record< string, string > {
	const errors = fieldErrors( error );
	const detail = ( error as { data?: { details?: { values?: Detail } } } )
		?.data?.details?.values;
	const figures = detail
		? [ detail, ...( detail.additional_errors ?? [] ) ]
				.map( ( one ) => [
					/^values\[(\w+)\]/.exec( one.data?.param ?? '' )?.[ 1 ],
					one.message,
				] )
				.filter( ( [ figure, message ] ) => figure && message )
		: [];
	if ( figures.length ) {
		delete errors.values;
		for ( const [ figure, message ] of figures ) {
			errors[ figure as string ] = message as string;
		}
	}
	return errors;
}

/**
 * The form's fields, from the route's schema: per figure, who decides it (named after the
 * figure, with its description) and the province's value, shown once the province sets it,
 * with the same control the commune's settings or royalty rules screen gives it.
 *
 * @param schema The route's schema.
 */
export function networkFields( schema: RouteSchema ): Field< FormData >[] {
	const figures = figuresOf( schema );
	const isList = ( property: FigureSchema ) =>
		property.type === 'array' && property.items?.type === 'object';
	const pick = ( list: boolean ) => ( {
		properties: Object.fromEntries(
			Object.entries( figures ).filter(
				( [ , property ] ) => isList( property ) === list
			)
		),
	} );
	const valueFields = [
		...settingsFields( pick( false ) ),
		...rulesFields( pick( true ) ),
	] as unknown as Field< FormData >[];
	const scopes = [
		{
			value: 'none',
			label: __(
				'Not set by the province: each commune keeps its own',
				'ttdt-portal'
			),
		},
		{
			value: 'default',
			label: __(
				'Province figure; a commune may set its own',
				'ttdt-portal'
			),
		},
		{
			value: 'locked',
			label: __( 'Locked: every commune uses it', 'ttdt-portal' ),
		},
	];
	const uninstall = schema.properties?.delete_data_on_uninstall;
	return [
		...Object.entries( figures ).flatMap( ( [ key, property ] ) => {
			const value = valueFields.find( ( field ) => field.id === key );
			const scope: Field< FormData > = {
				id: key + SCOPE,
				type: 'text',
				label: property.title ?? key,
				description: property.description,
				elements: scopes,
				Edit: ChoiceEdit,
			};
			return value
				? [
						scope,
						{
							...value,
							label: sprintf(
								/* translators: %s: name of the figure. */
								__( '%s (province figure)', 'ttdt-portal' ),
								property.title ?? key
							),
							description: undefined,
							isVisible: ( item: FormData ) =>
								item[ key + SCOPE ] !== 'none',
						},
					]
				: [ scope ];
		} ),
		{
			id: 'delete_data_on_uninstall',
			type: 'text',
			label: uninstall?.title ?? 'delete_data_on_uninstall',
			description: uninstall?.description,
			elements: [
				{
					value: 'keep',
					label: __( 'Keep the records', 'ttdt-portal' ),
				},
				{
					value: 'delete',
					label: __( 'Delete the records', 'ttdt-portal' ),
				},
			],
			Edit: ChoiceEdit,
		},
	];
}

/**
 * The form: each figure in its group, as the commune's settings screen groups them.
 *
 * @param fields The form's fields.
 */
export function networkForm( fields: Field< FormData >[] ): Form {
	const ids = fields.map( ( field ) => field.id );
	const group = ( id: string, label: string, figures: string[] ) => ( {
		id,
		label,
		children: figures
			.flatMap( ( figure ) => [ figure + SCOPE, figure ] )
			.filter( ( field ) => ids.includes( field ) ),
	} );
	const groups = [
		group( 'approval', __( 'Approval of items', 'ttdt-portal' ), [
			'approval_days',
			'approval_day_mode',
		] ),
		group( 'feedback', __( 'Citizen feedback', 'ttdt-portal' ), [
			'feedback_deadline_days',
			'feedback_deadline_working',
			'feedback_retention_months',
		] ),
		group( 'board', __( 'Editorial board', 'ttdt-portal' ), [
			'weekly_quota',
		] ),
		group( 'royalty', __( 'Royalties', 'ttdt-portal' ), [
			'base_wage',
			'day_divisor',
			'unit_value',
		] ),
	];
	const uninstall = {
		id: 'uninstall',
		label: __( 'Uninstalling the plugin', 'ttdt-portal' ),
		children: [ 'delete_data_on_uninstall' ],
	};
	const grouped = groups.flatMap( ( g ) => g.children );
	return {
		type: 'regular',
		fields: [
			...groups.filter( ( g ) => g.children.length ),
			...ids.filter(
				( id ) =>
					! grouped.includes( id ) &&
					id !== 'delete_data_on_uninstall'
			),
			uninstall,
		],
	};
}
