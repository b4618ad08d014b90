/**
 * WordPress dependencies
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import type { BlockInstance } from '@wordpress/blocks';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useCallback, useMemo } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { useRegistry } from '../../data/registry';
import type { LegacyEncoding } from '../../vietnamese-text';
import {
	convertPostText,
	findLegacy,
	type LegacyFinding,
} from './legacy-in-post';

export type LegacyText = LegacyFinding & {
	/** Converts the post's legacy text; returns the encoding converted from. */
	convert: () => LegacyEncoding | null;
};

/**
 * Watches the post's title and blocks for legacy-encoded text.
 */
export function useLegacyText(): LegacyText {
	const { title, blocks } = useSelect(
		( select ) => ( {
			title: String(
				select( editorStore ).getEditedPostAttribute( 'title' ) ?? ''
			),
			blocks: select( blockEditorStore ).getBlocks() as BlockInstance[],
		} ),
		[]
	);
	const finding = useMemo(
		() => findLegacy( title, blocks ),
		[ title, blocks ]
	);
	const registry = useRegistry();
	const convert = useCallback(
		() => convertPostText( registry ),
		[ registry ]
	);
	return { ...finding, convert };
}

/**
 * The name of an encoding as people know it.
 *
 * @param encoding Encoding.
 */
export const encodingName = ( encoding: LegacyEncoding ) =>
	encoding === 'vni' ? 'VNI' : 'TCVN3';
