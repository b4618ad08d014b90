/**
 * WordPress dependencies
 */
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';

/**
 * Internal dependencies
 */
import {
	hasProvenance,
	missingFields,
	type ProvenanceMeta,
	type RequiredField,
} from './missing';

export type Provenance = {
	/** Whether the edited item's type carries provenance at all. */
	applies: boolean;
	meta: Partial< ProvenanceMeta >;
	missing: RequiredField[];
	edit: ( changes: Partial< ProvenanceMeta > ) => void;
};

/**
 * The edited item's provenance fields, with unsaved edits, and a setter. They are post meta,
 * so they are saved with the item in the same request the publish gate checks.
 */
export function useProvenance(): Provenance {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	const [ meta, setMeta ] = useEntityProp( 'postType', postType, 'meta' ) as [
		Record< string, unknown > | undefined,
		( next: Record< string, unknown > ) => void,
		unknown,
	];
	const applies = hasProvenance( meta );
	const fields = ( applies ? meta : {} ) as Partial< ProvenanceMeta >;

	return {
		applies,
		meta: fields,
		missing: applies ? missingFields( fields ) : [],
		edit: ( changes ) => setMeta( { ...meta, ...changes } ),
	};
}
