<?php
/**
 * Writes the plugin's own records into a bag: audit log, feedback, royalty lines, people.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditTable;
use Ttdt\Feedback\FeedbackFiles;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Royalty\LedgerTable;

/**
 * Tables are written as JSON Lines (`data/records/<name>.jsonl`, one row per line) read by
 * primary key in pages, so the audit log of a busy portal streams like the items do.
 *
 * Feedback holds citizens' personal data (Decree 13/2023): unless the operator asks for it,
 * name, contact, address and the hash of the IP are blanked and the files they sent are left
 * out; the matter itself, its answer and its history stay.
 *
 * @since 0.1.0
 */
final class RecordExport {

	/**
	 * Rows read per query.
	 *
	 * @var int
	 */
	private const PAGE = 1000;

	/**
	 * Feedback columns that identify the citizen.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const PERSONAL_COLUMNS = array( 'name', 'email', 'phone', 'address', 'ip_hash' );

	/**
	 * Rows written per table.
	 *
	 * @var array<string, int>
	 */
	public array $counts = array();

	/**
	 * The bag.
	 *
	 * @var BagWriter
	 */
	private BagWriter $bag;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param BagWriter $bag The bag.
	 */
	public function __construct( BagWriter $bag ) {
		$this->bag = $bag;
	}

	/**
	 * Writes the next page of rows (the tables one after another) and says where the next
	 * page starts. A table's file grows over several pages, requests apart; it is added to
	 * the bag when its last row is written.
	 *
	 * @since 0.1.0
	 *
	 * @param array{table: int, after: int, offset: int} $cursor   Table (index in {@see self::tables()}), last key written and the size of its file so far.
	 * @param bool                                       $personal Whether to keep the citizens' personal data.
	 * @param string|null                                $from     Earliest time (GMT), or null.
	 * @param string|null                                $to       Latest time (GMT), or null.
	 * @return array{table: int, after: int, offset: int}|null The next cursor, or null when every table is written.
	 */
	public function page( array $cursor, bool $personal, ?string $from, ?string $to ): ?array {
		global $wpdb;

		$tables = self::tables( $personal );
		$spec   = $tables[ $cursor['table'] ] ?? null;
		if ( null === $spec ) {
			return null;
		}
		list( $name, $table, $time, $transform ) = $spec;
		$next = array(
			'table'  => $cursor['table'] + 1,
			'after'  => 0,
			'offset' => 0,
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a table created on activation may be missing on an old site.
		if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ) !== $table ) {
			return $next;
		}
		$key    = $wpdb->users === $table ? 'ID' : 'id';
		$path   = 'records/' . $name . '.jsonl';
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own column names.
		$period = '' === $time ? '' : $wpdb->prepare( " AND {$time} >= %s AND {$time} <= %s", $from ?? '0000-00-00 00:00:00', $to ?? '9999-12-31 23:59:59' );
		$handle = $this->bag->open_stream( $path, $cursor['offset'] );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own tables and columns, paged by key.
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$key} > %d {$period} ORDER BY {$key} LIMIT %d", $cursor['after'], self::PAGE ), ARRAY_A );
		$count = (int) ( $this->counts[ $name ] ?? 0 );
		foreach ( $rows as $row ) {
			$cursor['after'] = (int) $row[ $key ];
			fwrite( $handle, (string) wp_json_encode( $transform ? $transform( $row ) : $row, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed write to the plugin's own staging folder; WP_Filesystem cannot stream
			++$count;
		}
		$this->counts[ $name ] = $count;
		if ( count( $rows ) === self::PAGE ) {
			$cursor['offset'] = (int) ftell( $handle );
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed write to the plugin's own staging folder; WP_Filesystem cannot stream
			return $cursor;
		}
		$this->bag->close_stream( $path, $handle );
		if ( 'feedback-files' === $name && $personal && $count ) {
			$this->feedback_files( $from, $to );
		}
		return $next;
	}

	/**
	 * The tables written, in order: file name, table, the column the period applies to (none:
	 * every row) and the row transform.
	 *
	 * @param bool $personal Whether to keep the citizens' personal data.
	 * @return array<int, array{0: string, 1: string, 2: string, 3: callable|null}>
	 */
	private static function tables( bool $personal ): array {
		global $wpdb;

		return array(
			array( 'audit-log', $wpdb->prefix . AuditTable::NAME, 'occurred_at', null ),
			// Every account, whatever the period: the items name them.
			array( 'users', $wpdb->users, '', array( __CLASS__, 'user_row' ) ),
			array( 'royalty-lines', LedgerTable::name(), 'created_at', null ),
			array( 'feedback', FeedbackTables::table( FeedbackTables::ITEMS ), 'received_at', $personal ? null : array( __CLASS__, 'without_personal' ) ),
			array( 'feedback-events', FeedbackTables::table( FeedbackTables::EVENTS ), 'created_at', null ),
			array( 'feedback-files', FeedbackTables::table( FeedbackTables::FILES ), 'created_at', null ),
		);
	}

	/**
	 * The files citizens sent, under `data/records/feedback-files/`.
	 *
	 * @param string|null $from Earliest time, or null.
	 * @param string|null $to   Latest time, or null.
	 */
	private function feedback_files( ?string $from, ?string $to ): void {
		global $wpdb;

		$table = FeedbackTables::table( FeedbackTables::FILES );
		$after = 0;
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table, paged by key.
			$rows = $wpdb->get_results( $wpdb->prepare( "SELECT id, path FROM {$table} WHERE id > %d AND created_at >= %s AND created_at <= %s ORDER BY id LIMIT %d", $after, $from ?? '0000-00-00 00:00:00', $to ?? '9999-12-31 23:59:59', self::PAGE ), ARRAY_A );
			foreach ( (array) $rows as $row ) {
				$after = (int) $row['id'];
				$path  = (string) $row['path'];
				if ( '' !== $path && ! str_contains( $path, '..' ) ) {
					$this->bag->add_file( 'records/feedback-files/' . ltrim( $path, '/' ), FeedbackFiles::absolute( $path ) );
				}
			}
		} while ( count( (array) $rows ) === self::PAGE );
	}

	/**
	 * A feedback row without the citizen's personal data.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row Row.
	 * @return array<string, mixed>
	 */
	public static function without_personal( array $row ): array {
		foreach ( self::PERSONAL_COLUMNS as $column ) {
			if ( array_key_exists( $column, $row ) ) {
				$row[ $column ] = null === $row[ $column ] ? null : '';
			}
		}
		return $row;
	}

	/**
	 * A user as the archive keeps them: who they were, never their password or keys.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row Row of the users table.
	 * @return array<string, mixed>
	 */
	public static function user_row( array $row ): array {
		$user = get_userdata( (int) $row['ID'] );
		return array(
			'id'           => (int) $row['ID'],
			'login'        => (string) $row['user_login'],
			'email'        => (string) $row['user_email'],
			'display_name' => (string) $row['display_name'],
			'registered'   => (string) $row['user_registered'],
			'roles'        => $user ? array_values( $user->roles ) : array(),
		);
	}
}
