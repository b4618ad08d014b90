/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import { REST_ROUTES } from './generated/contract';
import type { DateFormats } from './generated/schemas';

const path = REST_ROUTES[ 'ttdt/v1/date-formats' ].path;

/** The site's date and time formats. */
export function fetchDateFormats(): Promise< DateFormats > {
	return apiFetch< DateFormats >( { path } );
}

/** Switches the whole site to the Vietnamese formats (30/11/2026, 14:05). */
export function applyVietnameseDateFormats(): Promise< DateFormats > {
	return apiFetch< DateFormats >( { path, method: 'POST' } );
}
