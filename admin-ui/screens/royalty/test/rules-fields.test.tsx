/**
 * External dependencies
 */
import { fireEvent, render, screen } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { DataForm } from '@wordpress/dataviews';

/**
 * Internal dependencies
 */
import { FieldErrors } from '../../../components/form-controls';
import type { RoyaltyRules } from '../../../data/generated/schemas';
import type { RouteSchema } from '../../../data/schema-labels';
import { RulesReadOnly, rulesFields, rulesForm } from '../rules-fields';

// The part of `RulesSchema` the form reads, as the server sends it (titles in Vietnamese).
const dated = ( title: string, money: boolean ) => ( {
	title,
	type: 'array',
	'x-money': money,
	items: {
		type: 'object',
		properties: {
			from: { title: 'Áp dụng từ ngày', type: 'string', format: 'date' },
			value: { title: 'Giá trị', type: 'integer' },
		},
	},
} );
const schema = {
	properties: {
		year: { title: 'Năm', type: 'integer', readonly: true },
		base_wage: dated( 'Mức lương làm căn cứ', true ),
		day_divisor: dated( 'Số ngày làm việc trong tháng', false ),
		stipends: {
			title: 'Thù lao hằng năm',
			type: 'object',
			properties: {
				head: { title: 'Trưởng ban', type: 'integer', 'x-money': true },
			},
		},
		budget: { title: 'Dự toán năm', type: 'integer', 'x-money': true },
	},
} as unknown as RouteSchema;

const rules = {
	year: 2026,
	base_wage: [ { from: '2024-07-01', value: 2340000 } ],
	day_divisor: [ { from: '2024-01-01', value: 22 } ],
	stipends: { head: 2000000 },
	budget: 30000000,
} as unknown as RoyaltyRules;

/**
 * The value of an input found by role and name.
 *
 * @param role Role.
 * @param name Accessible name.
 */
function input( role: string, name: string ) {
	return screen.getByRole( role, { name } ) as HTMLInputElement;
}

function renderForm(
	onChange = jest.fn(),
	errors: Record< string, string > = {},
	readOnly = false
) {
	const fields = rulesFields( schema );
	render(
		<RulesReadOnly.Provider value={ readOnly }>
			<FieldErrors.Provider value={ errors }>
				<DataForm< RoyaltyRules >
					data={ rules }
					fields={ fields }
					form={ rulesForm( fields ) }
					onChange={ onChange }
				/>
			</FieldErrors.Provider>
		</RulesReadOnly.Provider>
	);
	return onChange;
}

describe( 'royalty rules form', () => {
	it( 'has a field per rule the schema lets change, none for read-only ones', () => {
		expect( rulesFields( schema ).map( ( f ) => f.id ) ).toEqual( [
			'base_wage',
			'day_divisor',
			'stipends',
			'budget',
		] );
	} );

	it( 'shows amounts as 2.000.000 đ and reads back what is typed as a number', () => {
		const onChange = renderForm();
		expect( input( 'textbox', 'Trưởng ban' ).value ).toBe( '2.000.000 đ' );
		expect( input( 'textbox', 'Giá trị' ).value ).toBe( '2.340.000 đ' );
		// The divisor is a count, not money.
		expect( input( 'spinbutton', 'Giá trị' ).value ).toBe( '22' );
		fireEvent.change( input( 'textbox', 'Dự toán năm' ), {
			target: { value: '41.000.000 đ' },
		} );
		expect( onChange ).toHaveBeenLastCalledWith( { budget: 41000000 } );
		fireEvent.change( input( 'textbox', 'Trưởng ban' ), {
			target: { value: '2.500.000' },
		} );
		expect( onChange ).toHaveBeenLastCalledWith( {
			stipends: { head: 2500000 },
		} );
	} );

	it( 'adds a dated value and shows the server reason under its rule', () => {
		const onChange = renderForm( jest.fn(), {
			day_divisor: 'Một tháng có nhiều nhất 31 ngày.',
		} );
		expect(
			screen.getByText( 'Một tháng có nhiều nhất 31 ngày.' ).className
		).toBe( 'ttdt-field-error' );
		fireEvent.click(
			screen.getAllByRole( 'button', { name: 'Add a row' } )[ 0 ]
		);
		expect( onChange ).toHaveBeenLastCalledWith( {
			base_wage: [ { from: '2024-07-01', value: 2340000 }, {} ],
		} );
	} );

	it( 'only shows the rules to those who may not change them', () => {
		renderForm( jest.fn(), {}, true );
		expect( input( 'textbox', 'Dự toán năm' ).disabled ).toBe( true );
		expect( screen.queryByRole( 'button', { name: 'Add a row' } ) ).toBe(
			null
		);
	} );
} );
