/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	ROYALTY_RULES_ENTITY,
	registerEntities,
} from './entities';
import type { RoyaltyRules } from './generated/schemas';

registerEntities();

/** The rules as the server sends them, with the links that say what the user may do. */
export type RoyaltyRulesRecord = RoyaltyRules & {
	_links?: Record< string, unknown >;
};

/**
 * The link the server adds when the user may change the rules (administrators): the relation
 * `https://api.w.org/action-manage-royalty-rules`, which the REST server sends as a CURIE.
 */
export const MANAGE_RULES_LINK = 'wp:action-manage-royalty-rules';

/**
 * Reads a fiscal year's royalty rules (with unsaved edits) and offers edit and save.
 *
 * @param year Fiscal year.
 */
export function useRoyaltyRules( year: number ) {
	const { rules, hasEdits, isSaving } = useSelect(
		( select ) => {
			const core = select( coreStore );
			return {
				rules: core.getEditedEntityRecord(
					ENTITY_KIND,
					ROYALTY_RULES_ENTITY,
					year
				) as unknown as RoyaltyRulesRecord | undefined,
				hasEdits: core.hasEditsForEntityRecord(
					ENTITY_KIND,
					ROYALTY_RULES_ENTITY,
					year
				),
				isSaving: core.isSavingEntityRecord(
					ENTITY_KIND,
					ROYALTY_RULES_ENTITY,
					year
				),
			};
		},
		[ year ]
	);
	const { editEntityRecord, saveEditedEntityRecord } =
		useDispatch( coreStore );
	return {
		rules: rules && Object.keys( rules ).length ? rules : undefined,
		hasEdits,
		isSaving,
		edit: ( changes: Partial< RoyaltyRules > ) =>
			editEntityRecord(
				ENTITY_KIND,
				ROYALTY_RULES_ENTITY,
				year,
				changes
			),
		save: () =>
			saveEditedEntityRecord( ENTITY_KIND, ROYALTY_RULES_ENTITY, year, {
				throwOnError: true,
			} ),
	};
}
