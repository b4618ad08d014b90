/**
 * The data registry with its stores typed. WordPress 6.8's `@wordpress/data` types
 * `useRegistry()` as a bare `Function` and does not export its registry type.
 */

/**
 * WordPress dependencies
 */
import {
	useRegistry as useDataRegistry,
	type dispatch,
	type select,
} from '@wordpress/data';

export type Registry = {
	select: typeof select;
	dispatch: typeof dispatch;
	batch: ( callback: () => void ) => void;
};

/**
 * `useRegistry()` of `@wordpress/data`, with its type.
 */
export function useRegistry(): Registry {
	return useDataRegistry() as unknown as Registry;
}
