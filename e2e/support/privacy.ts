/**
 * External dependencies
 */
import { expect, type Page } from '@playwright/test';

type AjaxResult< T > = { success: boolean; data: T };
export type ExportItem = {
	group_id: string;
	data: { name: string; value: string }[];
};

/**
 * Creates a privacy request through Tools › Export/Erase Personal Data (no confirmation
 * e-mail) and returns what the row's tool needs: request ID and nonce.
 *
 * @param page   Logged-in admin page.
 * @param screen `export-personal-data.php` or `erase-personal-data.php`.
 * @param email  E-mail address of the person.
 */
export async function privacyRequest(
	page: Page,
	screen: string,
	email: string
) {
	await page.goto( `/wp-admin/${ screen }` );
	await page
		.locator( '#username_or_email_for_privacy_request' )
		.fill( email );
	await page.locator( '#send_confirmation_email' ).uncheck();
	await page.locator( '#submit' ).click();
	const tool = page
		.locator( 'tr', { hasText: email } )
		.locator( '.export-personal-data, .remove-personal-data' )
		.first();
	return {
		id: ( await tool.getAttribute( 'data-request-id' ) ) as string,
		nonce: ( await tool.getAttribute( 'data-nonce' ) ) as string,
	};
}

/**
 * Runs the privacy tools' admin-ajax step for each registered exporter or eraser until the
 * one with the given friendly output is found, and returns its response.
 *
 * @param page          Logged-in admin page.
 * @param action        `wp-privacy-export-personal-data` or `wp-privacy-erase-personal-data`.
 * @param request       Request ID and nonce.
 * @param request.id
 * @param request.nonce
 * @param isOurs        Recognises the plugin's response.
 */
export async function runPrivacyTool< T >(
	page: Page,
	action: string,
	request: { id: string; nonce: string },
	isOurs: ( data: T ) => boolean
): Promise< T > {
	const key =
		action === 'wp-privacy-export-personal-data' ? 'exporter' : 'eraser';
	for ( let index = 1; index <= 20; index++ ) {
		const response = await page.request.post( '/wp-admin/admin-ajax.php', {
			form: {
				action,
				[ key ]: String( index ),
				id: request.id,
				page: '1',
				security: request.nonce,
				sendAsEmail: 'false',
			},
		} );
		const result = ( await response.json() ) as AjaxResult< T >;
		expect( result.success, JSON.stringify( result ) ).toBe( true );
		if ( isOurs( result.data ) ) {
			return result.data;
		}
	}
	throw new Error( `${ action }: the collaborator registry did not answer` );
}
