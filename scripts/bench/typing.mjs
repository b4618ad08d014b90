/**
 * Typing latency in the block editor, plugin on ÷ off, by Gutenberg's own method: a Chromium
 * trace of each keystroke, its `keydown` + `keypress` + `keyup` dispatch durations summed
 * (the `Metrics` fixture of `@wordpress/e2e-test-utils-playwright`, as Gutenberg's
 * performance suite does). The arms alternate in rounds on the same site, so load from other
 * processes hits both; the plugin's panels are open in its arm (the document sidebar shows
 * them), which is what a writer types next to.
 */
import { chromium } from '@playwright/test';
import { Metrics } from '@wordpress/e2e-test-utils-playwright';
import { median } from './site.mjs';

export const TYPING_BUDGET_RATIO = 1.1;

const ROUNDS = 4;
const KEYSTROKES = 15;

/**
 * The 95th percentile of a list.
 *
 * @param {number[]} values Numbers.
 */
function p95( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[
		Math.min( sorted.length - 1, Math.floor( sorted.length * 0.95 ) )
	];
}

/**
 * Opens a new post in a fresh browser context of the given arm, signed in, with a paragraph
 * selected.
 *
 * @param {import('@playwright/test').Browser} browser Chromium.
 * @param {Object}                             site    The bench site.
 * @param {'on'|'off'}                         arm     Plugin on or off.
 */
export async function openEditor( browser, site, arm ) {
	const context = await browser.newContext( {
		baseURL: site.url,
		viewport: { width: 1366, height: 900 },
		extraHTTPHeaders: { 'X-Ttdt-Bench-Plugin': arm },
	} );
	const page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page.fill( '#user_login', 'admin' );
	await page.fill( '#user_pass', 'password' );
	await page.click( '#wp-submit' );
	await page.waitForURL( /wp-admin/ );
	await page.goto( '/wp-admin/post-new.php' );
	await page.waitForFunction( () =>
		window.wp?.data?.select( 'core/editor' )?.getCurrentPostId()
	);
	await page.evaluate( () => {
		const { dispatch } = window.wp.data;
		dispatch( 'core/preferences' ).set(
			'core/edit-post',
			'welcomeGuide',
			false
		);
		dispatch( 'core/edit-post' ).openGeneralSidebar?.(
			'edit-post/document'
		);
		dispatch( 'core/block-editor' ).insertBlock(
			window.wp.blocks.createBlock( 'core/paragraph' )
		);
	} );
	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await canvas.locator( '[data-type="core/paragraph"]' ).first().click();
	// Warm up: the first keystrokes load and compile what typing needs.
	await page.keyboard.type( 'Khởi động ', { delay: 30 } );
	return { context, page };
}

/**
 * Measures both arms.
 *
 * @param {Object} site The bench site (its admin's password is `password`).
 * @return {Promise<Object>} Median and p95 per arm, the ratio of medians, samples.
 */
export async function benchTyping( site ) {
	const browser = await chromium.launch( {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	} );
	const samples = { on: [], off: [] };
	try {
		for ( let round = 0; round < ROUNDS; round++ ) {
			const arms = round % 2 ? [ 'off', 'on' ] : [ 'on', 'off' ];
			for ( const arm of arms ) {
				const { context, page } = await openEditor(
					browser,
					site,
					arm
				);
				const metrics = new Metrics( { page } );
				for ( let key = 0; key < KEYSTROKES; key++ ) {
					await metrics.startTracing();
					// An ASCII key: Playwright types other characters with insertText, no key events.
					await page.keyboard.type( 'a' );
					await metrics.stopTracing();
					const [ down, press, up ] =
						metrics.getTypingEventDurations();
					samples[ arm ].push(
						( down[ 0 ] ?? 0 ) +
							( press[ 0 ] ?? 0 ) +
							( up[ 0 ] ?? 0 )
					);
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	const row = {
		samplesPerArm: samples.on.length,
		medianOnMs: median( samples.on ),
		medianOffMs: median( samples.off ),
		p95OnMs: p95( samples.on ),
		p95OffMs: p95( samples.off ),
	};
	row.ratio = row.medianOnMs / row.medianOffMs;
	row.over =
		! Number.isFinite( row.ratio ) || row.ratio > TYPING_BUDGET_RATIO
			? [
					`typing ${ row.ratio.toFixed( 2 ) }× (budget ${ TYPING_BUDGET_RATIO }×, ${ samples.on.length } keystrokes)`,
				]
			: [];
	return row;
}
