/**
 * External dependencies
 */
import type { Locator, Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { expect } from '@wordpress/e2e-test-utils-playwright';

// A phone and a laptop, the widths citizens and staff read the portal at.
export const PHONE = 360;
export const LAPTOP = 1366;
// WordPress's own breakpoint, where the admin menu folds: the screens must still work there.
export const NARROW_ADMIN = 782;

// Small: a changed margin, colour or wrap fails; the anti-aliasing of text does not.
export const SHOT = {
	maxDiffPixelRatio: 0.01,
	animations: 'disabled',
} as const;

/**
 * How far the page runs past the right edge of the window, in pixels (0: it does not).
 *
 * @param page The page.
 */
export function overflow( page: Page ): Promise< number > {
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
export function blocksRunningOver( page: Page ): Promise< string[] > {
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
export function clipped( root: Locator ): Promise< string[] > {
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
export function smallTargets( page: Page ): Promise< string[] > {
	return page
		.locator( '[class*="wp-block-ttdt-"]' )
		.locator( 'a, button, input, select, textarea, [role="button"]' )
		.evaluateAll( ( nodes ) =>
			nodes
				// Not for people: hidden fields and the spam trap, out of the tab order.
				.filter(
					( node ) =>
						( node as HTMLInputElement ).type !== 'hidden' &&
						( node as HTMLElement ).tabIndex >= 0
				)
				.map( ( node ) => {
					// A checkbox is tapped through its label too: the target is both.
					const boxes = [
						node,
						...( ( node as HTMLInputElement ).labels ?? [] ),
					].map( ( part ) => part.getBoundingClientRect() );
					const left = Math.min( ...boxes.map( ( b ) => b.left ) );
					const top = Math.min( ...boxes.map( ( b ) => b.top ) );
					return {
						node,
						box: {
							width:
								Math.max( ...boxes.map( ( b ) => b.right ) ) -
								left,
							height:
								Math.max( ...boxes.map( ( b ) => b.bottom ) ) -
								top,
						},
					};
				} )
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
export async function column(
	table: Locator,
	heading: string
): Promise< Locator > {
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
