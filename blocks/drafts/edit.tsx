/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import { perPageEdit } from '../shared/server-rendered-edit';

export type Attributes = { perPage: number };

/**
 * The list as the public sees it, rendered by the server, and how many drafts a page shows.
 */
export default perPageEdit( {
	name: metadata.name,
	label: __( 'Drafts per page', 'ttdt-portal' ),
	fallback: 10,
} );
