<?php
/**
 * Reads and writes plans and their topics.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Transaction;

/**
 * The only class that queries the plan tables' rows (the progress has its own query,
 * {@see PlanProgress}). Rows come back with their numbers as integers. The rules of what may
 * change when are not here but in {@see PlanRules}.
 *
 * @since 0.1.0
 */
final class PlanRepository {

	/**
	 * Columns of a plan a user writes.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const PLAN_FIELDS = array( 'period', 'year', 'title', 'note' );

	/**
	 * Columns of a topic a user writes.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const TOPIC_FIELDS = array( 'title', 'target', 'starts_on', 'ends_on', 'assignee_id', 'unit_id', 'note' );

	/**
	 * Integer columns, cast when read.
	 *
	 * @var string[]
	 */
	private const INTEGERS = array( 'id', 'plan_id', 'year', 'target', 'assignee_id', 'unit_id', 'created_by', 'approved_by' );

	/**
	 * One plan.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Plan ID.
	 * @return array<string, mixed>|null
	 */
	public function plan( int $id ): ?array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', PlanTables::plans(), $id ), ARRAY_A );
		return $row ? self::typed( $row ) : null;
	}

	/**
	 * Plans, newest period first, optionally of one status.
	 *
	 * @since 0.1.0
	 *
	 * @param string $status A status, or '' for all.
	 * @return array<int, array<string, mixed>>
	 */
	public function plans( string $status = '' ): array {
		global $wpdb;
		// Every state when none is asked for: `status <> ''` holds for all rows.
		$where = '' === $status ? 'status <> %s' : 'status = %s';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table; `$where` is one of two fixed clauses.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM %i WHERE {$where} ORDER BY year DESC, period DESC, id DESC LIMIT 500", PlanTables::plans(), $status ), ARRAY_A );
		return array_map( array( self::class, 'typed' ), (array) $rows );
	}

	/**
	 * Adds a plan, a draft.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $fields Values of {@see self::PLAN_FIELDS}.
	 * @return int The new plan's ID, 0 when the database refused it.
	 */
	public function insert_plan( array $fields ): int {
		global $wpdb;
		$row = array_intersect_key( $fields, array_flip( self::PLAN_FIELDS ) ) + array(
			'status'     => PlanRules::DRAFT,
			'created_by' => get_current_user_id(),
			'created_at' => current_time( 'mysql' ),
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- own table.
		return $wpdb->insert( PlanTables::plans(), $row ) ? (int) $wpdb->insert_id : 0;
	}

	/**
	 * Changes columns of a plan (its fields or its state).
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id      Plan ID.
	 * @param array<string, mixed> $columns Column => value.
	 * @return bool
	 */
	public function update_plan( int $id, array $columns ): bool {
		global $wpdb;
		if ( ! $columns ) {
			return true;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- own table.
		return false !== $wpdb->update( PlanTables::plans(), $columns, array( 'id' => $id ) );
	}

	/**
	 * Deletes a plan and its topics, together.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Plan ID.
	 * @return true|\WP_Error
	 */
	public function delete_plan( int $id ) {
		return Transaction::run(
			static function () use ( $id ) {
				global $wpdb;
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				$topics = $wpdb->delete( PlanTables::topics(), array( 'plan_id' => $id ) );
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				$plans = $wpdb->delete( PlanTables::plans(), array( 'id' => $id ) );
				return false !== $topics && false !== $plans ? true : Transaction::database_error();
			}
		);
	}

	/**
	 * One topic.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Topic ID.
	 * @return array<string, mixed>|null
	 */
	public function topic( int $id ): ?array {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE id = %d', PlanTables::topics(), $id ), ARRAY_A );
		return $row ? self::typed( $row ) : null;
	}

	/**
	 * Topics of one plan, or of every approved plan when `$plan_id` is 0 (what items link to),
	 * in date order.
	 *
	 * @since 0.1.0
	 *
	 * @param int $plan_id Plan ID, 0 for the approved plans'.
	 * @return array<int, array<string, mixed>>
	 */
	public function topics( int $plan_id ): array {
		global $wpdb;
		// Without a plan: the topics of the approved plans.
		$where = $plan_id ? 'p.id = %d' : 'p.status = %s';
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own tables; `$where` is one of two fixed clauses.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT t.* FROM %i t JOIN %i p ON p.id = t.plan_id WHERE {$where} ORDER BY p.year DESC, t.starts_on, t.id LIMIT 1000", PlanTables::topics(), PlanTables::plans(), $plan_id ? $plan_id : PlanRules::APPROVED ), ARRAY_A );
		return array_map( array( self::class, 'typed' ), (array) $rows );
	}

	/**
	 * Adds a topic to a plan.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $plan_id Plan ID.
	 * @param array<string, mixed> $fields  Values of {@see self::TOPIC_FIELDS}.
	 * @return int The new topic's ID, 0 when the database refused it.
	 */
	public function insert_topic( int $plan_id, array $fields ): int {
		global $wpdb;
		$row = array( 'plan_id' => $plan_id ) + array_intersect_key( $fields, array_flip( self::TOPIC_FIELDS ) ) + array( 'note' => '' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- own table.
		return $wpdb->insert( PlanTables::topics(), $row ) ? (int) $wpdb->insert_id : 0;
	}

	/**
	 * Changes a topic's fields.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id     Topic ID.
	 * @param array<string, mixed> $fields Values of {@see self::TOPIC_FIELDS}.
	 * @return bool
	 */
	public function update_topic( int $id, array $fields ): bool {
		global $wpdb;
		$columns = array_intersect_key( $fields, array_flip( self::TOPIC_FIELDS ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- own table.
		return ! $columns || false !== $wpdb->update( PlanTables::topics(), $columns, array( 'id' => $id ) );
	}

	/**
	 * Deletes a topic.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Topic ID.
	 * @return bool
	 */
	public function delete_topic( int $id ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- own table.
		return false !== $wpdb->delete( PlanTables::topics(), array( 'id' => $id ) );
	}

	/**
	 * Whether a topic belongs to an approved plan: the only topics an item may link to.
	 *
	 * @since 0.1.0
	 *
	 * @param int $topic_id Topic ID.
	 * @return bool
	 */
	public function is_approved_topic( int $topic_id ): bool {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own tables.
		return (bool) $wpdb->get_var( $wpdb->prepare( 'SELECT 1 FROM %i t JOIN %i p ON p.id = t.plan_id WHERE t.id = %d AND p.status = %s', PlanTables::topics(), PlanTables::plans(), $topic_id, PlanRules::APPROVED ) );
	}

	/**
	 * A row with its integer columns cast.
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	private static function typed( array $row ): array {
		foreach ( self::INTEGERS as $column ) {
			if ( isset( $row[ $column ] ) ) {
				$row[ $column ] = (int) $row[ $column ];
			}
		}
		return $row;
	}
}
