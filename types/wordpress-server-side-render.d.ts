// @wordpress/server-side-render ships no types; this covers the props the blocks use.
declare module '@wordpress/server-side-render' {
	import type { ComponentType } from 'react';

	const ServerSideRender: ComponentType< {
		block: string;
		attributes?: Record< string, unknown >;
		skipBlockSupportAttributes?: boolean;
		httpMethod?: 'GET' | 'POST';
	} >;
	export default ServerSideRender;
}
