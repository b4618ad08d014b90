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
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-confidential',
			'type'       => 'object',
			'properties' => array(
				'id'           => array(
					'description' => __( 'ID of the item or attachment.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'confidential' => array(
					'description' => __( 'Whether it is confidential (not for publication).', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'required'    => true,
				),
				'status'       => array(
					'description' => __( 'Its status after the change (a marked item is taken offline).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'can_mark'     => array(
					'description' => __( 'Whether the current user may mark it confidential.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'can_unmark'   => array(
					'description' => __( 'Whether the current user may remove the mark: the head of the board or an administrator.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
