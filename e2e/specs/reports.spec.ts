/**
 * External dependencies
 */
import ExcelJS from 'exceljs';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { appointToBoard, ensureUser } from '../support/users';
import { createItems, ROLES } from '../support/workflow';

type Report = {
	by_member: Array< { label: string; received: number; approved: number } >;
	narrative: string;
};

test.describe( 'Activity report to the chairman (Art. 6.3.7, 14)', () => {
	// A board member of this run only: their row of the report holds this run's items alone.
	const login = `e2e_bc_${ Date.now() }`;
	let period = '';

	test.beforeAll( async ( { requestUtils } ) => {
		const member = await ensureUser( requestUtils, login, ROLES.moderator );
		await appointToBoard( requestUtils, member.id, {
			position: 'member',
			decision_number: '15/QĐ-UBND',
			decision_date: '2026-01-05',
		} );
		// Received on submitting: three received, one of them approved.
		const [ id ] = await createItems( requestUtils, [
			{ state: 'submitted', author: member.id },
			{ state: 'submitted', author: member.id },
			{ state: 'approved', author: member.id },
		] );
		const item = ( await requestUtils.rest( {
			path: `/wp/v2/posts/${ id }`,
			params: { context: 'edit' },
		} ) ) as { meta: { ttdt_received_at: string } };
		const [ year, month ] = item.meta.ttdt_received_at
			.slice( 0, 7 )
			.split( '-' )
			.map( Number );
		period = `${ year }-Q${ Math.ceil( month / 3 ) }`;
	} );

	test( 'the head picks a quarter, reads the figures, writes the assessment, downloads the workbook and prints', async ( {
		page,
		requestUtils,
	} ) => {
		await page.goto( '/wp-admin/admin.php?page=ttdt-portal-reports' );
		const root = page.locator( '#ttdt-screen-reports' );
		const periodSelect = root.getByRole( 'combobox', {
			name: 'Kỳ',
			exact: true,
		} );
		// Another period first, then the quarter: the figures follow the choice.
		await periodSelect.selectOption( period.slice( 0, 4 ) );
		await periodSelect.selectOption( period );
		// The first figures table (the chart's legend is a table too).
		const row = root
			.locator( 'table.widefat' )
			.first()
			.getByRole( 'row', { name: login } );
		// Full name, received, approved, returned, published, overdue, …
		await expect( row.getByRole( 'cell' ).nth( 1 ) ).toHaveText( '3' );
		await expect( row.getByRole( 'cell' ).nth( 2 ) ).toHaveText( '1' );

		const narrative = `Kỳ ${ period }: Ban biên tập hoàn thành chỉ tiêu (${ login }).`;
		await root
			.getByRole( 'textbox', { name: 'Đánh giá chung của kỳ' } )
			.fill( narrative );
		await root
			.getByRole( 'button', { name: 'Lưu đánh giá, đề xuất' } )
			.click();
		await expect(
			root.getByText( 'Đã lưu đánh giá và đề xuất.' )
		).toBeVisible();
		const saved = ( await requestUtils.rest( {
			path: `/ttdt/v1/reports/${ period }`,
		} ) ) as Report;
		expect( saved.narrative ).toBe( narrative );

		const download = page.waitForEvent( 'download' );
		await root.getByRole( 'button', { name: 'Tải tệp Excel' } ).click();
		const file = await ( await download ).path();
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile( file );
		const sheet = workbook.getWorksheet( 'Thành viên Ban biên tập' )!;
		const cells: Array< [ unknown, unknown ] > = [];
		sheet.eachRow( ( r ) =>
			cells.push( [ r.getCell( 1 ).value, r.getCell( 2 ).value ] )
		);
		expect( cells ).toContainEqual( [ login, 3 ] );

		const popup = page.waitForEvent( 'popup' );
		await root.getByRole( 'link', { name: 'In báo cáo' } ).click();
		const print = await popup;
		await expect(
			print.getByRole( 'heading', { level: 1, name: 'BÁO CÁO' } )
		).toBeVisible();
		await expect( print.locator( 'body' ) ).toContainText( narrative );
		// The heading of Decree 30/2020: the nation's name, and the date with a leading zero
		// only for days under 10 and the months 1 and 2.
		const heading = print.locator( '.heading' );
		await expect( heading ).toContainText(
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
		);
		await expect( heading ).toContainText(
			/[Nn]gày \d\d tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/
		);
		const printed = print.getByRole( 'row', { name: login } );
		// Number, full name, received, approved, …
		await expect( printed.getByRole( 'cell' ).nth( 2 ) ).toHaveText( '3' );
		await print.close();
	} );
} );
