/**
 * Internal dependencies
 */
import {
	EMPTY_FORM,
	toForm,
	toItem,
	toRecord,
	type Collaborator,
} from '../types';

const record: Collaborator = {
	id: 7,
	title: { raw: 'Nguyễn Thị Hoa' },
	meta: {
		ttdt_unit: 'Đoàn Thanh niên',
		ttdt_phone: '0912 345 678',
		ttdt_email: 'hoa@example.test',
		ttdt_notes: '',
		ttdt_user_id: 0,
	},
	published_count: 3,
};

describe( 'collaborator form mapping', () => {
	it( 'starts a new record empty', () => {
		expect( toForm() ).toEqual( EMPTY_FORM );
	} );

	it( 'round-trips a record with its ID, name and meta', () => {
		expect( toRecord( toForm( record ) ) ).toEqual( {
			id: 7,
			title: 'Nguyễn Thị Hoa',
			status: 'publish',
			meta: record.meta,
		} );
	} );

	it( 'does not send the published count back as meta', () => {
		expect( toRecord( toItem( record ) ).meta ).toEqual( record.meta );
	} );

	it( 'trims the name and sends no ID for a new record', () => {
		const payload = toRecord( { ...EMPTY_FORM, name: '  Lê Văn Bình ' } );
		expect( payload ).not.toHaveProperty( 'id' );
		expect( payload.title ).toBe( 'Lê Văn Bình' );
	} );
} );
