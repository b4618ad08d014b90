/**
 * WordPress dependencies
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import Edit, { type Attributes } from './edit';
import './style.scss';

registerBlockType( metadata as unknown as BlockConfiguration< Attributes >, {
	edit: Edit,
} );
