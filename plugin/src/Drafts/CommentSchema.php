<?php
/**
 * The JSON schema of a comment on a draft, as staff read it.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

/**
 * Comments are written by citizens through the form only; the board sets their status.
 *
 * @since 0.1.0
 */
final class CommentSchema {

	/**
	 * The schema.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function item(): array {
		$field = static fn( string $type, string $description, array $more = array() ): array => array_merge(
			array(
				'description' => $description,
				'type'        => $type,
				'context'     => array( 'view' ),
				'readonly'    => true,
			),
			$more
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-draft-comment',
			'type'       => 'object',
			'properties' => array(
				'id'          => $field( 'integer', __( 'Comment ID.', 'ttdt-portal' ) ),
				'draft'       => $field( 'integer', __( 'The draft commented on.', 'ttdt-portal' ) ),
				'status'      => array(
					'description' => __( 'Handling status of the comment.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => CommentStatus::all(),
					'context'     => array( 'view', 'edit' ),
				),
				'name'        => $field( 'string', __( 'Name of the citizen.', 'ttdt-portal' ) ),
				'email'       => $field( 'string', __( 'E-mail address given, or empty.', 'ttdt-portal' ) ),
				'phone'       => $field( 'string', __( 'Phone number given, or empty.', 'ttdt-portal' ) ),
				'content'     => $field( 'string', __( 'The comment.', 'ttdt-portal' ) ),
				'received_at' => $field( 'string', __( 'When the comment was received (UTC).', 'ttdt-portal' ), array( 'format' => 'date-time' ) ),
			),
		);
	}

	/**
	 * A stored row in the shape of the schema.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row Row from {@see CommentRepository::page()}.
	 * @return array<string, mixed>
	 */
	public static function shape( array $row ): array {
		return array(
			'id'          => (int) $row['id'],
			'draft'       => (int) $row['draft_id'],
			'status'      => (string) $row['status'],
			'name'        => (string) $row['name'],
			'email'       => (string) $row['email'],
			'phone'       => (string) $row['phone'],
			'content'     => (string) $row['content'],
			'received_at' => mysql_to_rfc3339( (string) $row['received_at'] ),
		);
	}
}
