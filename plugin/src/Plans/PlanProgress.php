<?php
/**
 * Counts what a plan's topics produced.
 *
 * @package Ttdt
 */

namespace Ttdt\Plans;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;

/**
 * Planned (each topic's target) against published: the items of the workflow types linked to
 * the topic ({@see TopicLink}) and published within the topic's period. Counted by the
 * database in one grouped query, not by loading items, so a year of items costs one query.
 * The publication day is `post_date`, which WordPress keeps in the site's time zone, as the
 * topic's days are.
 *
 * @since 0.1.0
 */
final class PlanProgress {

	/**
	 * Planned and published items per topic of a plan, in date order.
	 *
	 * @since 0.1.0
	 *
	 * @param int $plan_id Plan ID.
	 * @return array<int, array{id: int, title: string, assignee_id: int, unit_id: int, planned: int, published: int}>
	 */
	public function topics( int $plan_id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $this->topics_sql( $plan_id ) . ' ORDER BY t.starts_on, t.id', ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- prepared in topics_sql().
		return array_map(
			static fn( array $row ) => array(
				'id'          => (int) $row['id'],
				'title'       => (string) $row['title'],
				'assignee_id' => (int) $row['assignee_id'],
				'unit_id'     => (int) $row['unit_id'],
				'planned'     => (int) $row['planned'],
				'published'   => (int) $row['published'],
			),
			(array) $rows
		);
	}

	/**
	 * Planned and published items per member or unit in charge (the sums of their topics).
	 *
	 * @since 0.1.0
	 *
	 * @param int $plan_id Plan ID.
	 * @return array<int, array{assignee_id: int, unit_id: int, planned: int, published: int}>
	 */
	public function members( int $plan_id ): array {
		global $wpdb;
		$sql  = 'SELECT x.assignee_id, x.unit_id, SUM(x.planned) AS planned, SUM(x.published) AS published FROM ('
			. $this->topics_sql( $plan_id )
			. ') x GROUP BY x.assignee_id, x.unit_id ORDER BY planned DESC, x.assignee_id, x.unit_id';
		$rows = $wpdb->get_results( $sql, ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- prepared in topics_sql().
		return array_map(
			static fn( array $row ) => array(
				'assignee_id' => (int) $row['assignee_id'],
				'unit_id'     => (int) $row['unit_id'],
				'planned'     => (int) $row['planned'],
				'published'   => (int) $row['published'],
			),
			(array) $rows
		);
	}

	/**
	 * A month of the calendar: the topics of approved plans running in it, the items linked
	 * to them published in it, and those not yet published dated in it (planned).
	 *
	 * @since 0.1.0
	 *
	 * @param string $month Month, `Y-m`.
	 * @return array{topics: array<int, array<string, mixed>>, items: array<int, array<string, mixed>>, planned: array<int, array<string, mixed>>}
	 */
	public function month( string $month ): array {
		global $wpdb;
		$first  = $month . '-01';
		$after  = gmdate( 'Y-m-d', (int) strtotime( $first . ' +1 month' ) );
		$types  = ItemTypes::all();
		$in     = implode( ',', array_fill( 0, count( $types ), '%s' ) );

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own tables.
		$running = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT t.id, t.title, t.starts_on, t.ends_on, t.id AS topic_id FROM %i t JOIN %i p ON p.id = t.plan_id
				WHERE p.status = %s AND t.starts_on < %s AND t.ends_on >= %s ORDER BY t.starts_on, t.id LIMIT 200',
				PlanTables::topics(),
				PlanTables::plans(),
				PlanRules::APPROVED,
				$after,
				$first
			),
			ARRAY_A
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- an aggregate no API offers; `$in` is only placeholders.
		$published = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT p.ID AS id, p.post_title AS title, DATE(p.post_date) AS starts_on, DATE(p.post_date) AS ends_on, CAST(m.meta_value AS UNSIGNED) AS topic_id
				FROM {$wpdb->posts} p JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = %s
				WHERE p.post_status = 'publish' AND p.post_type IN ($in) AND p.post_date >= %s AND p.post_date < %s AND m.meta_value <> '0'
				ORDER BY p.post_date LIMIT 500",
				array_merge( array( TopicLink::META ), $types, array( $first, $after ) )
			),
			ARRAY_A
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- as above.
		$planned = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT p.ID AS id, p.post_title AS title, DATE(p.post_date) AS starts_on, DATE(p.post_date) AS ends_on, CAST(m.meta_value AS UNSIGNED) AS topic_id
				FROM {$wpdb->posts} p JOIN {$wpdb->postmeta} m ON m.post_id = p.ID AND m.meta_key = %s
				WHERE p.post_status IN ('draft', 'pending', 'future') AND p.post_type IN ($in) AND p.post_date >= %s AND p.post_date < %s AND m.meta_value <> '0'
				ORDER BY p.post_date LIMIT 500",
				array_merge( array( TopicLink::META ), $types, array( $first, $after ) )
			),
			ARRAY_A
		);
		$typed = static fn( array $row ) => array(
			'id'        => (int) $row['id'],
			'title'     => (string) $row['title'],
			'starts_on' => (string) $row['starts_on'],
			'ends_on'   => (string) $row['ends_on'],
			'topic_id'  => (int) $row['topic_id'],
			'movable'   => false,
		);
		return array(
			'topics'  => array_map( $typed, (array) $running ),
			'items'   => array_map( $typed, (array) $published ),
			'planned' => array_map(
				static function ( array $row ) use ( $typed ): array {
					$post = get_post( (int) $row['id'] );
					return array( 'movable' => $post && PlannedDate::movable( $post ) ) + $typed( $row );
				},
				(array) $planned
			),
		);
	}

	/**
	 * An item as an entry of the calendar.
	 *
	 * @since 0.1.0
	 *
	 * @param \WP_Post $post Item.
	 * @return array<string, mixed>
	 */
	public static function entry( \WP_Post $post ): array {
		return array(
			'id'        => $post->ID,
			'title'     => $post->post_title,
			'starts_on' => substr( $post->post_date, 0, 10 ),
			'ends_on'   => substr( $post->post_date, 0, 10 ),
			'topic_id'  => (int) get_post_meta( $post->ID, TopicLink::META, true ),
			'movable'   => PlannedDate::movable( $post ),
		);
	}

	/**
	 * The per-topic query, prepared: each topic left-joined to the items that name it and
	 * were published within its days, counted.
	 *
	 * @param int $plan_id Plan ID.
	 * @return string
	 */
	private function topics_sql( int $plan_id ): string {
		global $wpdb;
		$types = ItemTypes::all();
		$in    = implode( ',', array_fill( 0, count( $types ), '%s' ) );
		// The meta value is text: compare it with the topic ID as text, so the meta_key index
		// finds the links and no row is cast.
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- `$in` is only placeholders.
		return (string) $wpdb->prepare(
			"SELECT t.id, t.title, t.starts_on, t.assignee_id, t.unit_id, t.target AS planned, COUNT(p.ID) AS published
			FROM %i t
			LEFT JOIN {$wpdb->postmeta} m ON m.meta_key = %s AND m.meta_value = CAST(t.id AS CHAR)
			LEFT JOIN {$wpdb->posts} p ON p.ID = m.post_id AND p.post_status = 'publish' AND p.post_type IN ($in)
				AND p.post_date >= t.starts_on AND p.post_date < DATE_ADD(t.ends_on, INTERVAL 1 DAY)
			WHERE t.plan_id = %d
			GROUP BY t.id, t.title, t.starts_on, t.assignee_id, t.unit_id, t.target",
			array_merge( array( PlanTables::topics(), TopicLink::META ), $types, array( $plan_id ) )
		);
	}
}
