<?php
/**
 * JSON schemas of plans, topics and their progress.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\EnumLabels;

/**
 * One schema per resource, for the REST responses, the arguments and the generated types.
 *
 * @since 0.1.0
 */
final class PlanSchema {

	/**
	 * Schema of a plan.
	 *
	 * @since 0.1.0
	 * @contract Plan
	 *
	 * @return array<string, mixed>
	 */
	public static function plan(): array {
		$props = array(
			'id'           => self::read_only( 'integer', __( 'Plan ID.', 'ttdt-portal' ) ),
			'period'       => array(
				'description' => __( 'First six months (H1), last six months (H2) or the whole year.', 'ttdt-portal' ),
				'type'        => 'string',
				'enum'        => PlanPeriod::all(),
				'context'     => array( 'view', 'edit' ),
				'required'    => true,
			),
			'year'         => array(
				'description' => __( 'Year of the plan.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 2000,
				'maximum'     => 2100,
				'context'     => array( 'view', 'edit' ),
				'required'    => true,
			),
			'title'        => self::text( __( 'Title of the plan.', 'ttdt-portal' ), 255, true ),
			'note'         => self::text( __( 'Purpose and requirements of the plan.', 'ttdt-portal' ), 5000, false ),
			'status'       => array_merge( self::read_only( 'string', __( 'Draft, waiting for approval or approved.', 'ttdt-portal' ) ), array( 'enum' => PlanRules::states() ) ),
			'starts_on'    => self::read_only( 'string', __( 'First day of the plan.', 'ttdt-portal' ) ),
			'ends_on'      => self::read_only( 'string', __( 'Last day of the plan.', 'ttdt-portal' ) ),
			'approved_by'  => self::read_only( 'string', __( 'Name of who approved the plan.', 'ttdt-portal' ) ),
			'approved_at'  => self::read_only( 'string', __( 'When the plan was approved.', 'ttdt-portal' ) ),
			'moves'        => array_merge(
				self::read_only( 'array', __( 'States the current user may move the plan to.', 'ttdt-portal' ) ),
				array(
					'items' => array(
						'type' => 'string',
						'enum' => PlanRules::states(),
					),
				)
			),
			'editable'     => self::read_only( 'boolean', __( 'Whether the plan and its topics can be changed now.', 'ttdt-portal' ) ),
			'topics_count' => self::read_only( 'integer', __( 'Number of topics.', 'ttdt-portal' ) ),
			'print_url'    => self::read_only( 'string', __( 'Address of the printable plan.', 'ttdt-portal' ) ),
		);
		return EnumLabels::add(
			self::object( 'ttdt-plan', $props ),
			array(
				'period' => PlanPeriod::labels(),
				'status' => PlanRules::labels(),
			)
		);
	}

	/**
	 * Schema of a topic.
	 *
	 * @since 0.1.0
	 * @contract PlanTopic
	 *
	 * @return array<string, mixed>
	 */
	public static function topic(): array {
		$date  = array(
			'type'     => 'string',
			'format'   => 'date',
			'pattern'  => '^\d{4}-\d{2}-\d{2}$',
			'context'  => array( 'view', 'edit' ),
			'required' => true,
		);
		$props = array(
			'id'            => self::read_only( 'integer', __( 'Topic ID.', 'ttdt-portal' ) ),
			'plan_id'       => array(
				'description' => __( 'Plan the topic belongs to.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'context'     => array( 'view', 'edit' ),
				'required'    => true,
			),
			'title'         => self::text( __( 'Topic.', 'ttdt-portal' ), 255, true ),
			'target'        => array(
				'description' => __( 'Number of items planned.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 1,
				'maximum'     => 10000,
				'context'     => array( 'view', 'edit' ),
				'required'    => true,
			),
			'starts_on'     => array_merge( $date, array( 'description' => __( 'First day of the topic, inside the plan.', 'ttdt-portal' ) ) ),
			'ends_on'       => array_merge( $date, array( 'description' => __( 'Last day of the topic, inside the plan.', 'ttdt-portal' ) ) ),
			'assignee_id'   => array(
				'description' => __( 'Board member in charge, 0 for none.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
				'context'     => array( 'view', 'edit' ),
			),
			'unit_id'       => array(
				'description' => __( 'Unit in charge, 0 for none.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'default'     => 0,
				'context'     => array( 'view', 'edit' ),
			),
			'note'          => self::text( __( 'Note.', 'ttdt-portal' ), 2000, false ),
			'assignee_name' => self::read_only( 'string', __( 'Name of the member or unit in charge.', 'ttdt-portal' ) ),
			'plan_title'    => self::read_only( 'string', __( 'Title of the plan.', 'ttdt-portal' ) ),
		);
		return self::object( 'ttdt-plan-topic', $props );
	}

	/**
	 * Schema of a plan's progress: per topic and per member or unit, planned and published.
	 *
	 * @since 0.1.0
	 * @contract PlanProgress
	 *
	 * @return array<string, mixed>
	 */
	public static function progress(): array {
		$row = array(
			'type'       => 'object',
			'properties' => array(
				'id'        => array( 'type' => 'integer' ),
				'name'      => array( 'type' => 'string' ),
				'planned'   => array( 'type' => 'integer' ),
				'published' => array( 'type' => 'integer' ),
				'this_week' => array( 'type' => array( 'integer', 'null' ) ),
			),
		);
		return self::object(
			'ttdt-plan-progress',
			array(
				'plan'    => self::read_only( 'integer', __( 'Plan ID.', 'ttdt-portal' ) ),
				'quota'   => self::read_only( 'integer', __( 'Items each board member must publish per week.', 'ttdt-portal' ) ),
				'topics'  => array_merge( self::read_only( 'array', __( 'Planned and published items per topic.', 'ttdt-portal' ) ), array( 'items' => $row ) ),
				'members' => array_merge( self::read_only( 'array', __( 'Planned and published items per member or unit, with this week\'s published items.', 'ttdt-portal' ) ), array( 'items' => $row ) ),
			)
		);
	}

	/**
	 * Schema of a month of the calendar: topics running and items published.
	 *
	 * @since 0.1.0
	 * @contract PlanCalendar
	 *
	 * @return array<string, mixed>
	 */
	public static function calendar(): array {
		$entry = self::calendar_entry();
		unset( $entry['$schema'], $entry['title'] );
		return self::object(
			'ttdt-plan-calendar',
			array(
				'month'   => self::read_only( 'string', __( 'Month, yyyy-mm.', 'ttdt-portal' ) ),
				'topics'  => array_merge( self::read_only( 'array', __( 'Topics of approved plans running in the month.', 'ttdt-portal' ) ), array( 'items' => $entry ) ),
				'items'   => array_merge( self::read_only( 'array', __( 'Items linked to a topic published in the month.', 'ttdt-portal' ) ), array( 'items' => $entry ) ),
				'planned' => array_merge( self::read_only( 'array', __( 'Items linked to a topic, not yet published, dated in the month.', 'ttdt-portal' ) ), array( 'items' => $entry ) ),
			)
		);
	}

	/**
	 * Schema of one entry of the calendar (a topic's start or end, or an item), which the
	 * route that moves an item to another day also answers with.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function calendar_entry(): array {
		return self::object(
			'ttdt-plan-calendar-entry',
			array(
				'id'        => array( 'type' => 'integer' ),
				'title'     => array( 'type' => 'string' ),
				'starts_on' => array( 'type' => 'string' ),
				'ends_on'   => array( 'type' => 'string' ),
				'topic_id'  => array( 'type' => 'integer' ),
				'movable'   => array(
					'type'        => 'boolean',
					'description' => __( 'Whether the current user may move the item to another day.', 'ttdt-portal' ),
				),
			)
		);
	}

	/**
	 * An object schema.
	 *
	 * @param string               $title Title.
	 * @param array<string, mixed> $props Properties.
	 * @return array<string, mixed>
	 */
	private static function object( string $title, array $props ): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => $title,
			'type'       => 'object',
			'properties' => $props,
		);
	}

	/**
	 * A read-only property.
	 *
	 * @param string $type        Type.
	 * @param string $description Description.
	 * @return array<string, mixed>
	 */
	private static function read_only( string $type, string $description ): array {
		return array(
			'description' => $description,
			'type'        => $type,
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
	}

	/**
	 * A text property the user writes.
	 *
	 * @param string $description Description.
	 * @param int    $max         Longest length.
	 * @param bool   $required    Whether it must be given (then not blank).
	 * @return array<string, mixed>
	 */
	private static function text( string $description, int $max, bool $required ): array {
		return array(
			'description' => $description,
			'type'        => 'string',
			'minLength'   => $required ? 1 : 0,
			'maxLength'   => $max,
			'context'     => array( 'view', 'edit' ),
			'required'    => $required,
			'arg_options' => array( 'sanitize_callback' => $required ? 'sanitize_text_field' : 'sanitize_textarea_field' ),
		);
	}
}
