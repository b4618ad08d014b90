/**
 * WordPress dependencies
 */
import { BaseControl, Button, TextControl } from '@wordpress/components';
import type { DataFormControlProps, Field, Form } from '@wordpress/dataviews';
import { createContext, useContext } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	helpWith,
	useFieldError,
	valueEdit,
} from '../../components/form-controls';
import VnDateControl from '../../components/vn-date';
import type { RoyaltyRules } from '../../data/generated/schemas';
import type { PropertySchema, RouteSchema } from '../../data/schema-labels';
import { formatMoney } from './money';

/** What this form reads of a property of `RulesSchema` beyond the shared type. */
type RuleSchema = PropertySchema & {
	readonly?: boolean;
	properties?: Record< string, RuleSchema >;
	items?: RuleSchema;
	'x-money'?: boolean;
};

type Row = Record< string, string | number | undefined >;
type Edit = NonNullable< Field< RoyaltyRules >[ 'Edit' ] >;

/** Whether the form only shows the rules: those who may not change them read them. */
export const RulesReadOnly = createContext( false );

/**
 * An amount in đồng, shown as `2.000.000 đ`; whatever is typed counts by its digits.
 *
 * @param props          Props.
 * @param props.label    Label.
 * @param props.value    Amount.
 * @param props.onChange Change handler.
 * @param props.help     Help.
 * @param props.invalid  Whether the server refused it.
 */
function MoneyInput( {
	label,
	value,
	onChange,
	help,
	invalid,
}: {
	label: string;
	value: number | undefined;
	onChange: ( value: number ) => void;
	help?: React.ReactNode;
	invalid?: boolean;
} ) {
	const readOnly = useContext( RulesReadOnly );
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			help={ help }
			inputMode="numeric"
			value={ value === undefined ? '' : formatMoney( value ) }
			onChange={ ( next: string ) =>
				onChange( Number( next.replace( /\D/g, '' ) || 0 ) )
			}
			disabled={ readOnly }
			{ ...( invalid ? { 'aria-invalid': true } : {} ) }
		/>
	);
}

/**
 * The control of one cell of a row: money, a date, a number or text, by its schema.
 *
 * @param props          Props.
 * @param props.id       Property of the row.
 * @param props.schema   Its schema.
 * @param props.money    Whether it is an amount in đồng.
 * @param props.value    Value.
 * @param props.onChange Change handler.
 */
function Cell( {
	id,
	schema,
	money,
	value,
	onChange,
}: {
	id: string;
	schema: RuleSchema;
	money: boolean;
	value: string | number | undefined;
	onChange: ( value: string | number ) => void;
} ) {
	const readOnly = useContext( RulesReadOnly );
	const label = schema.title ?? id;
	if ( money ) {
		return (
			<MoneyInput
				label={ label }
				value={ value as number | undefined }
				onChange={ onChange }
			/>
		);
	}
	if ( schema.format === 'date' ) {
		// A text that is no date goes as typed: the server's refusal names the field.
		return (
			<VnDateControl
				label={ label }
				value={ String( value ?? '' ) }
				onChange={ ( next, text ) => onChange( next ?? text ) }
				disabled={ readOnly }
			/>
		);
	}
	const numeric = schema.type === 'integer' || schema.type === 'number';
	return (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			type={ numeric ? 'number' : 'text' }
			step={ schema.type === 'number' ? 0.01 : undefined }
			value={ String( value ?? '' ) }
			onChange={ ( next: string ) =>
				onChange( numeric && next !== '' ? Number( next ) : next )
			}
			disabled={ readOnly }
		/>
	);
}

/**
 * A list of rows (dated values, genres, grades): one line of controls per row, from the
 * schema of its items, with buttons to add and remove rows.
 *
 * @param schema The list's schema.
 */
function listEdit( schema: RuleSchema ): Edit {
	const columns = Object.entries( schema.items?.properties ?? {} );
	return function ListEdit( {
		data,
		field,
		onChange,
	}: DataFormControlProps< RoyaltyRules > ) {
		const readOnly = useContext( RulesReadOnly );
		const { error } = useFieldError( field.id );
		const rows = ( field.getValue( { item: data } ) as Row[] ) ?? [];
		const set = ( next: Row[] ) => onChange( { [ field.id ]: next } );
		return (
			<BaseControl
				__nextHasNoMarginBottom
				id={ `ttdt-rules-${ field.id }` }
				label={ field.label }
				help={ helpWith( field.description, error ) }
			>
				<div
					className="ttdt-royalty-rules__rows"
					aria-invalid={ error ? true : undefined }
				>
					{ rows.map( ( row, index ) => (
						<div className="ttdt-royalty-rules__row" key={ index }>
							{ columns.map( ( [ id, column ] ) => (
								<Cell
									key={ id }
									id={ id }
									schema={ column }
									money={
										!! schema[ 'x-money' ] && id === 'value'
									}
									value={ row[ id ] }
									onChange={ ( value ) =>
										set(
											rows.map( ( r, i ) =>
												i === index
													? { ...r, [ id ]: value }
													: r
											)
										)
									}
								/>
							) ) }
							{ ! readOnly && (
								<Button
									variant="tertiary"
									isDestructive
									onClick={ () =>
										set(
											rows.filter(
												( _, i ) => i !== index
											)
										)
									}
								>
									{ __( 'Remove', 'ttdt-portal' ) }
								</Button>
							) }
						</div>
					) ) }
					{ ! readOnly && (
						<Button
							variant="secondary"
							onClick={ () => set( [ ...rows, {} ] ) }
						>
							{ __( 'Add a row', 'ttdt-portal' ) }
						</Button>
					) }
				</div>
			</BaseControl>
		);
	};
}

/**
 * A group of amounts (stipends, fees): one money control per property of the group.
 *
 * @param schema The group's schema.
 */
function groupEdit( schema: RuleSchema ): Edit {
	const parts = Object.entries( schema.properties ?? {} );
	return function GroupEdit( {
		data,
		field,
		onChange,
	}: DataFormControlProps< RoyaltyRules > ) {
		const { error } = useFieldError( field.id );
		const group =
			( field.getValue( { item: data } ) as Record< string, number > ) ??
			{};
		return (
			<BaseControl
				__nextHasNoMarginBottom
				id={ `ttdt-rules-${ field.id }` }
				label={ field.label }
				help={ helpWith( field.description, error ) }
			>
				<div className="ttdt-royalty-rules__row">
					{ parts.map( ( [ id, part ] ) => (
						<MoneyInput
							key={ id }
							label={ part.title ?? id }
							value={ group[ id ] }
							invalid={ !! error }
							onChange={ ( value ) =>
								onChange( {
									[ field.id ]: { ...group, [ id ]: value },
								} )
							}
						/>
					) ) }
				</div>
			</BaseControl>
		);
	};
}

/** One amount (the budget). */
const MoneyEdit = valueEdit< RoyaltyRules, number >( MoneyInput );

/**
 * The control of a rule, from its schema.
 *
 * @param schema The rule's schema.
 */
function editOf( schema: RuleSchema ): Edit {
	if ( schema.type === 'array' ) {
		return listEdit( schema );
	}
	if ( schema.type === 'object' ) {
		return groupEdit( schema );
	}
	return MoneyEdit;
}

/**
 * The rules' fields, generated from the schema `ttdt/v1/royalty/rules/<year>` sends: each
 * property's title, description and shape (dated values, keyed lists, groups of amounts,
 * amounts). Read-only properties (the year, the cap of the day) are not fields.
 *
 * @param schema The route's schema.
 */
export function rulesFields( schema: RouteSchema ): Field< RoyaltyRules >[] {
	return Object.entries(
		( schema.properties ?? {} ) as Record< string, RuleSchema >
	)
		.filter( ( [ , property ] ) => ! property.readonly )
		.map( ( [ id, property ] ) => ( {
			id,
			type: 'text',
			label: property.title ?? id,
			description: property.description,
			Edit: editOf( property ),
		} ) );
}

/**
 * The rules form, grouped as the regulation reads: the cap per item, the royalty of an item,
 * the board's stipends and fees, the budget.
 *
 * @param fields The rules' fields.
 */
export function rulesForm( fields: Field< RoyaltyRules >[] ): Form {
	const ids = fields.map( ( field ) => field.id );
	const groups = [
		{
			id: 'cap',
			label: __( 'Cap per item', 'ttdt-portal' ),
			children: [ 'base_wage', 'day_divisor' ],
		},
		{
			id: 'pricing',
			label: __( 'Royalty of an item', 'ttdt-portal' ),
			children: [ 'unit_value', 'genres', 'grades' ],
		},
		{
			id: 'board',
			label: __( 'Stipends, fees and budget', 'ttdt-portal' ),
			children: [ 'stipends', 'fees', 'budget' ],
		},
	];
	const grouped = groups.flatMap( ( group ) => group.children );
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
