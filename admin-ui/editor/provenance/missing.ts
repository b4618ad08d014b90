/**
 * Internal dependencies
 */
import type { PostMeta } from '../../data/generated/contract';

export type ProvenanceMeta = Pick<
	PostMeta,
	| 'ttdt_source'
	| 'ttdt_writer'
	| 'ttdt_is_reference'
	| 'ttdt_is_reader_contribution'
	| 'ttdt_collaborator_id'
>;

export type RequiredField = 'ttdt_source' | 'ttdt_writer';

/**
 * The fields still missing before the item may be published — the same rule the server
 * enforces (`Ttdt\Provenance\ProvenanceRule`): source and writer, unless the item is a
 * reader's contribution. Spaces alone count as missing.
 *
 * @param meta The item's meta, as edited.
 * @return The missing fields, source first.
 */
export function missingFields(
	meta: Partial< ProvenanceMeta > | undefined
): RequiredField[] {
	if ( ! meta || meta.ttdt_is_reader_contribution ) {
		return [];
	}
	const fields: RequiredField[] = [ 'ttdt_source', 'ttdt_writer' ];
	return fields.filter( ( key ) => ! String( meta[ key ] ?? '' ).trim() );
}

/**
 * Whether the item's type carries provenance: the server registers the meta only there.
 *
 * @param meta The item's meta.
 */
export function hasProvenance(
	meta: Record< string, unknown > | undefined
): meta is Record< string, unknown > & Partial< ProvenanceMeta > {
	return !! meta && 'ttdt_source' in meta && 'ttdt_writer' in meta;
}
