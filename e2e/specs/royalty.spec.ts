/**
 * External dependencies
 */
import ExcelJS from 'exceljs';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { PASSWORD, ensureUser } from '../support/users';
import {
	Sessions,
	approveIn,
	browserAs,
	fixtureWriter,
	type User,
} from '../support/workflow';

type Line = {
	id: number;
	item_id: number;
	kind: string;
	status: string;
	amount: number;
	payee_user_id: number;
	_links?: Record< string, unknown >;
};
type Rules = {
	base_wage: { from: string; value: number }[];
	day_divisor: { from: string; value: number }[];
	unit_value: { from: string; value: number }[];
	genres: { key: string; coefficient: number }[];
	grades: { key: string; multiplier: number }[];
};
type Statement = {
	rows: { name: string; total: number }[];
	total: number;
	in_words: string;
};

/**
 * The value of a dated list in force on a date.
 *
 * @param values Dated values, oldest first.
 * @param date   `Y-m-d`.
 */
function valueOn( values: { from: string; value: number }[], date: string ) {
	return (
		values.filter( ( v ) => v.from <= date ).pop()?.value ??
		values[ 0 ].value
	);
}

/**
 * The royalty of an item by the rules (the arithmetic the PHP tests pin down).
 *
 * @param rules Rules of the year.
 * @param date  Publication date.
 * @param genre Genre key.
 * @param grade Grade key.
 */
function expectedRoyalty(
	rules: Rules,
	date: string,
	genre: string,
	grade: string
) {
	const coefficient = rules.genres.find(
		( g ) => g.key === genre
	)!.coefficient;
	const multiplier = rules.grades.find(
		( g ) => g.key === grade
	)!.multiplier;
	const raw =
		Math.round( coefficient * 100 ) *
		Math.round( multiplier * 100 ) *
		valueOn( rules.unit_value, date );
	const cap = Math.floor(
		valueOn( rules.base_wage, date ) / valueOn( rules.day_divisor, date )
	);
	return Math.min( Math.floor( ( raw + 5000 ) / 10000 ), cap );
}

test.describe( 'Royalties and fees (Art. 10)', () => {
	const prefix = `e2e_roy_${ Date.now() }`;
	const sessions = new Sessions();
	let writer: User;
	let other: User;
	let moderator: User;
	let publisher: User;
	let accountant: User;
	let itemId = 0;
	let period = '';
	let today = '';

	test.beforeAll( async ( { requestUtils } ) => {
		writer = await ensureUser(
			requestUtils,
			`${ prefix }_ctv`,
			'ttdt_collaborator'
		);
		other = await ensureUser(
			requestUtils,
			`${ prefix }_ctv2`,
			'ttdt_collaborator'
		);
		moderator = await ensureUser(
			requestUtils,
			`${ prefix }_kd`,
			'ttdt_moderator'
		);
		publisher = await ensureUser(
			requestUtils,
			`${ prefix }_xb`,
			'ttdt_publisher'
		);
		accountant = await ensureUser(
			requestUtils,
			`${ prefix }_kt`,
			'ttdt_accountant'
		);
	} );

	test.afterAll( async () => {
		await sessions.close();
	} );

	test( 'a moderator grades and approves an item; once published, its royalty line appears for its writer', async () => {
		const mine = await sessions.of( writer );
		const draft = await mine.rest( 'POST', '/wp/v2/posts', {
			title: `Tin nhuận bút ${ prefix }`,
			content:
				'<!-- wp:paragraph --><p>Nội dung tin.</p><!-- /wp:paragraph -->',
			status: 'draft',
			meta: {
				ttdt_source: 'UBND thị trấn',
				ttdt_writer: 'Nguyễn Thị Cộng Tác',
			},
		} );
		expect( draft.status() ).toBe( 201 );
		itemId = ( await draft.json() ).id;

		// The writer may not grade their own item.
		const selfGraded = await mine.rest(
			'POST',
			`/wp/v2/posts/${ itemId }`,
			{
				meta: {
					ttdt_royalty_genre: 'chuyen_de',
					ttdt_royalty_grade: 'a',
				},
			}
		);
		expect( selfGraded.status() ).toBe( 403 );
		expect(
			(
				await mine.rest(
					'POST',
					`/ttdt/v1/workflow/${ itemId }/submit`
				)
			).status()
		).toBe( 200 );

		const mod = await sessions.of( moderator );
		const unknown = await mod.rest( 'POST', `/wp/v2/posts/${ itemId }`, {
			meta: { ttdt_royalty_genre: 'sach' },
		} );
		expect( unknown.status() ).toBe( 400 );
		const graded = await mod.rest( 'POST', `/wp/v2/posts/${ itemId }`, {
			meta: { ttdt_royalty_genre: 'tin', ttdt_royalty_grade: 'a' },
		} );
		expect( graded.status() ).toBe( 200 );
		expect( ( await approveIn( mod, itemId ) ).status() ).toBe( 200 );

		const pub = await sessions.of( publisher );
		const published = await pub.rest( 'POST', `/wp/v2/posts/${ itemId }`, {
			status: 'publish',
		} );
		expect( published.status() ).toBe( 200 );
		const date = ( await published.json() ).date as string;
		today = date.slice( 0, 10 );
		period = date.slice( 0, 7 );

		const rules = ( await (
			await (
				await sessions.of( accountant )
			).rest( 'GET', `/ttdt/v1/royalty/rules/${ date.slice( 0, 4 ) }` )
		).json() ) as Rules;
		const lines = ( await (
			await mine.rest(
				'GET',
				`/ttdt/v1/royalty/lines?period=${ period }`
			)
		).json() ) as Line[];
		const royalty = lines.find(
			( line ) => line.item_id === itemId && line.kind === 'royalty'
		);
		expect( royalty ).toBeDefined();
		expect( royalty!.amount ).toBe(
			expectedRoyalty( rules, today, 'tin', 'a' )
		);
		expect( royalty!.payee_user_id ).toBe( writer.id );
		expect(
			lines.every( ( line ) => line.payee_user_id === writer.id )
		).toBe( true );
	} );

	test( 'each role reads and changes only what it may', async ( {
		requestUtils,
	} ) => {
		const mine = await sessions.of( writer );
		const someone = await sessions.of( other );
		const books = await sessions.of( accountant );

		expect(
			(
				await mine.rest(
					'GET',
					`/ttdt/v1/royalty/lines?payee=${ other.id }`
				)
			).status()
		).toBe( 403 );
		const theirs = ( await (
			await someone.rest(
				'GET',
				`/ttdt/v1/royalty/lines?period=${ period }`
			)
		).json() ) as Line[];
		expect( theirs ).toEqual( [] );

		const all = ( await (
			await books.rest(
				'GET',
				`/ttdt/v1/royalty/lines?period=${ period }&per_page=500`
			)
		).json() ) as Line[];
		const line = all.find(
			( l ) => l.item_id === itemId && l.kind === 'royalty'
		)!;
		expect( line ).toBeDefined();
		expect(
			all.some(
				( l ) =>
					l.kind === 'fee_approval' &&
					l.payee_user_id === moderator.id
			)
		).toBe( true );
		expect( line._links?.[ 'wp:action-adjust' ] ).toBeUndefined();
		for ( const session of [ books, mine ] ) {
			expect(
				(
					await session.rest(
						'POST',
						`/ttdt/v1/royalty/lines/${ line.id }`,
						{ amount: 1, note: 'Thử sửa' }
					)
				).status()
			).toBe( 403 );
			expect(
				(
					await session.rest( 'POST', '/ttdt/v1/royalty/periods', {
						period,
						status: 'final',
					} )
				).status()
			).toBe( 403 );
			expect(
				(
					await session.rest(
						'PUT',
						`/ttdt/v1/royalty/rules/${ period.slice( 0, 4 ) }`,
						{ budget: 1 }
					)
				).status()
			).toBe( 403 );
		}
		const budget = await requestUtils.rest( {
			method: 'PUT',
			path: `/ttdt/v1/royalty/rules/${ period.slice( 0, 4 ) }`,
			data: { budget: 40000000 },
		} );
		expect( ( budget as { budget: number } ).budget ).toBe( 40000000 );
	} );

	test( 'the accountant lands on the statements, exports the month as XLSX and the totals add up', async ( {
		browser,
	}, testInfo ) => {
		const context = await browser.newContext( {
			baseURL: process.env.WP_BASE_URL,
			locale: 'vi-VN',
			acceptDownloads: true,
		} );
		const page = await context.newPage();
		await page.goto( '/wp-login.php' );
		await page.locator( '#user_login' ).fill( accountant.username );
		await page.locator( '#user_pass' ).fill( PASSWORD );
		await page.locator( '#wp-submit' ).click();
		await expect( page ).toHaveURL( /page=ttdt-portal-royalty/ );

		await page.getByRole( 'tab', { name: 'Bảng kê' } ).click();
		const statement = ( await (
			await (
				await sessions.of( accountant )
			).rest( 'GET', `/ttdt/v1/royalty/statement?period=${ period }` )
		).json() ) as Statement;
		expect( statement.total ).toBeGreaterThan( 0 );
		await expect( page.getByTestId( 'statement-total' ) ).toHaveText(
			`${ String( statement.total ).replace( /\B(?=(\d{3})+(?!\d))/g, '.' ) } đ`
		);

		const [ download ] = await Promise.all( [
			page.waitForEvent( 'download' ),
			page.getByRole( 'button', { name: 'Xuất XLSX' } ).click(),
		] );
		const file = testInfo.outputPath( 'statement.xlsx' );
		await download.saveAs( file );

		// The printed statement: the heading of Decree 30/2020, the month as people write it,
		// the total in figures.
		const popup = page.waitForEvent( 'popup' );
		await page.getByRole( 'link', { name: 'Bảng kê để in' } ).click();
		const print = await popup;
		await expect(
			print.getByRole( 'heading', {
				level: 1,
				name: 'BẢNG KÊ CHI TRẢ NHUẬN BÚT, THÙ LAO',
			} )
		).toBeVisible();
		await expect( print.locator( '.heading' ) ).toContainText(
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
		);
		await expect( print.locator( '.period' ) ).toHaveText(
			`Tháng ${ Number( period.slice( 5, 7 ) ) } năm ${ period.slice(
				0,
				4
			) }`
		);
		await expect( print.locator( 'tfoot' ) ).toContainText(
			`${ String( statement.total ).replace( /\B(?=(\d{3})+(?!\d))/g, '.' ) } đ`
		);
		await context.close();

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile( file );
		const sheet = workbook.worksheets[ 0 ];
		const payees: { name: string; total: number }[] = [];
		let total: unknown;
		sheet.eachRow( ( row, number ) => {
			if ( number > 3 && typeof row.getCell( 1 ).value === 'number' ) {
				payees.push( {
					name: String( row.getCell( 2 ).value ),
					total: row.getCell( 7 ).value as number,
				} );
			}
			if ( row.getCell( 2 ).value === 'Tổng cộng' ) {
				total = ( row.getCell( 7 ).value as { result: number } ).result;
			}
		} );
		expect( payees.every( ( p ) => typeof p.total === 'number' ) ).toBe(
			true
		);
		expect( payees ).toEqual(
			statement.rows.map( ( r ) => ( { name: r.name, total: r.total } ) )
		);
		expect( total ).toBe( statement.total );
		expect( payees.reduce( ( sum, p ) => sum + p.total, 0 ) ).toBe(
			statement.total
		);

		const lines = workbook.worksheets[ 1 ];
		let sum = 0;
		lines.eachRow( ( row, number ) => {
			if ( number > 1 ) {
				sum += row.getCell( 6 ).value as number;
			}
		} );
		expect( sum ).toBe( statement.total );
	} );

	test( 'finalising a period locks its lines: an edit is refused, a reversal is recorded', async ( {
		requestUtils,
	} ) => {
		const closed = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/royalty/periods',
			data: { period, status: 'final' },
		} ) ) as { lines: number };
		expect( closed.lines ).toBeGreaterThan( 0 );

		const lines = ( await requestUtils.rest( {
			path: '/ttdt/v1/royalty/lines',
			params: { period, per_page: 500 },
		} ) ) as Line[];
		const line = lines.find(
			( l ) => l.item_id === itemId && l.kind === 'royalty'
		)!;
		expect( line.status ).toBe( 'final' );
		expect( line._links?.[ 'wp:action-reverse' ] ).toBeDefined();

		const admin = await sessions.of( {
			username: 'admin',
			password: PASSWORD,
		} );
		const edit = await admin.rest(
			'POST',
			`/ttdt/v1/royalty/lines/${ line.id }`,
			{ amount: 1000, note: 'Sửa sau khi chốt' }
		);
		expect( edit.status() ).toBe( 409 );
		expect( ( await edit.json() ).message ).toContain( 'đảo' );

		const reversal = await admin.rest(
			'POST',
			`/ttdt/v1/royalty/lines/${ line.id }/reverse`,
			{ note: 'Sai thể loại, tính lại' }
		);
		expect( reversal.status() ).toBe( 201 );
		const [ reversed ] = ( await reversal.json() ) as Line[];
		expect( reversed.kind ).toBe( 'reversal' );
		expect( reversed.amount ).toBe( -line.amount );
		expect( reversed.status ).toBe( 'open' );

		const after = ( await requestUtils.rest( {
			path: `/ttdt/v1/royalty/lines/${ line.id }`,
		} ) ) as Line;
		expect( after.amount ).toBe( line.amount );
		expect( after.status ).toBe( 'final' );
	} );

	test( 'whoever may approve an item grades it in the editor panel', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		const draft = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Tin xếp loại ${ prefix }`,
				status: 'draft',
				author: ( await fixtureWriter( requestUtils ) ).id,
			},
		} ) ) as { id: number };
		await admin.editPost( draft.id );
		await editor.openDocumentSettingsSidebar();
		await page.getByRole( 'tab', { name: /^(Post|Bài viết)$/ } ).click();
		const toggle = page.getByRole( 'button', {
			name: 'Xếp loại nhuận bút',
		} );
		if ( ( await toggle.getAttribute( 'aria-expanded' ) ) === 'false' ) {
			await toggle.click();
		}
		await page.getByLabel( 'Thể loại' ).selectOption( { label: 'Bài' } );
		await page
			.getByLabel( 'Mức chất lượng' )
			.selectOption( { label: 'Khá' } );
		await page.locator( '.editor-post-save-draft' ).click();
		await expect( page.locator( '.editor-post-saved-state' ) ).toHaveClass(
			/is-saved/,
			{ timeout: 60_000 }
		);
		const saved = ( await requestUtils.rest( {
			path: `/wp/v2/posts/${ draft.id }`,
			params: { context: 'edit' },
		} ) ) as { meta: Record< string, string > };
		expect( saved.meta.ttdt_royalty_genre ).toBe( 'bai' );
		expect( saved.meta.ttdt_royalty_grade ).toBe( 'b' );
	} );

	test( 'a collaborator reads only their own lines under "Nhuận bút của tôi", without actions', async ( {
		browser,
	} ) => {
		const own = ( await (
			await (
				await sessions.of( writer )
			).rest( 'GET', `/ttdt/v1/royalty/lines?period=${ period }` )
		).json() ) as Line[];
		expect( own.length ).toBeGreaterThan( 0 );
		const tab = await browserAs( browser, writer );
		const { page } = tab;
		await page.goto( '/wp-admin/' );
		// The item sits in the plugin's menu (a flyout from the dashboard): follow its link.
		const item = page
			.locator( '#adminmenu' )
			.getByRole( 'link', { name: 'Nhuận bút của tôi', exact: true } );
		await expect( item ).toHaveAttribute(
			'href',
			/page=ttdt-portal-my-royalty/
		);
		await page.goto( `/wp-admin/${ await item.getAttribute( 'href' ) }` );
		await expect( page ).toHaveURL( /page=ttdt-portal-my-royalty/ );
		await expect(
			page.getByRole( 'heading', { name: 'Nhuận bút của tôi' } )
		).toBeVisible();
		await page
			.getByRole( 'combobox', { name: 'Năm ngân sách' } )
			.selectOption( period.slice( 0, 4 ) );
		await page
			.getByRole( 'combobox', { name: 'Tháng' } )
			.selectOption( String( Number( period.slice( 5, 7 ) ) ) );
		const rows = page.locator( '.dataviews-view-table tbody tr' );
		await expect( rows ).toHaveCount( own.length );
		// The moderator's approval fee of the same item is in the month, not in this list.
		await expect( rows.filter( { hasText: 'Thù lao' } ) ).toHaveCount(
			own.filter( ( line ) => line.kind.startsWith( 'fee_' ) ).length
		);
		await expect(
			rows.filter( { hasText: 'Nguyễn Thị Cộng Tác' } )
		).toHaveCount( own.length );
		await expect(
			page.getByRole( 'button', { name: /Điều chỉnh|Đảo khoản/ } )
		).toHaveCount( 0 );
		// The statements of everyone stay closed to them.
		const refused = await page.goto(
			'/wp-admin/admin.php?page=ttdt-portal-royalty'
		);
		expect( refused?.status() ).toBe( 403 );
		await tab.close();
	} );

	test( 'an administrator edits the rules in their tab, each refusal under its field; the accountant only reads them', async ( {
		page,
		browser,
		requestUtils,
	} ) => {
		const year = period.slice( 0, 4 ) || String( new Date().getFullYear() );
		const route = `/ttdt/v1/royalty/rules/${ year }`;
		const before = ( await requestUtils.rest( {
			path: route,
		} ) ) as Rules & { budget: number };
		await page.goto( '/wp-admin/admin.php?page=ttdt-portal-royalty' );
		await page
			.getByRole( 'combobox', { name: 'Năm ngân sách' } )
			.selectOption( year );
		await page.getByRole( 'tab', { name: 'Quy định' } ).click();
		const money = ( amount: number ) =>
			`${ String( amount ).replace( /\B(?=(\d{3})+(?!\d))/g, '.' ) } đ`;
		// A budget the site has not had yet, so the form has something to save on any run.
		const next = before.budget + 1000000;
		const budget = page.getByRole( 'textbox', { name: 'Dự toán năm' } );
		await expect( budget ).toHaveValue( money( before.budget ) );

		const divisor = page
			.locator( '.components-base-control' )
			.filter( { hasText: 'Số ngày làm việc trong tháng' } )
			.first();
		// Dates read and are typed as dd/mm/yyyy, whatever the browser's locale.
		const [ y, m, d ] = before.day_divisor[ 0 ].from.split( '-' );
		await expect(
			divisor.getByRole( 'textbox', { name: 'Áp dụng từ ngày' } ).first()
		).toHaveValue( `${ d }/${ m }/${ y }` );
		await divisor
			.getByRole( 'spinbutton', { name: 'Giá trị' } )
			.first()
			.fill( '40' );
		await page.getByRole( 'button', { name: 'Lưu quy định' } ).click();
		await expect( divisor.locator( '.ttdt-field-error' ) ).toHaveText(
			'Một tháng có nhiều nhất 31 ngày. Hãy nhập số ngày làm việc trong tháng, ví dụ 22.'
		);
		await divisor
			.getByRole( 'spinbutton', { name: 'Giá trị' } )
			.first()
			.fill( String( before.day_divisor[ 0 ].value ) );
		await budget.fill( money( next ) );
		await page.getByRole( 'button', { name: 'Lưu quy định' } ).click();
		await expect(
			page
				.locator( '.components-notice' )
				.filter( { hasText: 'Đã lưu quy định.' } )
		).toBeVisible();
		await expect( divisor.locator( '.ttdt-field-error' ) ).toHaveCount( 0 );
		const after = ( await requestUtils.rest( {
			path: route,
		} ) ) as Rules & {
			budget: number;
		};
		expect( after.budget ).toBe( next );
		expect( after.day_divisor ).toEqual( before.day_divisor );

		const books = await browserAs( browser, accountant );
		await books.page.goto( '/wp-admin/admin.php?page=ttdt-portal-royalty' );
		await books.page
			.getByRole( 'combobox', { name: 'Năm ngân sách' } )
			.selectOption( year );
		await books.page.getByRole( 'tab', { name: 'Quy định' } ).click();
		await expect(
			books.page.locator( '.components-notice' ).filter( {
				hasText: 'Chỉ quản trị hệ thống được sửa quy định nhuận bút.',
			} )
		).toBeVisible();
		await expect(
			books.page.getByRole( 'textbox', { name: 'Dự toán năm' } )
		).toHaveValue( money( next ) );
		await expect(
			books.page.getByRole( 'textbox', { name: 'Dự toán năm' } )
		).toBeDisabled();
		await expect(
			books.page.getByRole( 'button', { name: 'Lưu quy định' } )
		).toHaveCount( 0 );
		await books.close();
	} );
} );
