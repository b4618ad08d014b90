/**
 * External dependencies
 */
import { request, type FullConfig } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Logs the admin in once, saves the session for the tests of the `portal` project and turns
 * off the editor's welcome guide for that account.
 *
 * @param config Playwright's resolved configuration.
 */
async function globalSetup( config: FullConfig ) {
	// scripts/test-e2e.sh runs the zip install alone against the clean site (one WordPress at
	// a time on two cores): there is no portal to log in to then.
	if ( process.env.TTDT_E2E_CLEAN_ONLY ) {
		return;
	}
	const { baseURL } = config.projects[ 0 ].use;
	const requestContext = await request.newContext( { baseURL } );
	const requestUtils = new RequestUtils( requestContext, {
		storageStatePath: process.env.STORAGE_STATE_PATH,
	} );
	await requestUtils.setupRest();
	// Stored on the account, so the editor's welcome guide never covers the editor in a test.
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me',
		data: {
			meta: {
				persisted_preferences: {
					'core/edit-post': { welcomeGuide: false },
					_modified: new Date().toISOString(),
				},
			},
		},
	} );
	await requestContext.dispose();
}

export default globalSetup;
