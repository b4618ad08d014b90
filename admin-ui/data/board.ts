/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { BOARD_ENTITY, ENTITY_KIND, registerEntities } from './entities';
import type { BoardMember } from './generated/schemas';
import { useChoices, type Choice } from './schema-labels';
import { useLoadError } from './use-load-error';

registerEntities();

/** The REST route of the roster; its schema names the positions and roles. */
export const BOARD_PATH = '/ttdt/v1/board';

/** A roster entry as the list returns it, with the links that say what the user may do. */
export type BoardEntry = BoardMember & {
	_links?: Record< string, Array< { href: string } > >;
};

/**
 * The link relation present when the current user may change the entry (WordPress compacts
 * `https://api.w.org/action-manage-board` to this CURIE in responses).
 */
export const MANAGE_BOARD_REL = 'wp:action-manage-board';

/**
 * The link relation present when the current user may end every session of the entry's
 * account (an administrator, on an account they may edit); its href is the route to call.
 */
export const END_SESSIONS_REL = 'wp:action-end-sessions';

/** What the server answers when it has ended a user's sessions. */
export type SessionsEnded = { user: number; sessions: number; ended: number };

/**
 * Ends every session of the entry's account, at the address the server linked (audited
 * there); throws the server's error.
 *
 * @param entry A roster entry carrying {@link END_SESSIONS_REL}.
 */
export function endSessions( entry: BoardEntry ): Promise< SessionsEnded > {
	const href = entry._links?.[ END_SESSIONS_REL ]?.[ 0 ]?.href;
	return href
		? apiFetch< SessionsEnded >( { url: href, method: 'DELETE' } )
		: Promise.reject( {} );
}

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

/** The whole roster: a commune's board and staff are a few dozen people. */
const QUERY = { per_page: -1 };

/** The names of the positions and roles, as the server sends them. */
export type BoardChoices = { position: Choice[]; role: Choice[] };

/**
 * The roster (a few dozen people: one request, filtered and sorted in the browser), the
 * server's names of its positions and roles, and the save of one person's changes.
 */
export function useBoard() {
	const { records, isResolving, hasResolved } =
		useEntityRecords< BoardEntry >( ENTITY_KIND, BOARD_ENTITY, QUERY );
	useLoadError(
		'getEntityRecords',
		[ ENTITY_KIND, BOARD_ENTITY, QUERY ],
		__( 'The roster could not be loaded.', 'ttdt-portal' )
	);
	const named = useChoices( BOARD_PATH );
	const choices = useMemo(
		() =>
			named
				? { position: named.position ?? [], role: named.role ?? [] }
				: undefined,
		[ named ]
	);
	const save = useSaveBoardMember();
	return {
		members: records ?? [],
		isLoading: isResolving || ! hasResolved || ! choices,
		choices,
		save,
	};
}

/**
 * The save of one person's changes through core-data: resolves with the saved entry (which
 * replaces the one in the list), throws the server's error.
 */
export function useSaveBoardMember() {
	const { saveEntityRecord } = useDispatch( coreStore );
	return ( id: number, changes: BoardChanges ): Promise< BoardEntry > =>
		saveEntityRecord(
			ENTITY_KIND,
			BOARD_ENTITY,
			{ id, ...changes },
			{ throwOnError: true }
		);
}
