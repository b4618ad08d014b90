<?php
/**
 * JSON schema of the editorial-board roster's REST resource.
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

/**
 * One schema, read by {@see BoardController} for its arguments and responses, and turned into
 * the `BoardMember` TypeScript type.
 *
 * @since 0.1.0
 */
final class BoardSchema {

	/**
	 * JSON schema of one person on the roster.
	 *
	 * @since 0.1.0
	 * @contract BoardMember
	 *
	 * @return array<string, mixed>
	 */
	public static function member(): array {
		$date = array(
			'type'    => 'string',
			'default' => '',
			'pattern' => '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$',
			'context' => array( 'view', 'edit' ),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-board-member',
			'type'       => 'object',
			'properties' => array(
				'id'              => array(
					'description' => __( 'User ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'name'            => array(
					'description' => __( 'Display name.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'username'        => array(
					'description' => __( 'Login name.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'email'           => array(
					'description' => __( 'E-mail address, where quota reminders go.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
				'role'            => array(
					'description' => __( 'Permission level (WordPress role); empty when the user holds none of the portal\'s roles.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'enum'        => array( '', 'ttdt_collaborator', 'ttdt_updater', 'ttdt_moderator', 'ttdt_publisher', 'administrator', 'ttdt_accountant' ),
					'context'     => array( 'view', 'edit' ),
				),
				'role_label'      => array(
					'description' => __( 'Name of the permission level.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'position'        => array(
					'description' => __( 'Board position; empty when the person is not on the board.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'enum'        => array_merge( array( '' ), BoardPosition::all() ),
					'context'     => array( 'view', 'edit' ),
				),
				'position_label'  => array(
					'description' => __( 'Name of the board position.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'decision_number' => array(
					'description' => __( 'Number of the appointing decision, e.g. 125/QĐ-UBND.', 'ttdt-portal' ),
					'type'        => 'string',
					'default'     => '',
					'maxLength'   => 100,
					'context'     => array( 'view', 'edit' ),
				),
				'decision_date'   => array_merge( $date, array( 'description' => __( 'Date of the appointing decision (Y-m-d).', 'ttdt-portal' ) ) ),
				'term_start'      => array_merge( $date, array( 'description' => __( 'First day of the term (Y-m-d).', 'ttdt-portal' ) ) ),
				'term_end'        => array_merge( $date, array( 'description' => __( 'Last day of the term (Y-m-d).', 'ttdt-portal' ) ) ),
				'term_ended'      => array(
					'description' => __( 'Whether the term is over.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * Names of the enum values, sent as `x-labels` in the schema (see {@see EnumLabels}): the
	 * choices of the roster's filters and form. An empty position means "not on the board";
	 * an empty role, in the form, keeps the role a user already holds outside the contract.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, string>>
	 */
	public static function labels(): array {
		return array(
			'role'     => array( '' => __( '— Keep the current role —', 'ttdt-portal' ) ) + StaffRole::labels(),
			'position' => array( '' => __( '— Not on the board —', 'ttdt-portal' ) ) + BoardPosition::labels(),
		);
	}
}
