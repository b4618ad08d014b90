/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * The feedback pages of the demo site (form, lookup, Q&A), created on a test site where they
 * are missing: test sites are not seeded.
 *
 * @param requestUtils Admin request utilities.
 */
export async function ensureFeedbackPages( requestUtils: RequestUtils ) {
	const pages: Array< [ string, string, string ] > = [
		[ 'gop-y-phan-anh', 'Góp ý, phản ánh', 'ttdt/feedback-form' ],
		[ 'tra-cuu-phan-anh', 'Tra cứu phản ánh', 'ttdt/feedback-lookup' ],
		[ 'hoi-dap', 'Hỏi đáp', 'ttdt/qa-list' ],
	];
	for ( const [ slug, title, block ] of pages ) {
		const found = ( await requestUtils.rest( {
			path: '/wp/v2/pages',
			params: { slug, status: 'publish' },
		} ) ) as unknown[];
		if ( ! found.length ) {
			await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/pages',
				data: {
					slug,
					title,
					status: 'publish',
					content: `<!-- wp:${ block } /-->`,
				},
			} );
		}
	}
}
