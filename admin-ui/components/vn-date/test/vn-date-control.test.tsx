/**
 * External dependencies
 */
import { fireEvent, render, screen } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import VnDateControl, { VnDateTimeControl } from '..';

/**
 * A form that keeps what the field reports, or the text as typed while it is no date (so
 * the server refuses it by name), the way the incident and royalty forms do.
 *
 * @param props          Props.
 * @param props.time     Whether the field takes a time too.
 * @param props.initial  The value to start with.
 * @param props.onReport Told of each report.
 */
function Form( {
	time,
	initial,
	onReport,
}: {
	time: boolean;
	initial: string;
	onReport: ( value: string | null, text: string ) => void;
} ) {
	const [ value, setValue ] = useState( initial );
	const Control = time ? VnDateTimeControl : VnDateControl;
	return (
		<>
			<Control
				label="Ngày"
				value={ value }
				onChange={ ( next, text ) => {
					onReport( next, text );
					setValue( next ?? text );
				} }
			/>
			<button type="button" onClick={ () => setValue( '' ) }>
				Xoá
			</button>
		</>
	);
}

describe( 'VnDateControl and VnDateTimeControl', () => {
	it( 'show a stored value as dd/mm/yyyy and report Y-m-d', () => {
		const onReport = jest.fn();
		render(
			<Form time={ false } initial="2026-03-05" onReport={ onReport } />
		);
		const field = screen.getByLabelText( 'Ngày' );
		expect( field ).toHaveProperty( 'value', '05/03/2026' );
		fireEvent.change( field, { target: { value: '6/3/2026' } } );
		expect( onReport ).toHaveBeenLastCalledWith( '2026-03-06', '6/3/2026' );
		expect( field ).toHaveProperty( 'value', '6/3/2026' );
		expect( field.getAttribute( 'aria-invalid' ) ).toBeNull();
	} );

	it( 'keep a wrong text as typed, marked invalid, when the form keeps it', () => {
		const onReport = jest.fn();
		render( <Form time initial="" onReport={ onReport } /> );
		const field = screen.getByLabelText( 'Ngày' );
		fireEvent.change( field, { target: { value: '31/02/2026 8:30' } } );
		expect( onReport ).toHaveBeenLastCalledWith( null, '31/02/2026 8:30' );
		expect( field ).toHaveProperty( 'value', '31/02/2026 8:30' );
		expect( field.getAttribute( 'aria-invalid' ) ).toBe( 'true' );

		fireEvent.change( field, { target: { value: '28/02/2026 8:30' } } );
		expect( onReport ).toHaveBeenLastCalledWith(
			'2026-02-28T08:30',
			'28/02/2026 8:30'
		);
		expect( field.getAttribute( 'aria-invalid' ) ).toBeNull();
	} );

	it( 'follow a reset made by the form', () => {
		render(
			<Form time initial="2026-02-28T08:30" onReport={ jest.fn() } />
		);
		const field = screen.getByLabelText( 'Ngày' );
		expect( field ).toHaveProperty( 'value', '28/02/2026 08:30' );
		fireEvent.click( screen.getByRole( 'button', { name: 'Xoá' } ) );
		expect( field ).toHaveProperty( 'value', '' );
	} );
} );
