/**
 * WordPress dependencies
 */
import { store as coreStore, useEntityRecords } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	ACCOUNT_ACTIVITY_ENTITY,
	ENTITY_KIND,
	INCIDENTS_ENTITY,
	registerEntities,
} from './entities';
import type { AuditLogEntry } from './generated/schemas';
import { useLoadError } from './use-load-error';

registerEntities();

export type IncidentKind = 'leak' | 'security' | 'account';
export type IncidentState = 'open' | 'investigating' | 'closed';

/** What a reporter sends (`IncidentSchema::report()` without the read-only fields). */
export type IncidentDraft = {
	kind: IncidentKind;
	description: string;
	occurred_at: string;
	item_id: number;
	account: string;
	audit_entry: number;
};

/** A report as `ttdt/v1/incidents` returns it, with the links of what the user may do. */
export type Incident = IncidentDraft & {
	id: number;
	title: string;
	state: IncidentState;
	reporter: number;
	reporter_name: string;
	reported_at: string;
	notes: Array< { at: string; user: string; state: string; text: string } >;
	_links?: Record< string, Array< { href: string } > >;
};

/** Present when the current user may investigate and close the report. */
export const HANDLE_INCIDENT_REL = 'wp:action-handle-incident';

export const EMPTY_DRAFT: IncidentDraft = {
	kind: 'security',
	description: '',
	occurred_at: '',
	item_id: 0,
	account: '',
	audit_entry: 0,
};

const QUERY = { per_page: -1 };

/**
 * The reports the user may read, and their saves.
 */
export function useIncidents() {
	const { records, isResolving, hasResolved } = useEntityRecords< Incident >(
		ENTITY_KIND,
		INCIDENTS_ENTITY,
		QUERY
	);
	useLoadError(
		'getEntityRecords',
		[ ENTITY_KIND, INCIDENTS_ENTITY, QUERY ],
		__( 'The incident reports could not be loaded.', 'ttdt-portal' )
	);
	const { saveEntityRecord } = useDispatch( coreStore );
	// A metadata action every store has, missing from core-data's types.
	const { invalidateResolution } = useDispatch( coreStore ) as unknown as {
		invalidateResolution: ( selector: string, args: unknown[] ) => void;
	};
	return {
		incidents: records ?? [],
		isLoading: isResolving || ! hasResolved,
		/**
		 * Files a report; the list is read again so the new one shows.
		 * @param draft
		 */
		report: async ( draft: IncidentDraft ): Promise< Incident > => {
			const saved = await saveEntityRecord(
				ENTITY_KIND,
				INCIDENTS_ENTITY,
				draft,
				{ throwOnError: true }
			);
			invalidateResolution( 'getEntityRecords', [
				ENTITY_KIND,
				INCIDENTS_ENTITY,
				QUERY,
			] );
			return saved;
		},
		/**
		 * Records a step: a new state and/or a note.
		 * @param id
		 * @param state
		 * @param note
		 */
		step: (
			id: number,
			state: string,
			note: string
		): Promise< Incident > =>
			saveEntityRecord(
				ENTITY_KIND,
				INCIDENTS_ENTITY,
				{ id, state, note },
				{ throwOnError: true }
			),
	};
}

/**
 * The current user's recent audit entries.
 */
export function useAccountActivity() {
	const { records, isResolving, hasResolved } =
		useEntityRecords< AuditLogEntry >(
			ENTITY_KIND,
			ACCOUNT_ACTIVITY_ENTITY,
			QUERY
		);
	useLoadError(
		'getEntityRecords',
		[ ENTITY_KIND, ACCOUNT_ACTIVITY_ENTITY, QUERY ],
		__( 'Your account activity could not be loaded.', 'ttdt-portal' )
	);
	return {
		entries: records ?? [],
		isLoading: isResolving || ! hasResolved,
	};
}
