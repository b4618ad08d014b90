<?php
/**
 * JSON schema of the confidentiality state of an item or attachment.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

/**
 * Read by {@see ConfidentialController} and turned into the `ConfidentialState` TypeScript type
 * the editor panel reads: the panel shows what the server says the user may do, never works it
 * out itself.
 *
 * @since 0.1.0
 */
final class ConfidentialSchema {

	/**
	 * JSON schema of the state.
	 *
	 * @since 0.1.0
	 * @contract ConfidentialState
	 *
	 * @return array<string, mixed>
	 */
	public static function state(): array {
		$read_only = static fn( string $type, string $description ): array => array(
			'description' => $description,
			'type'        => $type,
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-confidential',
			'type'       => 'object',
			'properties' => array(
				'id'           => $read_only( 'integer', __( 'ID of the item or attachment.', 'ttdt-portal' ) ),
				'confidential' => array(
					'description' => __( 'Whether it is confidential (not for publication).', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'required'    => true,
				),
				'status'       => $read_only( 'string', __( 'Its status after the change (a marked item is taken offline).', 'ttdt-portal' ) ),
				'can_mark'     => $read_only( 'boolean', __( 'Whether the current user may mark it confidential.', 'ttdt-portal' ) ),
				'can_unmark'   => $read_only( 'boolean', __( 'Whether the current user may remove the mark: the head of the board or an administrator.', 'ttdt-portal' ) ),
			),
		);
	}
}
