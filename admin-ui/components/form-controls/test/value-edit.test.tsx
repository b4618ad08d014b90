/**
 * External dependencies
 */
import { fireEvent, render, screen } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { DataForm, type Field } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import {
	FieldErrors,
	valueEdit,
	type ValueControlProps,
	type ValueEditOptions,
} from '..';

type Item = { days: number };

/**
 * A control of a number of days, as a plain button that adds one.
 *
 * @param props          Props.
 * @param props.label    Label.
 * @param props.help     Help.
 * @param props.value    Days.
 * @param props.onChange Change handler.
 * @param props.invalid  Whether refused.
 */
function DaysControl( {
	label,
	help,
	value,
	onChange,
	invalid,
}: ValueControlProps< number > ) {
	return (
		<div>
			<button
				type="button"
				data-invalid={ String( !! invalid ) }
				onClick={ () => onChange( value + 1 ) }
			>
				{ `${ label }: ${ value }` }
			</button>
			<div data-testid="help">{ help }</div>
		</div>
	);
}

/**
 * The form of one field with the control.
 *
 * @param options Options of valueEdit.
 * @param errors  Refusals by field.
 * @param data    Values.
 */
function renderForm(
	options: ValueEditOptions< number >,
	errors: Record< string, string > = {},
	data: Item = { days: 3 }
) {
	const onChange = jest.fn();
	const fields: Field< Item >[] = [
		{
			id: 'days',
			label: 'Số ngày',
			description: 'Tính từ ngày nhận.',
			Edit: valueEdit< Item, number >( DaysControl, options ),
		},
	];
	render(
		<FieldErrors.Provider value={ errors }>
			<DataForm< Item >
				data={ data }
				fields={ fields }
				form={ { type: 'regular', fields: [ 'days' ] } }
				onChange={ onChange }
			/>
		</FieldErrors.Provider>
	);
	return onChange;
}

describe( 'valueEdit', () => {
	it( "gives the control the field's label, value and description, and reports changes under the field's id", () => {
		const onChange = renderForm( {} );
		const button = screen.getByRole( 'button', { name: 'Số ngày: 3' } );
		expect( screen.getByTestId( 'help' ).textContent ).toBe(
			'Tính từ ngày nhận.'
		);
		expect( button.getAttribute( 'data-invalid' ) ).toBe( 'false' );
		fireEvent.click( button );
		expect( onChange ).toHaveBeenLastCalledWith( { days: 4 } );
	} );

	it( 'puts the reason of a refusal first in the help and marks the control invalid', () => {
		renderForm( {}, { days: 'Nhập từ 1 đến 90 ngày.' } );
		expect( screen.getByTestId( 'help' ).textContent ).toBe(
			'Nhập từ 1 đến 90 ngày. Tính từ ngày nhận.'
		);
		expect(
			screen.getByRole( 'button' ).getAttribute( 'data-invalid' )
		).toBe( 'true' );
	} );

	it( 'reads the value through `read`, and shows help only with a refusal when asked', () => {
		renderForm(
			{ read: ( value ) => Number( value ) * 2, helpOnErrors: true },
			{},
			{ days: 5 }
		);
		expect(
			screen.getByRole( 'button', { name: 'Số ngày: 10' } )
		).toBeTruthy();
		expect( screen.getByTestId( 'help' ).textContent ).toBe( '' );
	} );
} );
