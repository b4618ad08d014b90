/**
 * Internal dependencies
 */
import type { RouteSchema } from '../../../data/schema-labels';
import {
	figureErrors,
	figuresOf,
	fromForm,
	networkFields,
	networkForm,
	toForm,
} from '../fields';

// The shape `ttdt/v1/network/settings` sends (NetworkSchema::settings), cut to three figures.
const schema = {
	properties: {
		values: {
			type: 'object',
			properties: {
				approval_days: {
					title: 'Thời hạn duyệt tin bài (số ngày)',
					type: 'integer',
					'x-default': 3,
				},
				approval_day_mode: {
					title: 'Cách tính',
					type: 'string',
					enum: [ 'calendar', 'working' ],
					'x-labels': {
						calendar: 'Ngày lịch',
						working: 'Ngày làm việc',
					},
					'x-default': 'calendar',
				},
				base_wage: {
					title: 'Lương cơ sở',
					type: 'array',
					items: {
						type: 'object',
						properties: { from: { type: 'string' } },
					},
					'x-default': [ { from: '2024-07-01', value: 2340000 } ],
				},
			},
		},
		locked: { type: 'array' },
		delete_data_on_uninstall: {
			title: 'Xoá dữ liệu khi gỡ',
			type: 'boolean',
		},
	},
} as unknown as RouteSchema;
const figures = figuresOf( schema );

describe( 'network settings form', () => {
	it( 'reads who sets each figure and starts an unset one from what communes follow', () => {
		const data = toForm(
			{
				values: { approval_days: 2, approval_day_mode: 'working' },
				locked: [ 'approval_days' ],
				delete_data_on_uninstall: false,
			},
			figures
		);
		expect( data ).toMatchObject( {
			approval_days: 2,
			approval_days__scope: 'locked',
			approval_day_mode: 'working',
			approval_day_mode__scope: 'default',
			base_wage__scope: 'none',
			base_wage: [ { from: '2024-07-01', value: 2340000 } ],
			delete_data_on_uninstall: 'keep',
		} );
	} );

	it( 'sends only the figures the province sets, and locks the locked ones', () => {
		const data = toForm(
			{ values: {}, locked: [], delete_data_on_uninstall: true },
			figures
		);
		expect(
			fromForm(
				{ ...data, approval_days__scope: 'locked', approval_days: 4 },
				figures
			)
		).toEqual( {
			values: { approval_days: 4 },
			locked: [ 'approval_days' ],
			delete_data_on_uninstall: true,
		} );
		// A figure set back to "not set" is left out (communes keep their own again).
		expect(
			fromForm(
				toForm(
					{
						values: { approval_days: 4 },
						locked: [],
						delete_data_on_uninstall: false,
					},
					figures
				),
				figures
			).values
		).toEqual( { approval_days: 4 } );
	} );

	it( 'names each field after its figure, shows the value only once the province sets it', () => {
		const fields = networkFields( schema );
		const scope = fields.find( ( f ) => f.id === 'approval_days__scope' );
		const value = fields.find( ( f ) => f.id === 'approval_days' );
		expect( scope?.label ).toBe( 'Thời hạn duyệt tin bài (số ngày)' );
		expect( scope?.elements?.map( ( e ) => e.value ) ).toEqual( [
			'none',
			'default',
			'locked',
		] );
		expect( value?.isVisible?.( { approval_days__scope: 'none' } ) ).toBe(
			false
		);
		expect( value?.isVisible?.( { approval_days__scope: 'locked' } ) ).toBe(
			true
		);
		expect(
			fields.find( ( f ) => f.id === 'approval_day_mode' )?.elements
		).toEqual( [
			{ value: 'calendar', label: 'Ngày lịch' },
			{ value: 'working', label: 'Ngày làm việc' },
		] );
		expect( fields.map( ( f ) => f.id ) ).toContain( 'base_wage' );
		const form = networkForm( fields );
		expect( JSON.stringify( form.fields ) ).toContain(
			'"children":["approval_days__scope","approval_days","approval_day_mode__scope","approval_day_mode"]'
		);
	} );

	it( "puts the server's refusal under the figure it concerns", () => {
		// A lock without a figure: the route names the figure.
		expect(
			figureErrors( {
				code: 'rest_invalid_param',
				data: { params: { 'values[weekly_quota]': 'Nhập mức.' } },
			} )
		).toEqual( { weekly_quota: 'Nhập mức.' } );
		// Refused figures: the `values` parameter, one error per figure in its details.
		expect(
			figureErrors( {
				code: 'rest_invalid_param',
				data: {
					params: {
						values: 'Thời hạn phải ≤ 30. Cách tính không hợp lệ.',
					},
					details: {
						values: {
							code: 'ttdt_invalid_figure_approval_days',
							message: 'Thời hạn phải ≤ 30.',
							data: { param: 'values[approval_days]' },
							additional_errors: [
								{
									code: 'ttdt_invalid_figure_approval_day_mode',
									message: 'Cách tính không hợp lệ.',
									data: {
										param: 'values[approval_day_mode]',
									},
								},
							],
						},
					},
				},
			} )
		).toEqual( {
			approval_days: 'Thời hạn phải ≤ 30.',
			approval_day_mode: 'Cách tính không hợp lệ.',
		} );
	} );
} );
