/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { fetchDeadline } from '../../data/workflow';

/**
 * The deadline a receipt date would give, asked from the server (which knows the holidays and
 * the portal's rule); '' while there is no date to ask about.
 *
 * @param receivedAt Receipt date, `Y-m-d`, or ''.
 */
export function useDeadlinePreview( receivedAt: string ): string {
	const [ deadline, setDeadline ] = useState( '' );
	useEffect( () => {
		setDeadline( '' );
		if ( ! /^\d{4}-\d{2}-\d{2}$/.test( receivedAt ) ) {
			return undefined;
		}
		let current = true;
		fetchDeadline( receivedAt )
			.then( ( result ) => current && setDeadline( result.deadline ) )
			.catch( () => current && setDeadline( '' ) );
		return () => {
			current = false;
		};
	}, [ receivedAt ] );
	return deadline;
}
