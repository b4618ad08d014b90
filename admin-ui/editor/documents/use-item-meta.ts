/**
 * WordPress dependencies
 */
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';

export type ItemMeta = Record< string, unknown >;

export type MetaEditor = {
	meta: ItemMeta;
	/** A text field, '' when unset. */
	text: ( key: string ) => string;
	/** A list field (IDs), [] when unset. */
	ids: ( key: string ) => number[];
	set: ( key: string, value: unknown ) => void;
};

/**
 * The registered meta of the item open in the editor, with unsaved edits, and a setter that
 * edits it through core-data: it is saved with the item, in the request the server validates.
 */
export function useItemMeta(): MetaEditor {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	const [ stored, setMeta ] = useEntityProp(
		'postType',
		postType,
		'meta'
	) as [ ItemMeta | undefined, ( next: ItemMeta ) => void, unknown ];
	const meta = stored ?? {};
	return {
		meta,
		text: ( key ) => ( typeof meta[ key ] === 'string' ? meta[ key ] : '' ),
		ids: ( key ) =>
			Array.isArray( meta[ key ] )
				? ( meta[ key ] as unknown[] ).map( Number ).filter( Boolean )
				: [],
		set: ( key, value ) => setMeta( { ...meta, [ key ]: value } ),
	};
}
