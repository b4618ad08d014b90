/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import type { Credentials } from './session';

export const PASSWORD = 'password';

/**
 * Creates a user with the given role (once per site) and returns its credentials.
 *
 * @param requestUtils Admin request utilities.
 * @param username     Login name; also used for the e-mail address.
 * @param role         WordPress role slug.
 */
export async function ensureUser(
	requestUtils: RequestUtils,
	username: string,
	role: string
): Promise< Credentials & { id: number } > {
	const found = ( await requestUtils.rest( {
		path: '/wp/v2/users',
		params: { search: username, context: 'edit' },
	} ) ) as Array< { id: number; username: string } >;
	const existing = found.find( ( user ) => user.username === username );
	if ( existing ) {
		return { username, password: PASSWORD, id: existing.id };
	}
	const created = ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users',
		data: {
			username,
			email: `${ username }@example.test`,
			password: PASSWORD,
			roles: [ role ],
			name: username,
		},
	} ) ) as { id: number };
	return { username, password: PASSWORD, id: created.id };
}

/**
 * Appoints a user to the editorial board (a position, and the decision that names them) through
 * the roster's route, as an administrator does.
 *
 * @param requestUtils                Admin request utilities.
 * @param userId                      The user.
 * @param appointment                 Position, and optionally the decision's number and date (Y-m-d).
 * @param appointment.position
 * @param appointment.decision_number
 * @param appointment.decision_date
 */
export async function appointToBoard(
	requestUtils: RequestUtils,
	userId: number,
	appointment: {
		position: string;
		decision_number?: string;
		decision_date?: string;
	}
): Promise< unknown > {
	return requestUtils.rest( {
		method: 'POST',
		path: `/ttdt/v1/board/${ userId }`,
		data: appointment,
	} );
}
