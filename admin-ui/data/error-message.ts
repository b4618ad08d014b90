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
