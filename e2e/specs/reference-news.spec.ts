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
import { fixtureWriter } from '../support/workflow';

type Item = {
	id: number;
	link: string;
	categories: number[];
	title: { rendered: string };
	ttdt_reference_label: string | null;
};

const LABEL = '[Tin tham khảo]';
// One word only these items carry, to find them in search and lists.
const TOKEN = `thamkhao${ Date.now() }`;

/**
 * Term ID of a category by slug.
 *
 * @param requestUtils Admin request utilities.
 * @param slug         Category slug.
 */
async function categoryId( requestUtils: RequestUtils, slug: string ) {
	const [ term ] = await requestUtils.rest( {
		path: '/wp/v2/categories',
		params: { slug },
	} );
	return term.id as number;
}

/**
 * Creates or updates an item as the administrator.
 *
 * @param requestUtils Admin request utilities.
 * @param path         REST path.
 * @param data         Fields.
 */
function save(
	requestUtils: RequestUtils,
	path: string,
	data: Record< string, unknown >
): Promise< Item > {
	return requestUtils.rest( { method: 'POST', path, data } );
}

let referenceId = 0;
let newsId = 0;
let reference: Item;
let official: Item;
const referenceTitle = `Dự kiến mở rộng chợ trung tâm ${ TOKEN }`;
const officialTitle = `Lịch tiếp công dân tháng này ${ TOKEN }`;

test.describe( 'Reference news (Art. 7.1)', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		// Written by someone else, so the administrator may approve them by publishing them.
		const author = ( await fixtureWriter( requestUtils ) ).id;
		referenceId = await categoryId( requestUtils, 'tin-tham-khao' );
		newsId = await categoryId( requestUtils, 'tin-tuc-su-kien' );
		official = await save( requestUtils, '/wp/v2/posts', {
			author,
			title: officialTitle,
			content: `<!-- wp:paragraph --><p>Tin chính thức ${ TOKEN }.</p><!-- /wp:paragraph -->`,
			status: 'publish',
			categories: [ newsId ],
			meta: { ttdt_source: 'UBND thị trấn', ttdt_writer: 'Lê Văn A' },
		} );
		// Asked for an official section: the flag files it in the reference section instead.
		reference = await save( requestUtils, '/wp/v2/posts', {
			author,
			title: referenceTitle,
			content: `<!-- wp:paragraph --><p>Thông tin chưa xác nhận ${ TOKEN }.</p><!-- /wp:paragraph -->`,
			status: 'publish',
			categories: [ newsId ],
			meta: {
				ttdt_source: 'Bạn đọc phản ánh',
				ttdt_writer: 'Phạm Thị B',
				ttdt_is_reference: true,
			},
		} );
	} );

	test( 'is filed only in the reference section and labelled in the REST response', async ( {
		requestUtils,
	} ) => {
		expect( reference.categories ).toEqual( [ referenceId ] );
		expect( reference.ttdt_reference_label ).toBe( 'Tin tham khảo' );
		expect( reference.title.rendered.startsWith( `${ LABEL } ` ) ).toBe(
			true
		);
		expect( official.ttdt_reference_label ).toBeNull();
		expect( official.title.rendered ).not.toContain( LABEL );

		// Adding an official section while the flag is on changes nothing.
		const moved = await save(
			requestUtils,
			`/wp/v2/posts/${ reference.id }`,
			{ categories: [ newsId, referenceId ] }
		);
		expect( moved.categories ).toEqual( [ referenceId ] );

		// An official item cannot be put in the reference section without the flag.
		const misfiled = await save(
			requestUtils,
			`/wp/v2/posts/${ official.id }`,
			{ categories: [ newsId, referenceId ] }
		);
		expect( misfiled.categories ).toEqual( [ newsId ] );

		// Clearing the flag takes the item out of the reference section; setting it puts it back.
		const cleared = await save(
			requestUtils,
			`/wp/v2/posts/${ reference.id }`,
			{ meta: { ttdt_is_reference: false }, categories: [ newsId ] }
		);
		expect( cleared.categories ).toEqual( [ newsId ] );
		expect( cleared.ttdt_reference_label ).toBeNull();
		const flagged = await save(
			requestUtils,
			`/wp/v2/posts/${ reference.id }`,
			{ meta: { ttdt_is_reference: true } }
		);
		expect( flagged.categories ).toEqual( [ referenceId ] );
	} );

	test.describe( 'as a visitor', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		test( 'is labelled on its page, in lists, search and the feed, and absent from official sections', async ( {
			page,
			request,
		} ) => {
			// Its own page: the label on the title, the notice, the document title.
			await page.goto( reference.link );
			await expect(
				page.locator( 'h1 .ttdt-reference-label' )
			).toHaveText( LABEL );
			const notice = page.locator( '.wp-block-ttdt-reference-label' );
			await expect( notice ).toContainText( 'Tin tham khảo' );
			await expect( notice ).toContainText(
				'chưa được cơ quan có thẩm quyền xác nhận'
			);
			expect( await page.title() ).toContain(
				`${ LABEL } ${ referenceTitle }`
			);
			await expect(
				page.locator( '.wp-block-ttdt-post-source' )
			).toContainText( 'Nguồn tin: Bạn đọc phản ánh' );

			// The reference section lists it, labelled.
			await page.goto( `/?cat=${ referenceId }` );
			await expect(
				page
					.getByRole( 'link', {
						name: `${ LABEL } ${ referenceTitle }`,
					} )
					.first()
			).toBeVisible();

			// The official section does not list it.
			await page.goto( `/?cat=${ newsId }` );
			await expect(
				page.getByRole( 'link', { name: officialTitle } ).first()
			).toBeVisible();
			await expect( page.getByText( referenceTitle ) ).toHaveCount( 0 );

			// Search results: labelled; the official item is not.
			await page.goto( `/?s=${ TOKEN }` );
			await expect(
				page
					.getByRole( 'link', {
						name: `${ LABEL } ${ referenceTitle }`,
					} )
					.first()
			).toBeVisible();
			await expect(
				page
					.getByRole( 'link', { name: officialTitle, exact: true } )
					.first()
			).toBeVisible();

			// The latest posts on the home page (a query block in this theme).
			await page.goto( '/' );
			await expect(
				page
					.getByRole( 'link', {
						name: `${ LABEL } ${ referenceTitle }`,
					} )
					.first()
			).toBeVisible();

			// The feeds: the site's and the reference section's.
			for ( const feed of [
				'/?feed=rss2',
				`/?feed=rss2&cat=${ referenceId }`,
			] ) {
				const xml = await ( await request.get( feed ) ).text();
				expect( xml ).toContain(
					`<title>${ LABEL } ${ referenceTitle }</title>`
				);
			}
			const newsFeed = await (
				await request.get( `/?feed=rss2&cat=${ newsId }` )
			).text();
			expect( newsFeed ).toContain( officialTitle );
			expect( newsFeed ).not.toContain( referenceTitle );
		} );
	} );
} );
