/**
 * The commune portal's home page, made from the plugin's block pattern, as a citizen on a
 * phone reads it (issue 13, "A portal that looks like one").
 */
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
import { createItems } from '../support/workflow';

type Pattern = { name: string; title: string; content: string };

async function sectionId( requestUtils: RequestUtils, slug: string ) {
	const [ term ] = ( await requestUtils.rest( {
		path: '/wp/v2/categories',
		params: { slug },
	} ) ) as Array< { id: number } >;
	expect( term, `section ${ slug }` ).toBeDefined();
	return term.id;
}

test.describe( 'The portal home page pattern', () => {
	let pageId = 0;

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { show_on_front: 'posts', page_on_front: 0 },
		} );
		if ( pageId ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ pageId }`,
				params: { force: true },
			} );
		}
	} );

	test( 'a citizen on a phone sees the sections, the news and the way to send feedback', async ( {
		browser,
		requestUtils,
	} ) => {
		const patterns = ( await requestUtils.rest( {
			path: '/wp/v2/block-patterns/patterns',
		} ) ) as Pattern[];
		const home = patterns.find(
			( pattern ) => pattern.name === 'ttdt-portal/home'
		);
		expect( home?.title ).toBe( 'Trang chủ trang thông tin điện tử' );
		expect(
			patterns.filter( ( pattern ) =>
				pattern.name.startsWith( 'ttdt-portal/section-' )
			).length
		).toBeGreaterThanOrEqual( 8 );

		const title = `Tin trang chủ ${ Date.now() }`;
		await createItems( requestUtils, [
			{
				state: 'published',
				title,
				categories: [
					await sectionId( requestUtils, 'tin-tuc-su-kien' ),
				],
			},
		] );
		const page = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: 'Trang chủ',
				status: 'publish',
				content: home!.content,
			},
		} ) ) as { id: number };
		pageId = page.id;
		const settings = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { show_on_front: 'page', page_on_front: pageId },
		} ) ) as { show_on_front: string; page_on_front: number };
		expect( settings.page_on_front ).toBe( pageId );

		const citizen = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
			viewport: { width: 360, height: 740 },
		} );
		const phone = await citizen.newPage();
		await phone.goto( '/' );

		await expect(
			phone.getByRole( 'heading', { name: 'Tin tức – sự kiện' } )
		).toBeVisible();
		await expect(
			phone.getByRole( 'heading', { name: 'Văn bản chỉ đạo điều hành' } )
		).toBeVisible();
		await expect(
			phone.getByRole( 'link', { name: title } )
		).toBeVisible();
		const send = phone.getByRole( 'link', { name: 'Gửi phản ánh' } );
		await expect( send ).toHaveAttribute( 'href', /\/gop-y-phan-anh\/$/ );
		expect( ( await send.boundingBox() )!.height ).toBeGreaterThanOrEqual(
			44
		);
		// No horizontal scrolling, and no script of the plugin on the page.
		expect(
			await phone.evaluate(
				() =>
					document.documentElement.scrollWidth <=
					document.documentElement.clientWidth
			)
		).toBe( true );
		expect(
			await phone.locator( 'script[src*="ttdt-portal"]' ).count()
		).toBe( 0 );
		await citizen.close();
	} );
} );
