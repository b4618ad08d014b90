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
 * Shows the published questions and answers as visitors see them.
 */
export default perPageEdit( {
	name: metadata.name,
	label: __( 'Questions per page', 'ttdt-portal' ),
	fallback: 10,
	title: __( 'Settings', 'ttdt-portal' ),
} );
