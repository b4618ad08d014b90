/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ENTITY_KIND, QUOTA_ENTITY, registerEntities } from './entities';
import type { QuotaReminders, QuotaReport } from './generated/schemas';
import { useLoadError } from './use-load-error';

registerEntities();

/** The report, with the link present when the user may send the reminders. */
export type QuotaResponse = QuotaReport & {
	_links?: Record< string, Array< { href: string } > >;
};

/**
 * The link relation present when the current user may send reminders by hand (the CURIE of
 * `https://api.w.org/action-send-reminders`).
 */
export const SEND_REMINDERS_REL = 'wp:action-send-reminders';

// A singleton resource has no ID, like core's `root/site`.
const NO_KEY = undefined as unknown as string;

/**
 * The weekly quota report (the server's default: the last twelve weeks), through core-data.
 */
type ResolutionSelectors = {
	hasFinishedResolution: ( selector: string, args: unknown[] ) => boolean;
};

export function useQuota() {
	const { report, isLoading } = useSelect( ( select ) => {
		const core = select( coreStore );
		return {
			report: core.getEntityRecord(
				ENTITY_KIND,
				QUOTA_ENTITY,
				NO_KEY
			) as QuotaResponse | undefined,
			// WordPress 6.8's core-data types omit the resolution selectors it has.
			isLoading: ! (
				core as unknown as ResolutionSelectors
			 ).hasFinishedResolution( 'getEntityRecord', [
				ENTITY_KIND,
				QUOTA_ENTITY,
				NO_KEY,
			] ),
		};
	}, [] );
	const error = useLoadError(
		'getEntityRecord',
		[ ENTITY_KIND, QUOTA_ENTITY, NO_KEY ],
		__( 'The quota could not be loaded.', 'ttdt-portal' )
	);
	return { report, isLoading, error };
}

/**
 * Sends this week's reminders now (an action, not a resource: apiFetch).
 */
export function sendReminders(): Promise< QuotaReminders > {
	return apiFetch< QuotaReminders >( {
		path: '/ttdt/v1/quota/reminders',
		method: 'POST',
	} );
}
