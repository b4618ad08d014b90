/**
 * External dependencies
 */
import type { Locator, Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	clipped,
	column,
	LAPTOP,
	NARROW_ADMIN,
	overflow,
	PHONE,
	SHOT,
} from '../support/layout';
import {
	OFFICIALS_SEARCH,
	OFFICIALS_UNIT,
	officialFixtures,
} from '../support/block-pages';
import { SCREEN_SETTINGS } from '../support/portal-pages';
import { sessionFor } from '../support/session';
import { appointToBoard, ensureUser, PASSWORD } from '../support/users';
import { createItems, ROLES } from '../support/workflow';

// Fixed names: the screenshots compare them.
const QUEUE_TITLE = 'Bố cục: thông báo lịch tiêm phòng cho đàn gia súc';
const COLLABORATOR = 'Lê Thị Bố Cục';
const BOARD_LOGIN = 'bocuc_bbt';
const AUDIT_NAME = 'Quản trị Bố Cục';
const FEEDBACK_SUBJECT =
	'Bố cục: đèn đường thôn Trung Hòa không sáng từ đầu tháng, đề nghị xã sửa chữa';
const UNIT_NAME = 'Đoàn Thanh niên xã (Bố Cục)';
// A fiscal year of the screen's list that no other test books royalties in, with its budget.
const ROYALTY_YEAR = new Date().getFullYear() - 3;
const ROYALTY_BUDGET = 36000000;
// The oldest year the activity report offers, in which no spec records anything.
const REPORT_YEAR = new Date().getFullYear() - 4;
// A period of the statistics before any feedback of a test site: its figures never change.
// Typed as dd/mm/yyyy, the way the screen takes dates; a quarter long before any feedback
// the specs record (the retention tests date theirs a few years back).
const STATS_PERIOD = { from: '01/01/1990', to: '31/03/1990' };
// A plan long past, made when the site has none: the plans list's rows are left out of the
// picture, but an empty list says so, and would change it with the specs run before.
const PLAN_YEAR = new Date().getFullYear() - 5;

/**
 * Items titled so, in any state, deleted: the review queue then shows this run's item only.
 *
 * @param requestUtils Admin request utilities.
 * @param title        Title.
 */
async function deleteItemsTitled( requestUtils: RequestUtils, title: string ) {
	const found = ( await requestUtils.rest( {
		path: '/wp/v2/posts',
		params: { search: title, status: 'any', context: 'edit' },
	} ) ) as Array< { id: number; title: { raw: string } } >;
	for ( const item of found.filter( ( post ) => post.title.raw === title ) ) {
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/posts/${ item.id }`,
			params: { force: true },
		} );
	}
}

/**
 * The inbox's item and the unit of the units screen, made once per site with fixed words.
 *
 * @param requestUtils Admin request utilities.
 */
async function feedbackFixtures( requestUtils: RequestUtils ) {
	const items = ( await requestUtils.rest( {
		path: '/ttdt/v1/feedback/items',
		params: { search: FEEDBACK_SUBJECT },
	} ) ) as Array< { subject: string } >;
	if ( ! items.some( ( item ) => item.subject === FEEDBACK_SUBJECT ) ) {
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/feedback/staff-entry',
			data: {
				name: 'Đinh Văn Bố Cục',
				email: 'bocuc.phananh@example.test',
				phone: '0912 000 333',
				type: 'phan_anh',
				subject: FEEDBACK_SUBJECT,
				content:
					'Đèn đường từ nhà văn hóa thôn Trung Hòa đến trường tiểu học không sáng từ đầu tháng.',
				consent: true,
				channel: 'in_person',
			},
		} );
	}
	const units = ( await requestUtils.rest( {
		path: '/ttdt/v1/units',
		params: { search: UNIT_NAME, context: 'edit' },
	} ) ) as Array< { title: { raw: string } } >;
	if ( ! units.some( ( unit ) => unit.title.raw === UNIT_NAME ) ) {
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/units',
			data: {
				title: UNIT_NAME,
				status: 'publish',
				meta: {
					ttdt_unit_head: 'Bí thư Trần Văn Bố Cục',
					ttdt_unit_email: 'doanthanhnien.bocuc@example.test',
					ttdt_unit_phone: '0238 3 000 444',
				},
			},
		} );
	}
}

type Screen = {
	slug: string;
	/** Brings the screen to the state the screenshot shows; returns what to mask. */
	prepare: ( root: Locator, page: Page ) => Promise< Locator[] >;
	/** CSS applied while the screenshot is taken, to leave out what depends on other tests. */
	style?: string;
};

let auditUser = 0;

/** The incident report the incidents screen shows, filed once per site. */
const INCIDENT_TEXT = 'Bố cục: nghi lộ bản thảo mật';

const SCREENS: Screen[] = [
	{
		slug: 'settings',
		prepare: async ( root ) => {
			await expect( root.locator( 'form' ) ).toBeVisible();
			return [];
		},
	},
	{
		slug: 'review-queue',
		prepare: async ( root ) => {
			await root
				.getByRole( 'searchbox', { name: 'Tìm theo tiêu đề' } )
				.fill( QUEUE_TITLE );
			const table = root.locator( 'table' );
			await expect( table.locator( 'tbody tr' ) ).toHaveCount( 1 );
			// Received now, so the dates change with the day.
			return [
				await column( table, 'Ngày nhận' ),
				await column( table, 'Hạn duyệt' ),
				root.locator( '.ttdt-queue__reminders span' ),
			];
		},
	},
	{
		slug: 'quota',
		prepare: async ( root ) => {
			const table = root.locator( 'table' );
			await expect( table ).toBeVisible();
			// The week and every board member of the site: masked, the layout stays.
			return [ table, root.locator( 'p:not(.ttdt-quota__rule)' ) ];
		},
		// One row per board member, as many as the tests before made: left out of the picture.
		style: '#ttdt-screen-quota tbody tr { display: none; }',
	},
	{
		slug: 'plans',
		prepare: async ( root ) => {
			await expect( root.locator( '.ttdt-plans__month' ) ).toBeVisible();
			// The month shown is the current one.
			return [ root.locator( '.ttdt-plans__calendar h2' ) ];
		},
		// The plans other tests made and the days of this month: left out, the layout stays.
		style: '#ttdt-screen-plans .dataviews-view-table tbody tr, #ttdt-screen-plans .dataviews-pagination, #ttdt-screen-plans .ttdt-plans__month tbody { display: none; }',
	},
	{
		slug: 'board',
		prepare: async ( root ) => {
			await root.getByRole( 'searchbox' ).fill( BOARD_LOGIN );
			await expect( root.locator( 'tbody tr' ) ).toHaveCount( 1 );
			return [];
		},
	},
	{
		slug: 'collaborators',
		prepare: async ( root ) => {
			await root.getByRole( 'searchbox' ).fill( COLLABORATOR );
			await expect( root.locator( 'tbody tr' ) ).toHaveCount( 1 );
			return [];
		},
	},
	{
		slug: 'audit',
		prepare: async ( root ) => {
			const user = root.getByRole( 'combobox', { name: 'Người dùng' } );
			await user.selectOption( String( auditUser ) );
			await root
				.getByRole( 'combobox', { name: 'Thao tác' } )
				.selectOption( { label: 'Thay đổi cài đặt' } );
			const table = root.locator( 'table' );
			await expect( table.locator( 'tbody tr' ) ).toHaveCount( 1 );
			// This run's account (its login differs each run) and the time of the entry.
			return [
				user,
				await column( table, 'Thời gian' ),
				await column( table, 'Người dùng' ),
			];
		},
	},
	{
		slug: 'feedback-inbox',
		// Columns of fixed width: the masked code is drawn at random, and its digits' width
		// would move every column after it.
		style: '#ttdt-screen-feedback-inbox table { table-layout: fixed; }',
		prepare: async ( root ) => {
			await root
				.getByRole( 'searchbox', {
					name: 'Tìm theo mã, tiêu đề hoặc nội dung',
				} )
				.fill( FEEDBACK_SUBJECT );
			const table = root.locator( 'table' );
			await expect( table.locator( 'tbody tr' ) ).toHaveCount( 1 );
			// The code is drawn at random, the dates are those of the day it was recorded.
			return [
				await column( table, 'Mã' ),
				await column( table, 'Ngày nhận' ),
				await column( table, 'Hạn trả lời' ),
				await column( table, 'Quá hạn' ),
			];
		},
	},
	{
		slug: 'feedback-stats',
		prepare: async ( root ) => {
			await expect( root.locator( 'dl' ) ).toBeVisible();
			await root.getByLabel( 'Từ ngày' ).fill( STATS_PERIOD.from );
			await root.getByLabel( 'Đến ngày' ).fill( STATS_PERIOD.to );
			const read = root
				.page()
				.waitForResponse(
					( response ) =>
						response.url().includes( 'feedback%2Fstats' ) ||
						response.url().includes( 'feedback/stats' )
				);
			await root.getByRole( 'button', { name: 'Xem' } ).click();
			await read;
			await expect( root.locator( 'dl dd' ).first() ).toHaveText( '0' );
			return [];
		},
	},
	{
		slug: 'royalty',
		prepare: async ( root ) => {
			const year = root.getByRole( 'combobox', {
				name: 'Năm ngân sách',
			} );
			await year.selectOption( String( ROYALTY_YEAR ) );
			await expect( root.getByTestId( 'royalty-spent' ) ).toBeVisible();
			await expect(
				root.locator( '.ttdt-royalty__figures' )
			).toContainText( '36.000.000' );
			// The years offered follow today's date.
			return [
				year,
				root.getByRole( 'combobox', { name: 'Kỳ', exact: true } ),
			];
		},
	},
	{
		slug: 'reports',
		prepare: async ( root ) => {
			// A quarter of the oldest year offered: no spec books items, feedback or
			// royalties in it.
			const year = root.getByRole( 'combobox', {
				name: 'Năm',
				exact: true,
			} );
			await year.selectOption( String( REPORT_YEAR ) );
			const period = root.getByRole( 'combobox', {
				name: 'Kỳ',
				exact: true,
			} );
			await period.selectOption( `${ REPORT_YEAR }-Q1` );
			await expect(
				root.locator( '.ttdt-reports__dates' )
			).toContainText( `01/01/${ REPORT_YEAR }` );
			// The years offered and the dates follow today's date.
			return [ year, period, root.locator( '.ttdt-reports__dates' ) ];
		},
		// One row (and one bar) per board member, as many as the tests before made.
		style: '#ttdt-screen-reports .ttdt-reports__members tbody tr, #ttdt-screen-reports .ttdt-reports__chart { display: none; }',
	},
	{
		slug: 'my-royalty',
		prepare: async ( root ) => {
			// The administrator's own lines, in a month long past that no spec fills.
			const year = root.getByRole( 'combobox', {
				name: 'Năm ngân sách',
			} );
			await year.selectOption( String( ROYALTY_YEAR ) );
			await root
				.getByRole( 'combobox', { name: 'Tháng', exact: true } )
				.selectOption( '1' );
			await expect( root.locator( 'dl' ).first() ).toBeVisible();
			// The years offered follow today's date.
			return [ year ];
		},
	},
	{
		slug: 'units',
		prepare: async ( root ) => {
			await root.getByRole( 'searchbox' ).fill( UNIT_NAME );
			await expect( root.locator( 'tbody tr' ) ).toHaveCount( 1 );
			return [];
		},
	},
	{
		slug: 'officials',
		prepare: async ( root ) => {
			// The fixture unit's two officials only, whatever other specs added.
			await root.getByRole( 'searchbox' ).fill( OFFICIALS_SEARCH );
			await expect( root.locator( 'tbody tr' ) ).toHaveCount( 2 );
			// The unit's name comes with the units, read apart.
			await expect( root.locator( 'tbody' ) ).toContainText(
				OFFICIALS_UNIT
			);
			// And the column of the rows' actions, which widens the table.
			await expect(
				root
					.locator( 'tbody tr' )
					.first()
					.getByRole( 'button', { name: 'Thao tác' } )
			).toBeVisible();
			return [];
		},
	},
	{
		slug: 'archive',
		// The packages other tests made (IDs, dates and sizes differ each run, or none at
		// all): the list keeps a fixed box and its rows are left out of the picture.
		style: '#ttdt-screen-archive .dataviews-wrapper { visibility: hidden; height: 240px; overflow: hidden; }',
		prepare: async ( root ) => {
			await expect(
				root.getByRole( 'button', { name: 'Lập gói ngay' } )
			).toBeVisible();
			return [];
		},
	},
	{
		slug: 'incidents',
		prepare: async ( root ) => {
			await root.getByRole( 'searchbox' ).fill( INCIDENT_TEXT );
			await expect( root.locator( 'tbody tr' ).first() ).toBeVisible();
			// The report's date and the account's own activity change with every run.
			return [
				root.locator( 'tbody td:nth-child(5)' ),
				root.locator( 'section' ).last(),
			];
		},
	},
];

test.describe( 'Layout at phone and laptop widths', () => {
	// Sixteen screens, each loaded, prepared and photographed (twice wide): on a busy
	// machine the wide pass takes more than the default 90 s, and more than 180 s on one
	// shared by several runs.
	test.describe.configure( { timeout: 300_000 } );
	test.beforeAll( async ( { requestUtils } ) => {
		// First: its audit entry is then older than the last ones the incidents screen lists.
		const plans = ( await requestUtils.rest( {
			path: '/ttdt/v1/plans',
		} ) ) as unknown[];
		if ( ! plans.length ) {
			await requestUtils.rest( {
				method: 'POST',
				path: '/ttdt/v1/plans',
				data: {
					period: 'H1',
					year: PLAN_YEAR,
					title: 'Bố cục: kế hoạch thông tin sáu tháng đầu năm',
				},
			} );
		}
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/settings',
			data: SCREEN_SETTINGS,
		} );
		await feedbackFixtures( requestUtils );
		await officialFixtures( requestUtils );
		await requestUtils.rest( {
			method: 'PUT',
			path: `/ttdt/v1/royalty/rules/${ ROYALTY_YEAR }`,
			data: { budget: ROYALTY_BUDGET },
		} );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { date_format: 'd/m/Y', time_format: 'H:i' },
		} );
		const incidents = ( await requestUtils.rest( {
			path: '/ttdt/v1/incidents',
		} ) ) as Array< { description: string } >;
		if (
			! incidents.some( ( item ) => item.description === INCIDENT_TEXT )
		) {
			await requestUtils.rest( {
				method: 'POST',
				path: '/ttdt/v1/incidents',
				data: { kind: 'leak', description: INCIDENT_TEXT },
			} );
		}
		await deleteItemsTitled( requestUtils, QUEUE_TITLE );
		await createItems( requestUtils, [
			{ state: 'submitted', title: QUEUE_TITLE },
		] );
		// A board member with a position: the board and the quota list them.
		const member = await ensureUser(
			requestUtils,
			BOARD_LOGIN,
			ROLES.moderator
		);
		await appointToBoard( requestUtils, member.id, {
			position: 'member',
			decision_number: '12/QĐ-UBND',
			decision_date: '2026-10-01',
		} );
		const [ collaborator ] = ( await requestUtils.rest( {
			path: '/ttdt/v1/collaborators',
			params: { search: COLLABORATOR },
		} ) ) as unknown[];
		if ( ! collaborator ) {
			await requestUtils.rest( {
				method: 'POST',
				path: '/ttdt/v1/collaborators',
				data: {
					title: COLLABORATOR,
					meta: {
						ttdt_unit: 'Hội Liên hiệp Phụ nữ xã',
						ttdt_phone: '0987 000 222',
						ttdt_email: 'bocuc@example.test',
					},
				},
			} );
		}
		// An account of this run only: its login and one change of the settings, whose
		// before and after values are long, are what the audit log shows.
		const login = `bocuc_audit_${ Date.now() }`;
		const created = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users',
			data: {
				username: login,
				email: `${ login }@example.test`,
				password: PASSWORD,
				roles: [ 'administrator' ],
				name: AUDIT_NAME,
			},
		} ) ) as { id: number };
		auditUser = created.id;
		const session = await sessionFor( {
			username: login,
			password: PASSWORD,
		} );
		const changed = await session.rest( 'POST', '/ttdt/v1/settings', {
			address:
				'Tầng 2, nhà làm việc Ủy ban nhân dân, số 15 đường Nguyễn Du, thôn Trung Hòa, xã Khối Thử, tỉnh Thử Nghiệm',
		} );
		expect( changed.status() ).toBe( 200 );
		await session.dispose();
	} );

	// A screen's lists lay out again on their own resize observers after a load or a resize:
	// the width is judged once that has settled, as a soft check (the other screens go on).
	const settled = ( measure: () => Promise< number >, message: string ) =>
		expect.configure( { soft: true } ).poll( measure, {
			message,
			timeout: 10_000,
		} );

	for ( const width of [ PHONE, LAPTOP ] ) {
		test( `admin screens at ${ width } px${
			width === LAPTOP ? ` and ${ NARROW_ADMIN } px` : ''
		}`, async ( { page } ) => {
			await page.setViewportSize( { width, height: 900 } );
			for ( const { slug, prepare, style } of SCREENS ) {
				await test.step( slug, async () => {
					await page.goto(
						`/wp-admin/admin.php?page=ttdt-portal-${ slug }`
					);
					const root = page.locator( `#ttdt-screen-${ slug }` );
					await expect( root.locator( '*' ).first() ).toBeVisible();
					const mask = await prepare( root, page );
					if ( style ) {
						// Gone with the next page load.
						await page.addStyleTag( { content: style } );
					}
					await expect(
						root.locator( '.components-spinner' )
					).toHaveCount( 0 );
					await settled(
						() => overflow( page ),
						slug
					).toBeLessThanOrEqual( 0 );
					if ( width === LAPTOP ) {
						// Every column in view, none cut or scrolled away.
						expect
							.soft( await clipped( root ), slug )
							.toEqual( [] );
					}
					await expect
						.soft( page.locator( '.wrap' ) )
						.toHaveScreenshot( `${ slug }-${ width }.png`, {
							...SHOT,
							mask,
						} );
					if ( width === LAPTOP ) {
						// The same screen where WordPress folds its menu, as it is now.
						await page.setViewportSize( {
							width: NARROW_ADMIN,
							height: 900,
						} );
						await settled(
							() => overflow( page ),
							`${ slug } at ${ NARROW_ADMIN } px`
						).toBeLessThanOrEqual( 0 );
						await page.setViewportSize( { width, height: 900 } );
					}
				} );
			}
		} );
	}
} );
