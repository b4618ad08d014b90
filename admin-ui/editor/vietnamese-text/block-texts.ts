/**
 * The texts held in blocks' attributes, and the same blocks with their texts changed. Rich
 * text attributes are `RichTextData` objects (an HTML string inside); tables keep theirs in
 * nested rows and cells, so values are walked deeply.
 */

/**
 * WordPress dependencies
 */
import type { BlockInstance } from '@wordpress/blocks';

type RichText = {
	toHTMLString: () => string;
	constructor: { fromHTMLString?: ( html: string ) => unknown };
};

const isRichText = ( value: unknown ): value is RichText =>
	!! value &&
	typeof value === 'object' &&
	typeof ( value as RichText ).toHTMLString === 'function';

const isPlainObject = ( value: unknown ): value is Record< string, unknown > =>
	!! value &&
	typeof value === 'object' &&
	Object.getPrototypeOf( value ) === Object.prototype;

/**
 * Calls `visit` with every text in a value.
 *
 * @param value Attribute value.
 * @param visit Receives each text.
 */
export function forEachText( value: unknown, visit: ( text: string ) => void ) {
	if ( typeof value === 'string' ) {
		visit( value );
	} else if ( isRichText( value ) ) {
		visit( value.toHTMLString() );
	} else if ( Array.isArray( value ) ) {
		value.forEach( ( item ) => forEachText( item, visit ) );
	} else if ( isPlainObject( value ) ) {
		Object.values( value ).forEach( ( item ) =>
			forEachText( item, visit )
		);
	}
}

/**
 * The value with each text replaced by `change( text )`; the same value when nothing changed.
 *
 * @param value  Attribute value.
 * @param change Returns the new text (or the same one).
 */
export function mapTexts< T >(
	value: T,
	change: ( text: string ) => string
): T {
	if ( typeof value === 'string' ) {
		return change( value ) as T;
	}
	if ( isRichText( value ) ) {
		const html = value.toHTMLString();
		const next = change( html );
		if ( next === html ) {
			return value;
		}
		const { fromHTMLString } = value.constructor;
		return ( fromHTMLString ? fromHTMLString( next ) : next ) as T;
	}
	if ( Array.isArray( value ) ) {
		const items = value.map( ( item ) => mapTexts( item, change ) );
		return items.some( ( item, i ) => item !== value[ i ] )
			? ( items as T )
			: value;
	}
	if ( isPlainObject( value ) ) {
		const entries = Object.entries( value ).map(
			( [ key, item ] ) => [ key, mapTexts( item, change ) ] as const
		);
		return entries.some( ( [ key, item ] ) => item !== value[ key ] )
			? ( Object.fromEntries( entries ) as T )
			: value;
	}
	return value;
}

/**
 * Every text of every block, inner blocks included.
 *
 * @param blocks Blocks.
 */
export function blockTexts( blocks: BlockInstance[] ): string[] {
	const texts: string[] = [];
	const walk = ( list: BlockInstance[] ) =>
		list.forEach( ( block ) => {
			forEachText( block.attributes, ( text ) => texts.push( text ) );
			walk( block.innerBlocks ?? [] );
		} );
	walk( blocks );
	return texts;
}

/**
 * The attribute changes `change` makes to each block, by client ID.
 *
 * @param blocks Blocks.
 * @param change Returns the new text (or the same one).
 */
export function blockChanges(
	blocks: BlockInstance[],
	change: ( text: string ) => string
): Map< string, Record< string, unknown > > {
	const changes = new Map< string, Record< string, unknown > >();
	const walk = ( list: BlockInstance[] ) =>
		list.forEach( ( block ) => {
			const attributes: Record< string, unknown > = {};
			for ( const [ key, value ] of Object.entries( block.attributes ) ) {
				const next = mapTexts( value, change );
				if ( next !== value ) {
					attributes[ key ] = next;
				}
			}
			if ( Object.keys( attributes ).length ) {
				changes.set( block.clientId, attributes );
			}
			walk( block.innerBlocks ?? [] );
		} );
	walk( blocks );
	return changes;
}
