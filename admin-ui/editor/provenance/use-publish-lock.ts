/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useEffect } from '@wordpress/element';

/**
 * Holds a named post-saving lock while `locked` is true, and releases it on unmount.
 *
 * `lockPostSaving` disables the Publish/Update button (and, while held, Save draft), so callers
 * hold it only when the next save would make the item public.
 *
 * @param name   Lock name, unique per caller.
 * @param locked Whether to hold the lock.
 */
export function usePublishLock( name: string, locked: boolean ): void {
	const { lockPostSaving, unlockPostSaving } = useDispatch( editorStore );
	useEffect( () => {
		if ( ! locked ) {
			return undefined;
		}
		lockPostSaving( name );
		return () => {
			unlockPostSaving( name );
		};
	}, [ name, locked, lockPostSaving, unlockPostSaving ] );
}
