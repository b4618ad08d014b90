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
	portalPages,
	SCREEN_SETTINGS,
	type PortalPages,
} from '../support/portal-pages';
import { sessionFor } from '../support/session';
import { ensureUser, PASSWORD } from '../support/users';
import { createItems, ROLES } from '../support/workflow';

// A phone and a laptop, the widths citizens and staff read the portal at.
const PHONE = 360;
const LAPTOP = 1366;
// WordPress's own breakpoint, where the admin menu folds: the screens must still work there.
const NARROW_ADMIN = 782;

// Small: a changed margin, colour or wrap fails; the anti-aliasing of text does not.
const SHOT = { maxDiffPixelRatio: 0.01, animations: 'disabled' } as const;

// Fixed names: the screenshots compare them.
const QUEUE_TITLE = 'Bố cục: thông báo lịch tiêm phòng cho đàn gia súc';
const COLLABORATOR = 'Lê Thị Bố Cục';
const BOARD_LOGIN = 'bocuc_bbt';
const AUDIT_NAME = 'Quản trị Bố Cục';

/**
 * How far the page runs past the right edge of the window, in pixels (0: it does not).
 *
 * @param page The page.
 */
function overflow( page: Page ): Promise< number > {
	return page.evaluate(
		() =>
			document.documentElement.scrollWidth -
			document.documentElement.clientWidth
	);
}

/**
 * The plugin's blocks whose text runs past their own right edge or the window's (a long
 * name or address that does not wrap), as readable lines.
 *
 * @param page The page.
 */
function blocksRunningOver( page: Page ): Promise< string[] > {
	return page
		.locator( '[class*="wp-block-ttdt-"]' )
		.evaluateAll( ( blocks ) =>
			blocks
				.filter(
					( block ) =>
						block.scrollWidth > block.clientWidth + 1 ||
						block.getBoundingClientRect().right >
							block.ownerDocument.documentElement.clientWidth
				)
				.map(
					( block ) =>
						`${ block.className }: ${ block.scrollWidth } > ${ block.clientWidth }`
				)
		);
}

/**
 * Tables of an element that do not fit its width: cut at the right edge, or scrolled
 * sideways inside a box narrower than they are, as readable lines.
 *
 * @param root The element.
 */
function clipped( root: Locator ): Promise< string[] > {
	return root.evaluate( ( node ) => {
		const right = node.getBoundingClientRect().right;
		return [ ...node.querySelectorAll( 'table' ) ].flatMap( ( table ) => {
			const faults = [];
			if ( table.getBoundingClientRect().right > right + 1 ) {
				faults.push( `${ table.className } runs past the screen` );
			}
			for (
				let box = table.parentElement;
				box && box !== node.parentElement;
				box = box.parentElement
			) {
				if (
					getComputedStyle( box ).overflowX !== 'visible' &&
					box.scrollWidth > box.clientWidth + 1
				) {
					faults.push(
						`${ table.className } cut by ${ box.className }: ${ box.scrollWidth } > ${ box.clientWidth }`
					);
				}
			}
			return faults;
		} );
	} );
}

/**
 * Links and controls of the plugin's blocks smaller than a finger (44 × 44 px).
 *
 * @param page The page.
 */
function smallTargets( page: Page ): Promise< string[] > {
	return page
		.locator( '[class*="wp-block-ttdt-"]' )
		.locator( 'a, button, input, select, textarea, [role="button"]' )
		.evaluateAll( ( nodes ) =>
			nodes
				.map( ( node ) => ( {
					node,
					box: node.getBoundingClientRect(),
				} ) )
				.filter( ( { box } ) => box.width < 44 || box.height < 44 )
				.map(
					( { node, box } ) =>
						`${ node.outerHTML.slice( 0, 80 ) } ${ Math.round(
							box.width
						) }×${ Math.round( box.height ) }`
				)
		);
}

/**
 * Cells of a table's column, found by its heading.
 *
 * @param table   The table.
 * @param heading The column heading.
 */
async function column( table: Locator, heading: string ): Promise< Locator > {
	const index = await table
		.locator( 'thead th' )
		.evaluateAll(
			( cells, name ) =>
				cells.findIndex( ( cell ) =>
					( cell.textContent ?? '' ).includes( name )
				),
			heading
		);
	expect( index, `column ${ heading }` ).toBeGreaterThanOrEqual( 0 );
	return table.locator( `tbody td:nth-child(${ index + 1 })` );
}

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

type Screen = {
	slug: string;
	/** Brings the screen to the state the screenshot shows; returns what to mask. */
	prepare: ( root: Locator, page: Page ) => Promise< Locator[] >;
	/** CSS applied while the screenshot is taken, to leave out what depends on other tests. */
	style?: string;
};

let auditUser = 0;

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
];

let pages: PortalPages;

test.describe( 'Layout at phone and laptop widths', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		pages = await portalPages( requestUtils );
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/settings',
			data: SCREEN_SETTINGS,
		} );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { date_format: 'd/m/Y', time_format: 'H:i' },
		} );
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
		await requestUtils.rest( {
			method: 'POST',
			path: `/ttdt/v1/board/${ member.id }`,
			data: {
				position: 'member',
				decision_number: '12/QĐ-UBND',
				decision_date: '2026-10-01',
			},
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

	for ( const width of [ PHONE, LAPTOP ] ) {
		test( `public pages at ${ width } px`, async ( { page } ) => {
			await page.context().clearCookies();
			await page.setViewportSize( { width, height: 800 } );
			for ( const [ name, url ] of Object.entries( pages ) ) {
				await test.step( name, async () => {
					await page.goto( url );
					expect
						.soft( await overflow( page ) )
						.toBeLessThanOrEqual( 0 );
					expect
						.soft( await blocksRunningOver( page ) )
						.toEqual( [] );
					expect.soft( await smallTargets( page ) ).toEqual( [] );
				} );
			}
			// Each block of the plugin, as a citizen sees it.
			const blocks: Array< [ string, string, string ] > = [
				[ 'post-source', pages.article, 'wp-block-ttdt-post-source' ],
				[
					'reference-label',
					pages.reference,
					'wp-block-ttdt-reference-label',
				],
				[
					'agency-notice',
					pages.notice,
					'wp-block-ttdt-agency-notice',
				],
			];
			for ( const [ name, url, className ] of blocks ) {
				await page.goto( url );
				await expect
					.soft( page.locator( `.${ className }` ) )
					.toHaveScreenshot( `${ name }-${ width }.png`, SHOT );
			}
		} );

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
					expect
						.soft( await overflow( page ) )
						.toBeLessThanOrEqual( 0 );
					if ( width === LAPTOP ) {
						// Every column in view, none cut or scrolled away.
						expect.soft( await clipped( root ) ).toEqual( [] );
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
						expect
							.soft(
								await overflow( page ),
								`${ NARROW_ADMIN } px`
							)
							.toBeLessThanOrEqual( 0 );
						await page.setViewportSize( { width, height: 900 } );
					}
				} );
			}
		} );
	}
} );
