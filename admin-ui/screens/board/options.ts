/**
 * WordPress dependencies
 */
import { __, _x } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { BoardMember } from '../../data/generated/schemas';

export type Role = NonNullable< BoardMember[ 'role' ] >;
export type Position = NonNullable< BoardMember[ 'position' ] >;

/**
 * The permission levels of Article 12.2 (and collaborators, the accountant), as the roster
 * offers them, least trusted first.
 */
export function roleOptions(): Array< { value: Role; label: string } > {
	return [
		{
			value: 'ttdt_collaborator',
			label: _x( 'Collaborator', 'role', 'ttdt-portal' ),
		},
		{
			value: 'ttdt_updater',
			label: _x( 'Updater', 'role', 'ttdt-portal' ),
		},
		{
			value: 'ttdt_moderator',
			label: _x( 'Moderator', 'role', 'ttdt-portal' ),
		},
		{
			value: 'ttdt_publisher',
			label: _x( 'Publisher', 'role', 'ttdt-portal' ),
		},
		{
			value: 'administrator',
			label: _x( 'System administrator', 'role', 'ttdt-portal' ),
		},
		{
			value: 'ttdt_accountant',
			label: _x( 'Accountant', 'role', 'ttdt-portal' ),
		},
	];
}

/**
 * Board positions, in the order of a decision's list; '' is "not on the board".
 */
export function positionOptions(): Array< { value: Position; label: string } > {
	return [
		{ value: '', label: __( '— Not on the board —', 'ttdt-portal' ) },
		{ value: 'head', label: _x( 'Head', 'board position', 'ttdt-portal' ) },
		{
			value: 'deputy',
			label: _x( 'Deputy head', 'board position', 'ttdt-portal' ),
		},
		{
			value: 'member',
			label: _x( 'Member', 'board position', 'ttdt-portal' ),
		},
		{
			value: 'standing',
			label: _x( 'Standing office', 'board position', 'ttdt-portal' ),
		},
	];
}
