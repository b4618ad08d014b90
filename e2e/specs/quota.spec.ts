/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { sessionFor } from '../support/session';
import { appointToBoard, ensureUser } from '../support/users';

// The test sites run in Asia/Ho_Chi_Minh: UTC+7 all year (no daylight saving).
const SITE_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `Y-m-d` of a day counted from the Monday of the current site-time week.
 *
 * @param weeksBack Weeks before the current one.
 * @param dayOfWeek 0 = Monday … 6 = Sunday.
 */
function siteDay( weeksBack: number, dayOfWeek: number ): string {
	const local = new Date( Date.now() + SITE_OFFSET_MS );
	const sinceMonday = ( local.getUTCDay() + 6 ) % 7;
	const monday = Date.UTC(
		local.getUTCFullYear(),
		local.getUTCMonth(),
		local.getUTCDate() - sinceMonday
	);
	return new Date( monday + ( dayOfWeek - 7 * weeksBack ) * DAY_MS )
		.toISOString()
		.slice( 0, 10 );
}

type QuotaMember = {
	id: number;
	counts: number[];
	this_week: number;
	behind: boolean;
};

/**
 * Publishes an item by a member at a site-time date through core REST.
 *
 * @param requestUtils Admin request utilities.
 * @param author       Member's user ID.
 * @param date         Site time, `Y-m-dTH:i:s`.
 */
async function publishAs(
	requestUtils: RequestUtils,
	author: number,
	date: string
) {
	return ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/posts',
		data: {
			title: `Tin của thành viên ${ date }`,
			status: 'publish',
			author,
			date,
			meta: {
				ttdt_source: 'UBND thị trấn',
				ttdt_writer: 'Thành viên BBT',
			},
		},
	} ) ) as { id: number; date: string; date_gmt: string; status: string };
}

test.describe( 'Weekly quota of the editorial board (Art. 8.1)', () => {
	const username = `e2e_quota_${ Date.now() }`;
	let memberId = 0;
	let published: Array< { date_gmt: string; status: string } > = [];

	test.beforeAll( async ( { requestUtils } ) => {
		memberId = (
			await ensureUser( requestUtils, username, 'ttdt_publisher' )
		).id;
		await appointToBoard( requestUtils, memberId, { position: 'member' } );
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/settings',
			data: { weekly_quota: 1 },
		} );
		// Three weeks ago: Sunday 23:30 closes the week; Monday 00:30 opens the next one.
		// In UTC both fall on Sunday, so grouping by UTC dates would count them together.
		published = [
			await publishAs(
				requestUtils,
				memberId,
				`${ siteDay( 3, 6 ) }T23:30:00`
			),
			await publishAs(
				requestUtils,
				memberId,
				`${ siteDay( 2, 0 ) }T00:30:00`
			),
			await publishAs(
				requestUtils,
				memberId,
				`${ siteDay( 2, 3 ) }T10:00:00`
			),
		];
	} );

	test( 'counts published items per Monday–Sunday week in site time', async ( {
		requestUtils,
	} ) => {
		expect( published.map( ( post ) => post.status ) ).toEqual( [
			'publish',
			'publish',
			'publish',
		] );
		expect( published[ 0 ].date_gmt.slice( 0, 10 ) ).toBe(
			siteDay( 3, 6 )
		);
		expect( published[ 1 ].date_gmt.slice( 0, 10 ) ).toBe(
			siteDay( 3, 6 )
		);

		const report = ( await requestUtils.rest( {
			path: '/ttdt/v1/quota',
			params: { weeks: 12 },
		} ) ) as {
			quota: number;
			weeks: Array< { start: string; end: string } >;
			members: QuotaMember[];
			next_reminder: string;
		};
		expect( report.quota ).toBe( 1 );
		expect( report.weeks ).toHaveLength( 12 );
		expect( report.weeks[ 11 ] ).toEqual( {
			start: siteDay( 0, 0 ),
			end: siteDay( 0, 6 ),
		} );
		expect( report.weeks[ 8 ].start ).toBe( siteDay( 3, 0 ) );

		const member = report.members.find( ( each ) => each.id === memberId );
		expect( member ).toBeDefined();
		expect( member?.counts[ 8 ] ).toBe( 1 );
		expect( member?.counts[ 9 ] ).toBe( 2 );
		expect( member?.counts[ 10 ] ).toBe( 0 );
		expect( member?.this_week ).toBe( 0 );
		expect( member?.behind ).toBe( true );

		// The weekly reminder is scheduled for Thursday 08:00 site time.
		expect( report.next_reminder ).toMatch( /T08:00:00$/ );
		expect(
			new Date(
				`${ report.next_reminder.slice( 0, 10 ) }T00:00:00Z`
			).getUTCDay()
		).toBe( 4 );
	} );

	test( 'only editors see the quota; only administrators send reminders', async ( {
		requestUtils,
	} ) => {
		const anonymous = await sessionFor( null );
		expect(
			( await anonymous.rest( 'GET', '/ttdt/v1/quota' ) ).status()
		).toBe( 401 );
		await anonymous.dispose();

		const collaborator = await sessionFor(
			await ensureUser(
				requestUtils,
				'e2e_quota_ctv',
				'ttdt_collaborator'
			)
		);
		expect(
			( await collaborator.rest( 'GET', '/ttdt/v1/quota' ) ).status()
		).toBe( 403 );
		await collaborator.dispose();

		const publisher = await sessionFor(
			await ensureUser( requestUtils, 'e2e_quota_pub', 'ttdt_publisher' )
		);
		expect(
			( await publisher.rest( 'GET', '/ttdt/v1/quota' ) ).status()
		).toBe( 200 );
		const send = await publisher.rest( 'POST', '/ttdt/v1/quota/reminders' );
		expect( send.status() ).toBe( 403 );
		expect( ( await send.json() ).message ).toContain(
			'quản trị hệ thống'
		);
		await publisher.dispose();
	} );

	test( 'the dashboard marks who is behind and e-mails them a reminder', async ( {
		admin,
		page,
		mailbox,
	} ) => {
		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-quota' );
		await expect(
			page.getByText(
				'Mỗi thành viên Ban biên tập phải có ít nhất 1 tin bài được xuất bản mỗi tuần'
			)
		).toBeVisible();
		await expect(
			page.getByRole( 'columnheader', { name: 'Tuần này' } )
		).toBeVisible();

		const row = page.locator( `tr[data-member="${ memberId }"]` );
		await expect( row.getByRole( 'rowheader' ) ).toContainText( username );
		await expect( row.getByRole( 'rowheader' ) ).toContainText(
			'Thành viên'
		);
		const thisWeek = row.locator( `td[data-week="${ siteDay( 0, 0 ) }"]` );
		await expect( thisWeek ).toHaveClass( /is-below/ );
		await expect( thisWeek ).toContainText( 'chưa đạt chỉ tiêu' );
		const twoWeeksAgo = row.locator(
			`td[data-week="${ siteDay( 2, 0 ) }"]`
		);
		await expect( twoWeeksAgo ).toHaveText( '2' );
		await expect( twoWeeksAgo ).toHaveClass( /is-met/ );

		await page.getByRole( 'button', { name: 'Gửi nhắc nhở ngay' } ).click();
		await expect(
			page.locator( '.components-notice' ).filter( {
				hasText: 'Đã gửi nhắc nhở đến',
			} )
		).toContainText( username );

		// The member may also get workflow mail (their items were approved): pick the reminder.
		const reminder = await mailbox.waitFor(
			( message ) =>
				message.to.includes( `${ username }@example.test` ) &&
				message.subject.startsWith( 'Nhắc nhở:' )
		);
		expect( reminder.subject ).toBe(
			'Nhắc nhở: tuần này mới có 0/1 tin bài được xuất bản'
		);
		expect( reminder.text ).toContain(
			`từ ${ siteDay( 0, 0 ).split( '-' ).reverse().join( '/' ) } đến ${ siteDay(
				0,
				6
			)
				.split( '-' )
				.reverse()
				.join( '/' ) }`
		);
	} );
} );
