/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { BoardMember } from './generated/schemas';

/** A roster entry as the list returns it, with the links that say what the user may do. */
export type BoardEntry = BoardMember & {
	_links?: Record< string, Array< { href: string } > >;
};

/**
 * The link relation present when the current user may change the entry (WordPress compacts
 * `https://api.w.org/action-manage-board` to this CURIE in responses).
 */
export const MANAGE_BOARD_REL = 'wp:action-manage-board';

/** Fields the roster edits. */
export type BoardChanges = Partial<
	Pick<
		BoardMember,
		| 'role'
		| 'position'
		| 'decision_number'
		| 'decision_date'
		| 'term_start'
		| 'term_end'
	>
>;

/**
 * The board members and the staff.
 */
export function fetchBoard(): Promise< BoardEntry[] > {
	return apiFetch< BoardEntry[] >( { path: '/ttdt/v1/board' } );
}

/**
 * Changes one person's board attributes and permission level.
 *
 * @param id      User ID.
 * @param changes Fields to change.
 */
export function updateBoardMember(
	id: number,
	changes: BoardChanges
): Promise< BoardEntry > {
	return apiFetch< BoardEntry >( {
		path: `/ttdt/v1/board/${ id }`,
		method: 'POST',
		data: changes,
	} );
}
