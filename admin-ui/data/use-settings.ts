/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { ENTITY_KIND, SETTINGS_ENTITY, registerEntities } from './entities';
import type { Settings } from './generated/schemas';

registerEntities();

type SettingsState = {
	settings: Settings | undefined;
	hasEdits: boolean;
	isSaving: boolean;
	error: { message?: string } | undefined;
	edit: ( changes: Partial< Settings > ) => void;
	save: () => Promise< unknown >;
};

/**
 * Reads the portal settings (with unsaved edits) and offers edit and save.
 */
export function useSettings(): SettingsState {
	const { settings, hasEdits, isSaving, error } = useSelect( ( select ) => {
		const core = select( coreStore );
		// A singleton resource has no ID, like core's `root/site`.
		const key = undefined as unknown as string;
		return {
			settings: core.getEditedEntityRecord(
				ENTITY_KIND,
				SETTINGS_ENTITY,
				key
			) as unknown as Settings | undefined,
			hasEdits: core.hasEditsForEntityRecord(
				ENTITY_KIND,
				SETTINGS_ENTITY,
				key
			),
			isSaving: core.isSavingEntityRecord(
				ENTITY_KIND,
				SETTINGS_ENTITY,
				key
			),
			error: core.getLastEntitySaveError(
				ENTITY_KIND,
				SETTINGS_ENTITY,
				key
			) as { message?: string } | undefined,
		};
	}, [] );
	const { editEntityRecord, saveEditedEntityRecord } =
		useDispatch( coreStore );

	return {
		settings:
			settings && Object.keys( settings ).length ? settings : undefined,
		hasEdits,
		isSaving,
		error,
		edit: ( changes ) =>
			editEntityRecord(
				ENTITY_KIND,
				SETTINGS_ENTITY,
				undefined as unknown as string,
				changes
			),
		save: () =>
			saveEditedEntityRecord(
				ENTITY_KIND,
				SETTINGS_ENTITY,
				undefined as unknown as string,
				{ throwOnError: true }
			),
	};
}
