/**
 * External dependencies
 */
import { request } from '@playwright/test';

/**
 * Internal dependencies
 */
import type { Credentials } from './session';

type XmlValue =
	string | number | boolean | XmlValue[] | { [ key: string ]: XmlValue };

/**
 * One XML-RPC value.
 *
 * @param value Value.
 */
function encode( value: XmlValue ): string {
	if ( typeof value === 'number' ) {
		return `<value><int>${ value }</int></value>`;
	}
	if ( typeof value === 'boolean' ) {
		return `<value><boolean>${ value ? 1 : 0 }</boolean></value>`;
	}
	if ( typeof value === 'string' ) {
		const escaped = value.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' );
		return `<value><string>${ escaped }</string></value>`;
	}
	if ( Array.isArray( value ) ) {
		return `<value><array><data>${ value
			.map( encode )
			.join( '' ) }</data></array></value>`;
	}
	return `<value><struct>${ Object.entries( value )
		.map(
			( [ name, member ] ) =>
				`<member><name>${ name }</name>${ encode( member ) }</member>`
		)
		.join( '' ) }</struct></value>`;
}

/**
 * Calls `wp.editPost` on the test site's XML-RPC endpoint (the path desktop and mobile
 * clients use), as a user.
 *
 * @param user    Credentials.
 * @param postId  Post ID.
 * @param content Fields to change, e.g. `{ post_status: 'publish' }`.
 * @return The raw XML answer (a fault or `1`).
 */
export async function xmlrpcEditPost(
	user: Credentials,
	postId: number,
	content: { [ key: string ]: XmlValue }
): Promise< string > {
	const params = [ 1, user.username, user.password, postId, content ]
		.map( ( param ) => `<param>${ encode( param ) }</param>` )
		.join( '' );
	const context = await request.newContext( {
		baseURL: process.env.WP_BASE_URL,
	} );
	const response = await context.post( '/xmlrpc.php', {
		headers: { 'Content-Type': 'text/xml' },
		data: `<?xml version="1.0"?><methodCall><methodName>wp.editPost</methodName><params>${ params }</params></methodCall>`,
	} );
	const body = await response.text();
	await context.dispose();
	return body;
}
