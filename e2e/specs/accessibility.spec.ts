/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { ensureFeedbackPages } from '../support/feedback-pages';
import { portalPages, type PortalPages } from '../support/portal-pages';
import { appointToBoard, ensureUser } from '../support/users';
import { createItems, ROLES, workflowOf } from '../support/workflow';

// WCAG 2.1 A and AA, the reference of the regulation for government portals.
const WCAG_TAGS = [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa' ];

/**
 * The serious and critical violations axe finds, as readable lines (rule, impact, where).
 *
 * @param page    The page, loaded.
 * @param include Selector of the part to check.
 * @param exclude Selector of parts inside it left to their owners (core), each said why.
 */
async function violations( page: Page, include: string, exclude?: string ) {
	let builder = new AxeBuilder( { page } )
		.withTags( WCAG_TAGS )
		.include( include );
	if ( exclude ) {
		builder = builder.exclude( exclude );
	}
	const { violations: found } = await builder.analyze();
	return found
		.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' )
		.flatMap( ( v ) =>
			v.nodes.map(
				( node ) =>
					`${ page.url() } ${ v.id } (${ v.impact }): ${ node.html.slice(
						0,
						160
					) } — ${ node.failureSummary ?? '' }`
			)
		);
}

/**
 * The violations of an admin screen: what the plugin renders, its screen (`.wrap`), not core's
 * menu and admin bar. DataViews 4.15 (core's component) leaves the remove button of a filter
 * chip without a name (its label is only a tooltip): excluded until core names it.
 *
 * @param page The screen, loaded.
 */
function screenViolations( page: Page ) {
	return violations(
		page,
		'.wrap',
		'.dataviews-filters__summary-chip-remove'
	);
}

// The plugin's screens: the page slug after `ttdt-portal-`.
const SCREENS = [
	'settings',
	'review-queue',
	'quota',
	'board',
	'collaborators',
	'audit',
	'feedback-inbox',
	'feedback-stats',
	'units',
	'royalty',
	'my-royalty',
	'reports',
	'incidents',
	'archive',
];

/**
 * Presses Tab until the element has the focus, so a test walks the page as a keyboard user.
 *
 * @param page   The page.
 * @param target The element to reach.
 * @param limit  Most presses before giving up.
 */
async function tabTo( page: Page, target: Locator, limit = 60 ) {
	for ( let presses = 0; presses < limit; presses++ ) {
		if (
			await target.evaluate(
				( node ) => node === node.ownerDocument.activeElement
			)
		) {
			return;
		}
		await page.keyboard.press( 'Tab' );
	}
	throw new Error( `Not reached with ${ limit } presses of Tab` );
}

let pages: PortalPages;

test.describe( 'Accessibility (WCAG 2.1 AA, axe)', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		pages = await portalPages( requestUtils );
	} );

	test( 'public pages have no serious or critical violations', async ( {
		page,
	} ) => {
		await page.context().clearCookies();
		for ( const [ name, url ] of Object.entries( pages ) ) {
			await test.step( name, async () => {
				await page.goto( url );
				// The whole page as a citizen meets it, except core's Navigation block of the
				// theme's header, whose page list axe finds `list` faults in: core's markup.
				expect
					.soft(
						await violations( page, 'body', '.wp-block-navigation' )
					)
					.toEqual( [] );
			} );
		}
	} );

	test( 'the feedback and document blocks have no serious or critical violations', async ( {
		page,
		requestUtils,
	} ) => {
		await ensureFeedbackPages( requestUtils );
		const documents = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'Văn bản và thủ tục',
				status: 'publish',
				content:
					'<!-- wp:ttdt/documents /--><!-- wp:ttdt/procedures /-->',
			},
		} ) ) as { link: string };
		await page.context().clearCookies();
		for ( const url of [
			'/gop-y-phan-anh/',
			'/tra-cuu-phan-anh/',
			'/hoi-dap/',
			documents.link,
		] ) {
			await test.step( url, async () => {
				await page.goto( url );
				expect
					.soft(
						await violations( page, 'body', '.wp-block-navigation' )
					)
					.toEqual( [] );
			} );
		}
	} );

	test( 'admin screens have no serious or critical violations', async ( {
		page,
		requestUtils,
	} ) => {
		// Fourteen screens, each loaded and checked by axe: about a minute on a quiet machine,
		// half again beside the Playground stage.
		test.setTimeout( 240_000 );
		// Something in each list, so rows and their actions are checked too.
		await createItems( requestUtils, [
			{ state: 'submitted', title: 'Tin chờ duyệt để kiểm tra' },
		] );
		for ( const screen of SCREENS ) {
			await test.step( screen, async () => {
				await page.goto(
					`/wp-admin/admin.php?page=ttdt-portal-${ screen }`
				);
				const root = page.locator( `#ttdt-screen-${ screen }` );
				// Mounted, data loaded: no spinner left in the screen.
				await expect( root.locator( '*' ).first() ).toBeVisible();
				await expect(
					root.locator( '.components-spinner' )
				).toHaveCount( 0 );
				expect.soft( await screenViolations( page ) ).toEqual( [] );
			} );
		}
	} );

	test( 'on a phone, wide tables scroll in a named box the keyboard reaches', async ( {
		page,
		requestUtils,
	} ) => {
		// A board member with a position: the quota lists it, in grey, under the name.
		const member = await ensureUser(
			requestUtils,
			'a11y_bbt',
			ROLES.moderator
		);
		await appointToBoard( requestUtils, member.id, {
			position: 'member',
			decision_number: '13/QĐ-UBND',
			decision_date: '2026-10-01',
		} );
		await page.setViewportSize( { width: 360, height: 740 } );
		for ( const screen of [ 'quota', 'reports' ] ) {
			await test.step( screen, async () => {
				await page.goto(
					`/wp-admin/admin.php?page=ttdt-portal-${ screen }`
				);
				const regions = page
					.locator( `#ttdt-screen-${ screen }` )
					.getByRole( 'region' );
				await expect( regions.first() ).toBeVisible();
				// At this width a table is wider than the screen: its box scrolls.
				expect(
					await regions.evaluateAll( ( boxes ) =>
						boxes.some(
							( box ) => box.scrollWidth > box.clientWidth + 1
						)
					)
				).toBe( true );
				expect.soft( await screenViolations( page ) ).toEqual( [] );
			} );
		}
	} );

	test( 'the review queue is used with the keyboard alone', async ( {
		page,
		requestUtils,
	} ) => {
		const title = `Tin duyệt bằng bàn phím ${ Date.now() }`;
		const [ id ] = await createItems( requestUtils, [
			{ state: 'submitted', title },
		] );
		await page.goto( '/wp-admin/admin.php?page=ttdt-portal-review-queue' );
		const queue = page.locator( '#ttdt-screen-review-queue' );
		await expect( queue.locator( '.dataviews-wrapper' ) ).toBeVisible();

		// From the top of the screen: the search field, then the item, then its action.
		await page.locator( '.wrap h1' ).click();
		const search = queue.getByRole( 'searchbox', {
			name: 'Tìm theo tiêu đề',
		} );
		await tabTo( page, search );
		await page.keyboard.type( title );
		const row = queue.getByRole( 'row' ).filter( { hasText: title } );
		await expect( row ).toHaveCount( 1 );
		await expect( queue.getByRole( 'row' ) ).toHaveCount( 2 );

		const link = row.getByRole( 'link', { name: title } );
		await tabTo( page, link );
		await expect( link ).toBeFocused();
		const approve = row.getByRole( 'button', {
			name: 'Duyệt',
			exact: true,
		} );
		await tabTo( page, approve, 10 );
		await page.keyboard.press( 'Enter' );

		await expect( queue.getByText( 'Đã duyệt 1 tin bài.' ) ).toBeVisible();
		expect( ( await workflowOf( requestUtils, id ) ).state ).toBe(
			'approved'
		);
	} );

	test( 'the settings form is filled and saved with the keyboard alone, errors announced', async ( {
		page,
		requestUtils,
	} ) => {
		await page.goto( '/wp-admin/admin.php?page=ttdt-portal-settings' );
		const form = page.locator( 'form.ttdt-settings' );
		await expect( form ).toBeVisible();
		await page.locator( '.wrap h1' ).click();

		// Every field is reached by Tab and named by its label.
		const phone = form.getByLabel( 'Điện thoại', { exact: true } );
		await tabTo( page, phone );
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.type( '0238 3 999 000' );

		const save = form.getByRole( 'button', { name: 'Lưu cài đặt' } );
		await tabTo( page, save, 120 );
		await page.keyboard.press( 'Enter' );
		await expect( form.getByText( 'Đã lưu cài đặt.' ) ).toBeVisible();
		await expect( page.locator( '#a11y-speak-polite' ) ).toHaveText(
			'Đã lưu cài đặt.'
		);
		const saved = ( await requestUtils.rest( {
			path: '/ttdt/v1/settings',
		} ) ) as { phone: string };
		expect( saved.phone ).toBe( '0238 3 999 000' );

		// A refused value: the error is shown and spoken (core's live region), not only drawn.
		const email = form.getByLabel( /^(Thư điện tử|E-mail)$/ );
		await tabTo( page, email, 120 );
		await page.keyboard.press( 'ControlOrMeta+a' );
		// Accepted by the browser's own check, refused by the server's (no domain suffix).
		await page.keyboard.type( 'lienhe@khoithu' );
		await tabTo( page, save, 120 );
		await page.keyboard.press( 'Enter' );
		const error = form.locator( '.components-notice.is-error' );
		await expect( error ).toBeVisible();
		const message = (
			await error.locator( '.components-notice__content' ).innerText()
		)
			.split( '\n' )[ 0 ]
			.trim();
		expect( message ).not.toBe( '' );
		await expect( page.locator( '#a11y-speak-assertive' ) ).toContainText(
			message
		);
	} );
} );
