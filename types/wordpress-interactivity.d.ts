// @wordpress/interactivity is a script module WordPress core provides (6.5+); the build keeps
// it external, so the package is not installed. This covers what the view modules use of the
// 6.8 API.
declare module '@wordpress/interactivity' {
	export function store< T extends object >(
		namespace: string,
		definition: T
	): T;
	export function getContext< T extends object >( namespace?: string ): T;
	export function getElement(): {
		ref: HTMLElement | null;
		attributes: Record< string, unknown >;
	};
	export function withSyncEvent< A extends unknown[], R >(
		callback: ( ...args: A ) => R
	): ( ...args: A ) => R;
}
