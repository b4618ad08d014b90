/**
 * External dependencies
 */
import ExcelJS from 'exceljs';

/**
 * Internal dependencies
 */
import { fillOverviewWorkbook } from '../exports';
import type { SiteRow } from '../fields';

const row = ( over: Partial< SiteRow > ): SiteRow =>
	( {
		id: 2,
		name: 'Xã Đại Đồng',
		url: 'http://localhost/xa-dai-dong/',
		unit_name: 'UBND xã Đại Đồng',
		published_week: 3,
		quota_week: 5,
		board_members: 5,
		pending_overdue: 2,
		feedback_overdue: 1,
		royalty_spent: 1_250_000,
		royalty_budget: 20_000_000,
		archive_at: '2025-07-14T02:00:00',
		archive_status: 'valid',
		needs_attention: true,
		...over,
	} ) as SiteRow;

describe( 'the network overview as an Excel workbook', () => {
	it( 'writes one row per commune, every figure a number in its own column', async () => {
		const written = new ExcelJS.Workbook();
		fillOverviewWorkbook(
			written,
			[
				row( {} ),
				row( {
					id: 3,
					unit_name: '',
					name: 'Xã Hạnh Lâm',
					archive_at: '',
					archive_status: 'none',
					needs_attention: false,
				} ),
			],
			'Các xã'
		);
		// Through the file format, as the province's spreadsheet program reads it.
		const read = new ExcelJS.Workbook();
		await read.xlsx.load( await written.xlsx.writeBuffer() );
		const sheet = read.worksheets[ 0 ];
		const values = ( n: number ) =>
			( sheet.getRow( n ).values as unknown[] ).slice( 1 );

		expect( values( 1 ) ).toEqual( [ 'Các xã' ] );
		expect( values( 3 ) ).toHaveLength( 11 );
		expect( values( 4 ) ).toEqual( [
			'UBND xã Đại Đồng',
			'http://localhost/xa-dai-dong/',
			3,
			5,
			2,
			1,
			1_250_000,
			20_000_000,
			'Verified',
			new Date( Date.UTC( 2025, 6, 14 ) ),
			'Yes',
		] );
		expect( values( 5 ).slice( 0, 1 ) ).toEqual( [ 'Xã Hạnh Lâm' ] );
		expect( values( 5 )[ 8 ] ).toBe( 'No package' );
		expect( sheet.getRow( 5 ).getCell( 10 ).value ).toBeNull();
		expect( sheet.getColumn( 7 ).numFmt ).toBe( '#,##0 "đ"' );
		expect( sheet.rowCount ).toBe( 5 );
	} );
} );
