<?php
/**
 * JSON schemas of the audit log's REST resources.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\RestController;
/**
 * One schema per resource, read by the REST controller and turned into TypeScript types.
 *
 * @since 0.1.0
 */
final class AuditSchema {

	/**
	 * An audit entry as the REST API returns it.
	 *
	 * @since 0.1.0
	 * @contract AuditLogEntry
	 *
	 * @return array<string, mixed>
	 */
	public static function entry(): array {
		$change = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'required'             => array( 'field', 'label', 'before', 'after' ),
			'properties'           => array(
				'field'  => array(
					'description' => __( 'Field name as recorded.', 'ttdt-portal' ),
					'type'        => 'string',
				),
				'label'  => array(
					'description' => __( 'Name of the field.', 'ttdt-portal' ),
					'type'        => 'string',
				),
				'before' => array(
					'description' => __( 'Value before, readable; empty for none.', 'ttdt-portal' ),
					'type'        => 'string',
				),
				'after'  => array(
					'description' => __( 'Value after, readable; empty for none.', 'ttdt-portal' ),
					'type'        => 'string',
				),
			),
		);
		$values = array(
			'type'                 => array( 'object', 'null' ),
			'additionalProperties' => true,
			'context'              => array( 'view' ),
			'readonly'             => true,
		);

		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-audit-entry',
			'type'       => 'object',
			'properties' => array(
				'id'              => array(
					'description' => __( 'Entry ID; increases with time.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'occurred_at'     => array(
					'description' => __( 'When it happened, site time (Y-m-d\TH:i:s).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'occurred_at_gmt' => array(
					'description' => __( 'When it happened, UTC (RFC 3339).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'user_id'         => array(
					'description' => __( 'Who acted; 0 for the system or a visitor.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'user_login'      => array(
					'description' => __( 'The actor\'s login at the time, or the login tried for a failed login.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'user_name'       => array(
					'description' => __( 'The actor\'s current display name; empty when the account is gone.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'actor'           => array(
					'description' => __( 'Who acted, as people read it.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'ip'              => array(
					'description' => __( 'The client\'s IP address (REMOTE_ADDR).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'action'          => array(
					'description' => __( 'What happened, e.g. post.publish.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'action_label'    => array(
					'description' => __( 'Name of the action.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'object_type'     => array(
					'description' => __( 'Kind of object: post, user, settings, quota.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'object_label'    => array(
					'description' => __( 'Name of the kind of object.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'object_id'       => array(
					'description' => __( 'Object ID; 0 when it has none.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'summary'         => array(
					'description' => __( 'The object as named at the time (title, login).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'before'          => array_merge( $values, array( 'description' => __( 'Changed fields before, as recorded.', 'ttdt-portal' ) ) ),
				'after'           => array_merge( $values, array( 'description' => __( 'Changed fields after, as recorded.', 'ttdt-portal' ) ) ),
				'changes'         => array(
					'description' => __( 'The changed fields, named, with readable values.', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'view' ),
					'readonly'    => true,
					'items'       => $change,
				),
			),
		);
	}

	/**
	 * The filter values the screen offers.
	 *
	 * @since 0.1.0
	 * @contract AuditFacets
	 *
	 * @return array<string, mixed>
	 */
	public static function facets(): array {
		$option = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'required'             => array( 'value', 'label' ),
			'properties'           => array(
				'value' => array( 'type' => 'string' ),
				'label' => array( 'type' => 'string' ),
			),
		);
		$user   = array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'required'             => array( 'value', 'label' ),
			'properties'           => array(
				'value' => array( 'type' => 'integer' ),
				'label' => array( 'type' => 'string' ),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-audit-facets',
			'type'       => 'object',
			'required'   => array( 'actions', 'object_types', 'users' ),
			'properties' => array(
				'actions'      => array(
					'type'  => 'array',
					'items' => $option,
				),
				'object_types' => array(
					'type'  => 'array',
					'items' => $option,
				),
				'users'        => array(
					'type'  => 'array',
					'items' => $user,
				),
			),
		);
	}

	/**
	 * What the export route answers: not JSON but a CSV file, one row per matching entry.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function export(): array {
		return array(
			'$schema'     => 'http://json-schema.org/draft-04/schema#',
			'title'       => 'ttdt-audit-export',
			'description' => __( 'CSV file (UTF-8) with one row per entry matching the filters, newest first.', 'ttdt-portal' ),
			'type'        => 'string',
			'readonly'    => true,
		);
	}

	/**
	 * Filter and paging parameters of the list and of the CSV export.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function query_params(): array {
		return array(
			'page'        => array(
				'description' => __( 'Page number; prefer before_id beyond the first pages.', 'ttdt-portal' ),
				'type'        => 'integer',
				'default'     => 1,
				'minimum'     => 1,
				'maximum'     => RestController::MAX_PAGE,
			),
			'per_page'    => array(
				'description' => __( 'Entries per page.', 'ttdt-portal' ),
				'type'        => 'integer',
				'default'     => 50,
				'minimum'     => 1,
				'maximum'     => 100,
			),
			'before_id'   => array(
				'description' => __( 'Only entries older than this entry (keyset pagination).', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'user'        => array(
				'description' => __( 'Only entries by this user ID.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'action'      => array(
				'description' => __( 'Only this action, e.g. post.publish.', 'ttdt-portal' ),
				'type'        => 'string',
				'pattern'     => '^[a-z0-9_.-]{1,64}$',
			),
			'object_type' => array(
				'description' => __( 'Only this kind of object: post, user, settings, quota.', 'ttdt-portal' ),
				'type'        => 'string',
				'pattern'     => '^[a-z0-9_-]{1,32}$',
			),
			'object_id'   => array(
				'description' => __( 'Only entries about this object ID.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'date_from'   => array(
				'description' => __( 'First day, Y-m-d in the site\'s time zone.', 'ttdt-portal' ),
				'type'        => 'string',
				'pattern'     => '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
			),
			'date_to'     => array(
				'description' => __( 'Last day (included), Y-m-d in the site\'s time zone.', 'ttdt-portal' ),
				'type'        => 'string',
				'pattern'     => '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
			),
		);
	}
}
