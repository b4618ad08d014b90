/**
 * External dependencies
 */
import { fireEvent, render, screen, within } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { DataForm } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import { FieldErrors } from '../../../components/form-controls';
import type { Settings } from '../../../data/generated/schemas';
import type { RouteSchema } from '../../../data/schema-labels';
import { settingsFields, settingsForm } from '../fields';

// The schema as the server sends it (titles, descriptions and names in the user's language).
const schema: RouteSchema = {
	properties: {
		agency_name: {
			title: 'Cơ quan chủ quản',
			description: 'Cơ quan chủ quản của trang (thường là UBND).',
			type: 'string',
		},
		email: {
			title: 'Thư điện tử',
			description: 'Địa chỉ thư liên hệ.',
			type: 'string',
			anyOf: [ { type: 'string', format: 'email' }, { type: 'string' } ],
		},
		approval_days: {
			title: 'Số ngày duyệt tin',
			description: 'Tính từ ngày sau ngày nhận bản thảo.',
			type: 'integer',
		},
		approval_day_mode: {
			title: 'Cách tính',
			type: 'string',
			enum: [ 'calendar', 'working' ],
			'x-labels': { calendar: 'Ngày lịch', working: 'Ngày làm việc' },
		},
		tet_days: {
			title: 'Ngày nghỉ Tết',
			type: 'array',
			items: { type: 'integer' },
		},
		weekly_quota: {
			title: 'Chỉ tiêu tin mỗi tuần',
			description: 'Do tỉnh quy định cho mọi xã. Số tin mỗi thành viên.',
			type: 'integer',
			readonly: true,
		},
		added_by_a_feature: { title: 'Cài đặt thêm', type: 'string' },
	},
};

const settings = {
	agency_name: 'UBND xã',
	email: '',
	approval_days: 3,
	approval_day_mode: 'working',
	tet_days: [ -1, 0, 1 ],
	weekly_quota: 2,
	added_by_a_feature: '',
} as unknown as Settings;

/**
 * The text an element is described by (its help), as assistive technology reads it.
 *
 * @param element Element.
 */
function descriptionOf( element: HTMLElement ): string {
	return ( element.getAttribute( 'aria-describedby' ) ?? '' )
		.split( ' ' )
		.filter( Boolean )
		.map( ( id ) => document.getElementById( id )?.textContent ?? '' )
		.join( ' ' );
}

/**
 * The value of a form control.
 *
 * @param element Element.
 */
function valueOf( element: HTMLElement ): string {
	return ( element as HTMLInputElement ).value;
}

/**
 * Renders the settings form as the screen does.
 *
 * @param errors Reasons by field.
 */
function renderForm( errors: Record< string, string > = {} ) {
	const onChange = jest.fn();
	const fields = settingsFields( schema );
	render(
		<FieldErrors.Provider value={ errors }>
			<DataForm< Settings >
				data={ settings }
				fields={ fields }
				form={ settingsForm( fields ) }
				onChange={ onChange }
			/>
		</FieldErrors.Provider>
	);
	return onChange;
}

describe( 'settings form', () => {
	it( 'labels, describes and types each control from the schema', () => {
		renderForm();
		const agency = screen.getByLabelText( 'Cơ quan chủ quản' );
		expect( valueOf( agency ) ).toBe( 'UBND xã' );
		expect( descriptionOf( agency ) ).toBe(
			'Cơ quan chủ quản của trang (thường là UBND).'
		);
		expect(
			screen.getByLabelText( 'Thư điện tử' ).getAttribute( 'type' )
		).toBe( 'email' );
		expect( valueOf( screen.getByLabelText( 'Số ngày duyệt tin' ) ) ).toBe(
			'3'
		);
		// The enum's choices, named by PHP, and nothing else ("Select item").
		const mode = screen.getByLabelText( 'Cách tính' );
		expect( valueOf( mode ) ).toBe( 'working' );
		expect(
			within( mode )
				.getAllByRole( 'option' )
				.map( ( o ) => o.textContent )
		).toEqual( [ 'Ngày lịch', 'Ngày làm việc' ] );
	} );

	it( 'groups the settings under headings; one a feature adds comes last', () => {
		renderForm();
		expect(
			screen.getByRole( 'heading', { name: 'Unit and owning agency' } )
		).toBeTruthy();
		expect(
			screen.getByRole( 'heading', { name: 'Approval of items' } )
		).toBeTruthy();
		const controls = Array.from(
			document.querySelectorAll( 'input, select' )
		);
		const added = screen.getByLabelText( 'Cài đặt thêm' );
		expect( controls.indexOf( added ) ).toBe( controls.length - 1 );
		expect( controls.indexOf( added ) ).toBeGreaterThan(
			controls.indexOf( screen.getByLabelText( 'Ngày nghỉ Tết' ) )
		);
	} );

	it( "shows the server's reason under the refused field and marks it invalid", () => {
		renderForm( { email: 'email không phải là địa chỉ thư hợp lệ.' } );
		const email = screen.getByLabelText( 'Thư điện tử' );
		expect( email.getAttribute( 'aria-invalid' ) ).toBe( 'true' );
		expect( descriptionOf( email ) ).toBe(
			'email không phải là địa chỉ thư hợp lệ. Địa chỉ thư liên hệ.'
		);
		expect(
			screen
				.getByLabelText( 'Cơ quan chủ quản' )
				.hasAttribute( 'aria-invalid' )
		).toBe( false );
	} );

	it( 'reports a list of whole numbers only once it parses', () => {
		const onChange = renderForm();
		const tet = screen.getByLabelText( 'Ngày nghỉ Tết' );
		expect( valueOf( tet ) ).toBe( '-1, 0, 1' );
		fireEvent.change( tet, { target: { value: '-1, 0, x' } } );
		expect( onChange ).not.toHaveBeenCalled();
		expect( descriptionOf( tet ) ).toBe(
			'Enter whole numbers separated by commas, e.g. -1, 0, 1, 2, 3.'
		);
		fireEvent.change( tet, { target: { value: '-1, 0, 1, 2' } } );
		expect( onChange ).toHaveBeenLastCalledWith( {
			tet_days: [ -1, 0, 1, 2 ],
		} );
	} );

	it( 'shows a setting the site may not change disabled, with the server note', () => {
		const onChange = renderForm();
		const quota = screen.getByLabelText( 'Chỉ tiêu tin mỗi tuần' );
		expect( valueOf( quota ) ).toBe( '2' );
		expect( quota.matches( ':disabled' ) ).toBe( true );
		expect( descriptionOf( quota ) ).toBe(
			'Do tỉnh quy định cho mọi xã. Số tin mỗi thành viên.'
		);
		fireEvent.change( quota, { target: { value: '9' } } );
		expect( onChange ).not.toHaveBeenCalled();
		expect(
			screen.getByLabelText( 'Cơ quan chủ quản' ).matches( ':disabled' )
		).toBe( false );
	} );
} );
