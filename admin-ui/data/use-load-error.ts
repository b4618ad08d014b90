/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect } from '@wordpress/element';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from './error-message';

/**
 * Reports, as an error notice of the screen, a core-data read that failed: the server's
 * message, or the fallback. One notice per read (its ID is the read), however often the
 * component renders.
 *
 * @param selector Core-data selector that resolved, e.g. `getEntityRecords`.
 * @param args     Its arguments, exactly as the screen passed them.
 * @param fallback Message when the server gave none.
 */
export function useLoadError(
	selector: string,
	args: unknown[],
	fallback: string
): unknown {
	const key = JSON.stringify( [ selector, args ] );
	const error = useSelect(
		( select ) =>
			(
				select( coreStore ) as unknown as {
					getResolutionError: ( s: string, a: unknown[] ) => unknown;
				}
			 ).getResolutionError( selector, args ),
		// `key` stands for the selector and its arguments.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[ key ]
	);
	const { createErrorNotice } = useDispatch( noticesStore );
	useEffect( () => {
		if ( error ) {
			createErrorNotice( errorMessage( error, fallback ), {
				id: `ttdt-load-${ key }`,
			} );
		}
		// One notice per failed read.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ error, key ] );
	return error;
}
