/**
 * Legacy-encoded text in the post being edited: finding it and converting it, title included.
 * Detection runs on every edit, so results are cached per text (a keystroke changes one).
 */

/**
 * WordPress dependencies
 */
import { store as blockEditorStore } from '@wordpress/block-editor';
import type { BlockInstance } from '@wordpress/blocks';
import { store as editorStore } from '@wordpress/editor';

/**
 * Internal dependencies
 */
import {
	convertLegacyText,
	detectLegacyEncoding,
	legacyEvidence,
	prefersLegacy,
	type LegacyEncoding,
} from '../../vietnamese-text';
import type { Registry } from '../../data/registry';
import { blockChanges, blockTexts } from './block-texts';

const LEGACY_BYTE = /[\u00a1-\u00ff]/;
const cache = new Map< string, LegacyEncoding | null >();

/**
 * Detection with a bounded cache.
 *
 * @param text Text.
 */
export function detectCached( text: string ): LegacyEncoding | null {
	if ( ! LEGACY_BYTE.test( text ) ) {
		return null;
	}
	let encoding = cache.get( text );
	if ( encoding === undefined ) {
		if ( cache.size > 2000 ) {
			cache.clear();
		}
		encoding = detectLegacyEncoding( text );
		cache.set( text, encoding );
	}
	return encoding;
}

export type LegacyFinding = {
	/** The encoding most legacy texts are in, or null when all is Unicode. */
	encoding: LegacyEncoding | null;
	/** How many texts (title, block attributes) are in a legacy encoding. */
	count: number;
};

/**
 * Finds legacy text in a title and blocks.
 *
 * @param title  Post title.
 * @param blocks Blocks.
 */
export function findLegacy(
	title: string,
	blocks: BlockInstance[]
): LegacyFinding {
	const tally = { tcvn3: 0, vni: 0 };
	for ( const text of [ title, ...blockTexts( blocks ) ] ) {
		const encoding = detectCached( text );
		if ( encoding ) {
			tally[ encoding ]++;
		}
	}
	const count = tally.tcvn3 + tally.vni;
	if ( ! count ) {
		return { encoding: null, count };
	}
	return { encoding: tally.vni > tally.tcvn3 ? 'vni' : 'tcvn3', count };
}

/**
 * A function converting one text of the post, judged with the whole post: words that read
 * either way are converted only when the post is mostly legacy.
 *
 * @param texts    All the post's texts.
 * @param encoding The post's main legacy encoding.
 */
export function converterFor(
	texts: string[],
	encoding: LegacyEncoding
): ( text: string ) => string {
	const evidence = texts.reduce(
		( sum, text ) => {
			const found = legacyEvidence( text, encoding );
			return {
				legacy: sum.legacy + found.legacy,
				unicode: sum.unicode + found.unicode,
			};
		},
		{ legacy: 0, unicode: 0 }
	);
	const preferLegacy = prefersLegacy( evidence );
	return ( text ) => {
		if ( ! LEGACY_BYTE.test( text ) ) {
			return text;
		}
		const converted = convertLegacyText( text, {
			encoding: detectCached( text ) ?? encoding,
			preferLegacy,
		} );
		return converted.encoding ? converted.text : text;
	};
}

/**
 * Converts the legacy text of the post being edited, as one undoable change.
 *
 * @param registry Data registry.
 * @return The encoding converted from, or null when there was nothing to convert.
 */
export function convertPostText( registry: Registry ): LegacyEncoding | null {
	const blocks = registry
		.select( blockEditorStore )
		.getBlocks() as BlockInstance[];
	const title = String(
		registry.select( editorStore ).getEditedPostAttribute( 'title' ) ?? ''
	);
	const { encoding } = findLegacy( title, blocks );
	if ( ! encoding ) {
		return null;
	}
	const convert = converterFor(
		[ title, ...blockTexts( blocks ) ],
		encoding
	);
	const changes = blockChanges( blocks, convert );
	const newTitle = convert( title );
	registry.batch( () => {
		const { updateBlockAttributes } = registry.dispatch( blockEditorStore );
		changes.forEach( ( attributes, clientId ) =>
			updateBlockAttributes( clientId, attributes )
		);
		if ( newTitle !== title ) {
			registry.dispatch( editorStore ).editPost( { title: newTitle } );
		}
	} );
	return encoding;
}
