/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { QuotaReport } from './generated/schemas';

/** The report, with the link present when the user may send the reminders. */
export type QuotaResponse = QuotaReport & {
	_links?: Record< string, Array< { href: string } > >;
};

/**
 * The link relation present when the current user may send reminders by hand (the CURIE of
 * `https://api.w.org/action-send-reminders`).
 */
export const SEND_REMINDERS_REL = 'wp:action-send-reminders';

export type Reminded = {
	id: number;
	name: string;
	published: number;
	sent: boolean;
};

/**
 * Published counts of the board members over the last weeks.
 *
 * @param weeks Number of weeks, the current one included.
 */
export function fetchQuota( weeks = 12 ): Promise< QuotaResponse > {
	return apiFetch< QuotaResponse >( {
		path: `/ttdt/v1/quota?weeks=${ weeks }`,
	} );
}

/**
 * Sends this week's reminders now.
 */
export function sendReminders(): Promise< { reminded: Reminded[] } > {
	return apiFetch< { reminded: Reminded[] } >( {
		path: '/ttdt/v1/quota/reminders',
		method: 'POST',
	} );
}
