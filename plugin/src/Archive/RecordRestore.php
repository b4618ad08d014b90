<?php
/**
 * Writes a package's accounts, audit log, feedback and royalty lines into the site.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditTable;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Royalty\LedgerTable;
use ZipArchive;

/**
 * Rows keep their content and dates and get new IDs; every column that names a post, a user,
 * a feedback item or a royalty line is mapped to the new IDs (or emptied when what it named is
 * not in the package, e.g. units, which live in their own post type).
 *
 * Accounts missing on this site are created without a role: a package must not hand out
 * permissions, so the administrator gives each person their level again; their name and
 * authorship come back.
 *
 * @since 0.1.0
 */
final class RecordRestore {

	/**
	 * Rows written, by file.
	 *
	 * @since 0.1.0
	 * @var array<string, int>
	 */
	public array $counts = array();

	/**
	 * The package.
	 *
	 * @var ZipArchive
	 */
	private ZipArchive $zip;

	/**
	 * The bag's folder in the zip, with a trailing slash.
	 *
	 * @var string
	 */
	private string $base;

	/**
	 * Old ID => new ID, by kind (`user`, `post`, `feedback`, `royalty_line`).
	 *
	 * @var array<string, array<int, int>>
	 */
	private array $maps = array();

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ZipArchive $zip  The package.
	 * @param string     $base The bag's folder with a trailing slash.
	 */
	public function __construct( ZipArchive $zip, string $base ) {
		$this->zip  = $zip;
		$this->base = $base;
	}

	/**
	 * Maps the package's accounts to this site's, by login, creating the missing ones.
	 *
	 * @since 0.1.0
	 *
	 * @return array<int, int> Old user ID => new.
	 */
	public function users(): array {
		$map = array();
		$this->lines(
			'users',
			static function ( array $row ) use ( &$map ): bool {
				$login = sanitize_user( (string) $row['login'], true );
				$user  = get_user_by( 'login', $login );
				if ( ! $user && '' !== $login ) {
					$email = sanitize_email( (string) $row['email'] );
					$id    = wp_insert_user(
						array(
							'user_login'   => $login,
							'user_email'   => $email && ! email_exists( $email ) ? $email : '',
							'display_name' => sanitize_text_field( (string) $row['display_name'] ),
							'user_pass'    => wp_generate_password( 32 ),
							'role'         => '',
						)
					);
					$user = is_int( $id ) ? get_user_by( 'id', $id ) : false;
				}
				if ( $user ) {
					$map[ (int) $row['id'] ] = (int) $user->ID;
				}
				return (bool) $user;
			}
		);
		$this->maps['user'] = $map;
		return $map;
	}

	/**
	 * Writes the audit log, feedback and royalty lines.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, int> $posts Old post ID => new.
	 */
	public function records( array $posts ): void {
		$this->maps['post'] = $posts;
		// Referenced rows before the rows that name them; the audit log last, as it names all.
		$this->table( 'feedback', FeedbackTables::ITEMS, array( 'holder_user_id' => 'user?', 'qa_post_id' => 'post?', 'created_by' => 'user?', 'unit_id' => '?' ), null, 'feedback' );
		$this->table( 'feedback-events', FeedbackTables::EVENTS, array( 'feedback_id' => 'feedback', 'user_id' => 'user?', 'unit_id' => '?' ), null, 'feedback_event' );
		$this->table( 'feedback-files', FeedbackTables::FILES, array( 'feedback_id' => 'feedback', 'event_id' => 'feedback_event?' ) );
		$this->table( 'royalty-lines', LedgerTable::NAME, array( 'item_id' => 'post', 'payee_user_id' => 'user', 'created_by' => 'user', 'reverses_id' => 'royalty_line', 'payee_collaborator_id' => '' ), null, 'royalty_line' );
		$this->table( 'audit-log', AuditTable::NAME, array( 'user_id' => 'user' ), 'object_id' );
	}

	/**
	 * Writes one table's rows with their IDs mapped.
	 *
	 * @param string                $file        File under `data/records/` without `.jsonl`.
	 * @param string                $table       Table without the prefix.
	 * @param array<string, string> $columns   Column => kind of ID it holds (see {@see self::mapped()}).
	 * @param string|null           $object_id Column mapped by the row's `object_type`.
	 * @param string|null           $kind      Kind of the rows' own IDs, to map them for later tables.
	 */
	private function table( string $file, string $table, array $columns, ?string $object_id = null, ?string $kind = null ): void {
		global $wpdb;

		$table = $wpdb->prefix . $table;
		$this->lines(
			$file,
			function ( array $row ) use ( $wpdb, $table, $columns, $object_id, $kind ): bool {
				$old = (int) $row['id'];
				unset( $row['id'] );
				foreach ( $columns as $column => $map ) {
					if ( array_key_exists( $column, $row ) && null !== $row[ $column ] ) {
						$row[ $column ] = $this->mapped( $map, (int) $row[ $column ] );
					}
				}
				if ( $object_id ) {
					$type              = (string) $row['object_type'];
					$row[ $object_id ] = isset( $this->maps[ $type ] ) ? (int) $this->mapped( $type, (int) $row[ $object_id ] ) : $row[ $object_id ];
				}
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own tables, restored row by row.
				if ( ! $wpdb->insert( $table, $row ) ) {
					return false;
				}
				if ( $kind ) {
					$this->maps[ $kind ][ $old ] = (int) $wpdb->insert_id;
				}
				return true;
			}
		);
	}

	/**
	 * A mapped ID. When what it named is not restored (a deleted item, a unit: units are not
	 * archived) the link is emptied: null for a nullable column (kind ending in `?`), else 0.
	 *
	 * @param string $kind Kind of ID, `?` appended when the column is nullable; '' or '?' to empty it.
	 * @param int    $id   Old ID.
	 * @return int|null
	 */
	private function mapped( string $kind, int $id ): ?int {
		$nullable = str_ends_with( $kind, '?' );
		$kind     = rtrim( $kind, '?' );
		if ( 0 !== $id && isset( $this->maps[ $kind ][ $id ] ) ) {
			return $this->maps[ $kind ][ $id ];
		}
		return $nullable ? null : 0;
	}

	/**
	 * Calls back with each row of a JSON Lines file of the package, read line by line.
	 *
	 * @param string                              $file     File under `data/records/` without `.jsonl`.
	 * @param callable(array<string, mixed>): bool $callback Per row; true when it was written.
	 */
	private function lines( string $file, callable $callback ): void {
		$count  = 0;
		$stream = $this->zip->getStream( $this->base . 'data/records/' . $file . '.jsonl' );
		if ( $stream ) {
			for ( $line = fgets( $stream ); false !== $line; $line = fgets( $stream ) ) {
				do_action( ArchiveJobRunner::HEARTBEAT_HOOK ); // Part of the restore's long step: its runner keeps its lease.
				$row = json_decode( $line, true );
				if ( is_array( $row ) && $callback( $row ) ) {
					++$count;
				}
			}
			fclose( $stream ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the zip entry's stream.
		}
		$this->counts[ $file ] = $count;
	}
}
