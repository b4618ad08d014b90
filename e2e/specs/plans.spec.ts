/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { appointToBoard, ensureUser } from '../support/users';
import { ROLES, browserAs, createItems } from '../support/workflow';

type Plan = {
	id: number;
	starts_on: string;
	ends_on: string;
	print_url: string;
	title: string;
};

test.describe( 'Editorial plan (Art. 6.3.1)', () => {
	test( 'the head approves a plan, an updater links an item to a topic, the progress counts it once published, the print shows the topic', async ( {
		browser,
		requestUtils,
	} ) => {
		// Two sessions, the block editor and three screens.
		test.setTimeout( 180_000 );
		const stamp = Date.now();
		const head = await ensureUser(
			requestUtils,
			'plans_head',
			ROLES.publisher
		);
		await appointToBoard( requestUtils, head.id, { position: 'head' } );
		const updater = await ensureUser(
			requestUtils,
			'plans_updater',
			ROLES.updater
		);

		// A plan of the current half year, with one topic over all of it, submitted. "Today" is
		// the site's (its time zone, Vietnam's by default), not the test runner's: from 17:00
		// UTC the site is a day ahead, and at a month's end its calendar opens on the next month.
		const { gmt_offset: offset } = ( await requestUtils.rest( {
			path: '/',
		} ) ) as { gmt_offset: number | string };
		const siteNow = new Date( Date.now() + Number( offset ) * 3_600_000 );
		const today = new Date(
			siteNow.getUTCFullYear(),
			siteNow.getUTCMonth(),
			siteNow.getUTCDate()
		);
		const plan = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/plans',
			data: {
				period: today.getMonth() < 6 ? 'H1' : 'H2',
				year: today.getFullYear(),
				title: `Kế hoạch thử ${ stamp }`,
			},
		} ) ) as Plan;
		const topic = `Chủ đề chuyển đổi số ${ stamp }`;
		const { id: topicId } = ( await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/plan-topics',
			data: {
				plan_id: plan.id,
				title: topic,
				target: 4,
				starts_on: plan.starts_on,
				ends_on: plan.ends_on,
				assignee_id: updater.id,
			},
		} ) ) as { id: number };
		await requestUtils.rest( {
			method: 'POST',
			path: `/ttdt/v1/plans/${ plan.id }/transition`,
			data: { status: 'submitted' },
		} );

		// The head approves it on the plans screen.
		const asHead = await browserAs( browser, head );
		const openPlan = async () => {
			await asHead.page.goto(
				'/wp-admin/admin.php?page=ttdt-portal-plans'
			);
			const root = asHead.page.locator( '#ttdt-screen-plans' );
			await root
				.getByRole( 'searchbox', { name: 'Tìm kế hoạch' } )
				.fill( String( stamp ) );
			await root
				.getByRole( 'row', { name: new RegExp( String( stamp ) ) } )
				.getByRole( 'button', { name: 'Mở' } )
				.click();
			return root.getByRole( 'region', { name: plan.title } );
		};
		const opened = await openPlan();
		await opened
			.getByRole( 'button', { name: 'Phê duyệt kế hoạch' } )
			.click();
		await expect(
			asHead.page
				.locator( '#ttdt-screen-plans' )
				.getByText( 'Đã đổi trạng thái kế hoạch.' )
		).toBeVisible();
		await expect(
			opened.getByRole( 'button', { name: 'Phê duyệt kế hoạch' } )
		).toHaveCount( 0 );

		// A draft planned for today under the topic: the head moves it two days on from the
		// calendar's "move to date" menu (the keyboard's way to drag), and the date is stored.
		const ymd = ( date: Date ) =>
			`${ date.getFullYear() }-${ String( date.getMonth() + 1 ).padStart(
				2,
				'0'
			) }-${ String( date.getDate() ).padStart( 2, '0' ) }`;
		const later = new Date( today.getTime() + 2 * 86_400_000 );
		const plannedTitle = `Tin dự kiến ${ stamp }`;
		const planned = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: plannedTitle,
				status: 'draft',
				date: `${ ymd( today ) }T09:00:00`,
				meta: { ttdt_plan_topic: topicId },
			},
		} ) ) as { id: number };
		await asHead.page.reload();
		await asHead.page
			.getByRole( 'button', {
				name: `Dời “${ plannedTitle }” sang ngày khác`,
			} )
			.click();
		await asHead.page
			.getByRole( 'textbox', { name: 'Ngày đăng dự kiến' } )
			.fill( ymd( later ).split( '-' ).reverse().join( '/' ) );
		await asHead.page
			.getByRole( 'button', { name: 'Dời sang ngày này' } )
			.click();
		await expect(
			asHead.page
				.locator( '#ttdt-screen-plans' )
				.getByText( `Đã dời “${ plannedTitle }” sang ngày` )
		).toBeVisible();
		const moved = ( await requestUtils.rest( {
			path: `/wp/v2/posts/${ planned.id }`,
			params: { context: 'edit' },
		} ) ) as { date: string };
		expect( moved.date ).toBe( `${ ymd( later ) }T09:00:00` );

		// An approved item, which the updater links to the topic in the block editor.
		const [ item ] = await createItems( requestUtils, [
			{ state: 'approved', title: `Tin theo kế hoạch ${ stamp }` },
		] );
		const asUpdater = await browserAs( browser, updater );
		await asUpdater.admin.editPost( item );
		await asUpdater.editor.openDocumentSettingsSidebar();
		await asUpdater.page
			.getByRole( 'tab', { name: /^(Post|Bài viết)$/ } )
			.click();
		const panel = asUpdater.page.getByRole( 'button', {
			name: 'Chủ đề kế hoạch biên tập',
		} );
		if ( ( await panel.getAttribute( 'aria-expanded' ) ) === 'false' ) {
			await panel.click();
		}
		await asUpdater.page
			.getByRole( 'combobox', { name: 'Chủ đề', exact: true } )
			.selectOption( { label: `${ topic } (${ plan.title })` } );
		await asUpdater.page.evaluate( () =>
			(
				window as unknown as {
					wp: {
						data: {
							dispatch: ( store: string ) => {
								savePost: () => Promise< void >;
							};
						};
					};
				}
			 ).wp.data
				.dispatch( 'core/editor' )
				.savePost()
		);
		// The save resolves once the server has answered; the link is then stored.
		const saved = ( await requestUtils.rest( {
			path: `/wp/v2/posts/${ item }`,
			params: { context: 'edit' },
		} ) ) as { meta: Record< string, number > };
		expect( saved.meta.ttdt_plan_topic ).toBeGreaterThan( 0 );
		await asUpdater.close();

		// Published (the link is not content: the approval holds); the progress counts it.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/posts/${ item }`,
			data: { status: 'publish' },
		} );
		const progress = ( await openPlan() ).locator(
			'.ttdt-plans__topics-progress'
		);
		await expect(
			progress.getByRole( 'row', { name: topic } ).getByRole( 'cell' )
		).toHaveText( [ '4', '1' ] );

		// The printed plan, in administrative form, lists the topic.
		await asHead.page.goto( plan.print_url );
		await expect(
			asHead.page.getByRole( 'heading', { name: 'KẾ HOẠCH' } )
		).toBeVisible();
		await expect(
			asHead.page.getByRole( 'cell', { name: topic } )
		).toBeVisible();
		await expect( asHead.page.getByText( 'TRƯỞNG BAN' ) ).toBeVisible();
		await asHead.close();
	} );
} );
