/**
 * The public blocks and patterns at a phone's and a laptop's width (issue 17): nothing runs
 * past the right edge, every control is big enough for a finger, and each block looks as its
 * committed screenshot. The screens of the staff are in `screens-layout.spec.ts`.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	blockPages,
	DOCUMENT_SEARCH,
	PROCEDURE_SEARCH,
	QA_SEARCH,
	type BlockPages,
} from '../support/block-pages';
import {
	blocksRunningOver,
	LAPTOP,
	overflow,
	PHONE,
	SHOT,
	smallTargets,
} from '../support/layout';
import { portalPages, type PortalPages } from '../support/portal-pages';

type Shot = {
	name: string;
	url: string;
	/** What the screenshot shows. */
	target: string;
	/** Done before the screenshot, e.g. opening an answer. */
	open?: string;
	/** CSS applied while the screenshot is taken, to leave out what other tests add. */
	style?: string;
};

/**
 * The address with a query added.
 *
 * @param url    Address.
 * @param params Query.
 */
function withQuery( url: string, params: Record< string, string > ): string {
	return `${ url }${ url.includes( '?' ) ? '&' : '?' }${ new URLSearchParams(
		params
	) }`;
}

/**
 * What each screenshot shows, on which page.
 *
 * @param portal The pages of the articles and the notice.
 * @param blocks The pages of the other blocks and the patterns.
 */
function shots( portal: PortalPages, blocks: BlockPages ): Shot[] {
	// The news, documents and procedures lists of the home page grow with every test that
	// publishes: left out; the headings, buttons and notice around them stay.
	const noLists = '.wp-block-post-content .wp-block-query { display: none; }';
	// The drafts list has no search: its fixtures come first (`consultation-pages.ts`), but
	// how many drafts and pages there are depends on the other tests. Left out, in place.
	const lengthOfList =
		'.wp-block-ttdt-drafts .ttdt-item-list__count { visibility: hidden; } .wp-block-ttdt-drafts .ttdt-item-list__pages { display: none; }';
	return [
		{
			name: 'post-source',
			url: portal.article,
			target: '.wp-block-ttdt-post-source',
		},
		{
			name: 'reference-label',
			url: portal.reference,
			target: '.wp-block-ttdt-reference-label',
		},
		{
			name: 'agency-notice',
			url: portal.notice,
			target: '.wp-block-ttdt-agency-notice',
		},
		{
			name: 'feedback-form',
			url: blocks.feedbackForm,
			target: '.wp-block-ttdt-feedback-form',
		},
		{
			name: 'feedback-lookup',
			url: blocks.feedbackLookup,
			target: '.wp-block-ttdt-feedback-lookup',
		},
		{
			name: 'qa-list',
			url: withQuery( blocks.qaList, { tim: QA_SEARCH } ),
			target: '.wp-block-ttdt-qa-list',
			open: '.ttdt-qa-list__item summary',
		},
		{
			name: 'documents',
			url: withQuery( blocks.documents, { vb_q: DOCUMENT_SEARCH } ),
			target: '.wp-block-ttdt-documents',
		},
		{
			name: 'procedures',
			url: withQuery( blocks.procedures, { tt_q: PROCEDURE_SEARCH } ),
			target: '.wp-block-ttdt-procedures',
		},
		{
			name: 'item-details-document',
			url: blocks.document,
			target: '.wp-block-ttdt-item-details',
		},
		{
			name: 'item-details-procedure',
			url: blocks.procedure,
			target: '.wp-block-ttdt-item-details',
		},
		{
			name: 'drafts',
			url: blocks.drafts,
			target: '.wp-block-ttdt-drafts',
			style: lengthOfList,
		},
		{
			name: 'draft-comments-open',
			url: blocks.draft,
			target: '.wp-block-ttdt-draft-comments',
		},
		{
			name: 'business-showcase',
			url: blocks.businessShowcase,
			target: '.wp-block-ttdt-business-showcase',
		},
		{
			name: 'pattern-home',
			url: blocks.homePattern,
			target: '.wp-block-post-content',
			style: noLists,
		},
		{
			name: 'pattern-contact',
			url: blocks.contactPattern,
			target: '.wp-block-post-content',
			// The officials other specs publish (or none): the organisation block keeps a
			// fixed box and its entries are left out of the picture.
			style: '.wp-block-ttdt-organisation { height: 120px; overflow: hidden; } .wp-block-ttdt-organisation > * { visibility: hidden; }',
		},
		{
			// One unit only, the fixtures': the officials other specs publish never show.
			name: 'organisation',
			url: blocks.organisation,
			target: '.wp-block-ttdt-organisation',
		},
	];
}

const SITE_CHROME =
	'header.wp-block-template-part, footer.wp-block-template-part { display: none !important; }';

let portal: PortalPages;
let blocks: BlockPages;

test.describe( 'Public blocks and patterns at phone and laptop widths', () => {
	// Every public page at one width in one test: about a minute beside the Playground stage.
	test.describe.configure( { timeout: 180_000 } );

	test.beforeAll( async ( { requestUtils } ) => {
		portal = await portalPages( requestUtils );
		blocks = await blockPages( requestUtils );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { date_format: 'd/m/Y', time_format: 'H:i' },
		} );
	} );

	for ( const width of [ PHONE, LAPTOP ] ) {
		test( `public pages at ${ width } px`, async ( { page } ) => {
			// As a citizen sees them: no admin bar.
			await page.context().clearCookies();
			await page.setViewportSize( { width, height: 800 } );
			const pages = {
				...portal,
				...Object.fromEntries(
					shots( portal, blocks ).map( ( { name, url } ) => [
						name,
						url,
					] )
				),
			};
			for ( const [ name, url ] of Object.entries( pages ) ) {
				await test.step( name, async () => {
					await page.goto( url );
					expect
						.soft( await overflow( page ), name )
						.toBeLessThanOrEqual( 0 );
					expect
						.soft( await blocksRunningOver( page ), name )
						.toEqual( [] );
					expect
						.soft( await smallTargets( page ), name )
						.toEqual( [] );
				} );
			}
			for ( const { name, url, target, open, style } of shots(
				portal,
				blocks
			) ) {
				await test.step( `${ name } screenshot`, async () => {
					await page.goto( url );
					if ( open ) {
						await page.locator( open ).first().click();
					}
					// The site's header and footer list the pages and menus other specs make:
					// hidden, so the block sits at the same place whatever ran before. Gone
					// with the next page load, like a shot's own style.
					await page.addStyleTag( {
						content: `${ SITE_CHROME } ${ style ?? '' }`,
					} );
					const shown = page.locator( target ).first();
					await expect( shown ).toBeVisible();
					await expect
						.soft( shown )
						.toHaveScreenshot( `${ name }-${ width }.png`, SHOT );
				} );
			}
		} );
	}
} );
