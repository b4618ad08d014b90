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
	 * Writes every record.
	 *
	 * @since 0.1.0
	 *
	 * @param bool        $personal Whether to keep the citizens' personal data.
	 * @param string|null $from     Earliest time (GMT), or null.
	 * @param string|null $to       Latest time (GMT), or null.
	 */
	public function write( bool $personal, ?string $from, ?string $to ): void {
		global $wpdb;

		$this->table( 'audit-log', $wpdb->prefix . AuditTable::NAME, 'occurred_at', $from, $to );
		$this->table( 'users', $wpdb->users, 'user_registered', null, null, array( __CLASS__, 'user_row' ) );
		$this->table( 'royalty-lines', LedgerTable::name(), 'created_at', $from, $to );
		$blank = $personal ? null : array( __CLASS__, 'without_personal' );
		$this->table( 'feedback', FeedbackTables::table( FeedbackTables::ITEMS ), 'received_at', $from, $to, $blank );
		$this->table( 'feedback-events', FeedbackTables::table( FeedbackTables::EVENTS ), 'created_at', $from, $to );
		$files = $this->table( 'feedback-files', FeedbackTables::table( FeedbackTables::FILES ), 'created_at', $from, $to );
		if ( $personal && $files ) {
			$this->feedback_files( $from, $to );
		}
	}

	/**
	 * Writes one table, page by page.
	 *
	 * @param string        $name      File name without extension.
	 * @param string        $table     Table with its prefix.
	 * @param string        $time      Column the period applies to.
	 * @param string|null   $from      Earliest time, or null.
	 * @param string|null   $to        Latest time, or null.
	 * @param callable|null $transform Row => row to write.
	 * @return int Rows written.
	 */
	private function table( string $name, string $table, string $time, ?string $from, ?string $to, ?callable $transform = null ): int {
		global $wpdb;

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a table created on activation may be missing on an old site.
		if ( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $table ) ) ) !== $table ) {
			return 0;
		}
		$key    = $wpdb->users === $table ? 'ID' : 'id';
		$path   = 'records/' . $name . '.jsonl';
		$handle = $this->bag->open_stream( $path );
		$after  = 0;
		$count  = 0;
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own tables and columns, paged by key.
			$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$key} > %d AND {$time} >= %s AND {$time} <= %s ORDER BY {$key} LIMIT %d", $after, $from ?? '0000-00-00 00:00:00', $to ?? '9999-12-31 23:59:59', self::PAGE ), ARRAY_A );
			foreach ( (array) $rows as $row ) {
				$after = (int) $row[ $key ];
				fwrite( $handle, (string) wp_json_encode( $transform ? $transform( $row ) : $row, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed write to the plugin's own staging folder; WP_Filesystem cannot stream
				++$count;
			}
		} while ( count( (array) $rows ) === self::PAGE );
		$this->bag->close_stream( $path, $handle );
		$this->counts[ $name ] = $count;
		return $count;
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
