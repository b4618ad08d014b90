/**
 * The post types that go through the approval workflow, as the server lists them
 * (`Ttdt\Content\ItemTypes::all()`, printed by `Ttdt\Admin\EditorExtensions` as
 * `window.ttdtEditor`). Never a copy of the list here: a type the server adds is covered at once.
 */

declare global {
	interface Window {
		ttdtEditor?: { itemTypes?: unknown };
	}
}

/**
 * The item post types; empty when the server printed none (then no panel claims the item).
 */
export function itemTypes(): string[] {
	const types = window.ttdtEditor?.itemTypes;
	return Array.isArray( types )
		? types.filter( ( type ): type is string => typeof type === 'string' )
		: [];
}

/**
 * Whether a post type is an item type.
 *
 * @param postType Post type name.
 */
export function isItemType( postType: string | null | undefined ): boolean {
	return !! postType && itemTypes().includes( postType );
}
