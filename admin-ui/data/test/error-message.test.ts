/**
 * Internal dependencies
 */
import { errorMessage, fieldErrors } from '../error-message';

describe( 'errorMessage', () => {
	it( "gives the reason for each refused parameter, in the server's words", () => {
		expect(
			errorMessage( {
				code: 'rest_invalid_param',
				message: 'Invalid parameter(s): email',
				data: { params: { email: 'Địa chỉ thư không hợp lệ.' } },
			} )
		).toBe( 'Địa chỉ thư không hợp lệ.' );
	} );

	it( "gives the server's message, else the fallback, else a generic one", () => {
		expect( errorMessage( { message: 'Không có quyền.' }, 'x' ) ).toBe(
			'Không có quyền.'
		);
		expect( errorMessage( new TypeError( '' ), 'Fallback.' ) ).toBe(
			'Fallback.'
		);
		expect( errorMessage( undefined ) ).toBe(
			'The request failed. Check the connection and try again.'
		);
	} );
} );

describe( 'fieldErrors', () => {
	it( 'names the form field each refused parameter concerns', () => {
		expect(
			fieldErrors(
				{
					data: {
						params: {
							title: 'Nhập họ và tên.',
							'meta[ttdt_email]': 'Thư không hợp lệ.',
							phone: 'Số điện thoại sai.',
							empty: '',
						},
					},
				},
				{ title: 'name' }
			)
		).toEqual( {
			name: 'Nhập họ và tên.',
			ttdt_email: 'Thư không hợp lệ.',
			phone: 'Số điện thoại sai.',
		} );
		expect( fieldErrors( { message: 'Không có quyền.' } ) ).toEqual( {} );
	} );
} );
