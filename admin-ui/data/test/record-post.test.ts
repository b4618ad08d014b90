/**
 * Internal dependencies
 */
import { recordToRow, rowToRecord, type RecordRow } from '../record-post';

type Meta = { ttdt_head: string; ttdt_order: number };

const EMPTY: RecordRow< Meta > = { name: '', ttdt_head: '', ttdt_order: 5 };

describe( 'register record mapping', () => {
	it( 'starts a new record from a copy of the empty row', () => {
		const row = recordToRow( EMPTY );
		expect( row ).toEqual( EMPTY );
		expect( row ).not.toBe( EMPTY );
	} );

	it( 'keeps the default of a field the record lacks', () => {
		const row = recordToRow( EMPTY, {
			id: 3,
			title: { raw: 'Phòng Văn hóa' },
			meta: { ttdt_head: 'Trần Văn An' } as Meta,
		} );
		expect( row ).toEqual( {
			id: 3,
			name: 'Phòng Văn hóa',
			ttdt_head: 'Trần Văn An',
			ttdt_order: 5,
		} );
	} );

	it( 'sends the trimmed name as title and the fields as meta, published', () => {
		expect(
			rowToRecord( { ...EMPTY, id: 3, name: ' Ban Tư pháp  ' } )
		).toEqual( {
			id: 3,
			title: 'Ban Tư pháp',
			status: 'publish',
			meta: { ttdt_head: '', ttdt_order: 5 },
		} );
		expect( rowToRecord( EMPTY ) ).not.toHaveProperty( 'id' );
	} );
} );
