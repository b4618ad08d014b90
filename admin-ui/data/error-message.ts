/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/** What apiFetch and core-data throw for a failed request (a WordPress REST error). */
type RestError = {
	message?: string;
	data?: { params?: Record< string, string > };
};

/**
 * The server's own words for a failed request: the reason for each refused parameter when
 * it gives them (`rest_invalid_param`), else its message, else the fallback. The server's
 * messages are already Vietnamese sentences that say what to do next.
 *
 * @param error    What apiFetch or a core-data action with `throwOnError` threw.
 * @param fallback Message for an error without one (a network failure).
 */
export function errorMessage( error: unknown, fallback?: string ): string {
	const { message, data } = ( error ?? {} ) as RestError;
	const reasons = Object.values( data?.params ?? {} ).filter(
		( reason ) => typeof reason === 'string' && reason !== ''
	);
	if ( reasons.length ) {
		return reasons.join( ' ' );
	}
	return (
		message ||
		fallback ||
		__(
			'The request failed. Check the connection and try again.',
			'ttdt-portal'
		)
	);
}

/**
 * The server's reason for each refused parameter, by the name of the form field it concerns:
 * a nested parameter `meta[ttdt_email]` concerns the field `ttdt_email`, and `rename` maps
 * the others that a form names differently (`title` → `name`). Empty when the server named none.
 *
 * @param error  What apiFetch or a core-data action with `throwOnError` threw.
 * @param rename REST parameter → form field, where they differ.
 */
export function fieldErrors(
	error: unknown,
	rename: Record< string, string > = {}
): Record< string, string > {
	const { data } = ( error ?? {} ) as RestError;
	return Object.fromEntries(
		Object.entries( data?.params ?? {} )
			.filter(
				( [ , reason ] ) => typeof reason === 'string' && reason !== ''
			)
			.map( ( [ param, reason ] ) => {
				const nested = /^\w+\[(\w+)\]$/.exec( param );
				return [ rename[ param ] ?? nested?.[ 1 ] ?? param, reason ];
			} )
	);
}
