/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { fixtureWriter } from '../support/workflow';

/**
 * A fresh Vietnamese WordPress writes "Tháng Mười Một 30, 2026": Site Health recommends the
 * Vietnamese formats, and the plugin's settings switch the whole site to them in one step.
 */
test.describe( 'Vietnamese date formats', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.updateSiteSettings( {
			date_format: 'F j, Y',
			time_format: 'g:i a',
		} );
	} );

	test( 'Site Health recommends them and the settings apply them to the whole site', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const post = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: 'Lịch tiếp công dân tháng 12',
				status: 'publish',
				// Filed for a writer: nobody approves (by publishing) an item of their own.
				author: ( await fixtureWriter( requestUtils ) ).id,
				content:
					'<!-- wp:paragraph --><p>Lịch tiếp.</p><!-- /wp:paragraph -->',
				meta: {
					ttdt_source: 'UBND thị trấn',
					ttdt_writer: 'Văn phòng',
				},
			},
		} ) ) as { link: string };

		await admin.visitAdminPage( 'site-health.php' );
		await expect(
			page.getByRole( 'button', {
				name: /Trang chưa ghi ngày tháng theo kiểu Việt Nam/,
			} )
		).toBeVisible( { timeout: 30_000 } );

		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-settings' );
		await page
			.getByRole( 'button', {
				name: 'Dùng định dạng Việt Nam (30/11/2026, 14:05) cho toàn trang',
			} )
			.click();
		await expect(
			page.getByText(
				'Trang đang dùng định dạng ngày giờ kiểu Việt Nam.'
			)
		).toBeVisible();
		await expect(
			page.getByText(
				/Ngày giờ trên trang hiện hiển thị như sau: \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}\./
			)
		).toBeVisible();

		const settings = ( await requestUtils.getSiteSettings() ) as {
			date_format: string;
			time_format: string;
			start_of_week: number;
		};
		expect( settings ).toMatchObject( {
			date_format: 'd/m/Y',
			time_format: 'H:i',
			start_of_week: 1,
		} );

		// The public page's dates follow.
		await page.goto( post.link );
		await expect(
			page.locator( '.wp-block-post-date' ).first()
		).toHaveText( /^\d{2}\/\d{2}\/\d{4}$/ );

		await admin.visitAdminPage( 'site-health.php' );
		await expect(
			page.getByRole( 'button', {
				name: /Trang chưa ghi ngày tháng theo kiểu Việt Nam/,
			} )
		).toHaveCount( 0 );
	} );

	test( 'only those who manage the portal may change the formats', async ( {
		requestUtils,
	} ) => {
		const anonymous = await fetch(
			`${ process.env.WP_BASE_URL }/wp-json/ttdt/v1/date-formats`,
			{ method: 'POST' }
		);
		expect( anonymous.status ).toBe( 401 );
		const formats = ( await requestUtils.rest( {
			path: '/ttdt/v1/date-formats',
		} ) ) as { vietnamese: boolean };
		expect( typeof formats.vietnamese ).toBe( 'boolean' );
	} );
} );
