/**
 * External dependencies
 */
import { request, type FullConfig } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Logs the admin in once and saves the session for the tests of the `portal` project.
 *
 * @param config Playwright's resolved configuration.
 */
async function globalSetup( config: FullConfig ) {
	const { baseURL } = config.projects[ 0 ].use;
	const requestContext = await request.newContext( { baseURL } );
	const requestUtils = new RequestUtils( requestContext, {
		storageStatePath: process.env.STORAGE_STATE_PATH,
	} );
	await requestUtils.setupRest();
	await requestContext.dispose();
}

export default globalSetup;
