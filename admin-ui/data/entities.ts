/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { dispatch } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * The plugin's REST resources as core-data entities, so screens read and edit them with the
 * same selectors, undo and save flow as core entities.
 */
export const ENTITY_KIND = 'ttdt';

export const SETTINGS_ENTITY = 'settings';

let registered = false;

/**
 * Registers the entities once per page.
 */
export function registerEntities(): void {
	if ( registered ) {
		return;
	}
	registered = true;
	dispatch( coreStore ).addEntities( [
		{
			kind: ENTITY_KIND,
			name: SETTINGS_ENTITY,
			baseURL: '/ttdt/v1/settings',
			label: __( 'Portal settings', 'ttdt-portal' ),
		},
	] );
}
