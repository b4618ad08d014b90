/**
 * External dependencies
 */
import { request } from '@playwright/test';

/**
 * Internal dependencies
 */
import type { Credentials } from './session';

export type XmlValue =
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
 * Calls an XML-RPC method on the test site's endpoint (the path desktop and mobile clients
 * use).
 *
 * @param methodName Method, e.g. `wp.newPost`.
 * @param params     Parameters, in order.
 * @return The raw XML answer.
 */
export async function xmlrpcCall(
	methodName: string,
	params: XmlValue[]
): Promise< string > {
	const encoded = params
		.map( ( param ) => `<param>${ encode( param ) }</param>` )
		.join( '' );
	const context = await request.newContext( {
		baseURL: process.env.WP_BASE_URL,
	} );
	const response = await context.post( '/xmlrpc.php', {
		headers: { 'Content-Type': 'text/xml' },
		data: `<?xml version="1.0"?><methodCall><methodName>${ methodName }</methodName><params>${ encoded }</params></methodCall>`,
	} );
	const body = await response.text();
	await context.dispose();
	return body;
}

/**
 * Calls `wp.editPost` as a user.
 *
 * @param user    Credentials.
 * @param postId  Post ID.
 * @param content Fields to change, e.g. `{ post_status: 'publish' }`.
 * @return The raw XML answer (a fault or `1`).
 */
export function xmlrpcEditPost(
	user: Credentials,
	postId: number,
	content: { [ key: string ]: XmlValue }
): Promise< string > {
	return xmlrpcCall( 'wp.editPost', [
		1,
		user.username,
		user.password,
		postId,
		content,
	] );
}
