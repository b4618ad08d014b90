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
 * not in the package, e.g. units, which live in their own post type). Rows are written a slice
 * at a time; the slice's mark (and each named row's old ID) goes into the restore's map
 * ({@see RestoreMap}) in the slice's transaction, so a slice run again writes nothing.
 *
 * Accounts missing on this site are created without a role: a package must not hand out
 * permissions, so the administrator gives each person their level again; their name and
 * authorship come back.
 *
 * @since 0.1.0
 */
final class RecordRestore {

	/**
	 * The record files in the order they are written (referenced rows before the rows that
	 * name them; the audit log last, as it names all): file under `data/records/` => table
	 * without the prefix, column => kind of ID it holds (see {@see self::mapped()}), and the
	 * column mapped by the row's `object_type`.
	 *
	 * @var array<string, array{0: string, 1: array<string, string>, 2: string}>
	 */
	private const FILES = array(
		'feedback'        => array( FeedbackTables::ITEMS, array( 'holder_user_id' => 'user?', 'qa_post_id' => 'post?', 'created_by' => 'user?', 'unit_id' => '?' ), '' ),
		'feedback-events' => array( FeedbackTables::EVENTS, array( 'feedback_id' => 'feedback', 'user_id' => 'user?', 'unit_id' => '?' ), '' ),
		'feedback-files'  => array( FeedbackTables::FILES, array( 'feedback_id' => 'feedback', 'event_id' => 'feedback-events?' ), '' ),
		'royalty-lines'   => array( LedgerTable::NAME, array( 'item_id' => 'post', 'payee_user_id' => 'user', 'created_by' => 'user', 'reverses_id' => 'royalty-lines', 'payee_collaborator_id' => '' ), '' ),
		'audit-log'       => array( AuditTable::NAME, array( 'user_id' => 'user' ), 'object_id' ),
	);

	/**
	 * Prefix of the map's kind that marks a slice of a record file as written: its old ID is
	 * the slice's first line + 1, its new ID the rows written.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MARK = 'at:';

	/**
	 * Record files whose rows later rows name: written row by row, each row's new ID mapped.
	 * The others (the audit log, by far the largest) go many rows to a statement.
	 *
	 * @var string[]
	 */
	private const NAMED = array( 'feedback', 'feedback-events', 'royalty-lines' );

	/**
	 * An audit entry's `object_type` => the kind of ID its `object_id` holds.
	 *
	 * @var array<string, string>
	 */
	private const OBJECT_KINDS = array(
		'post'           => 'post',
		'user'           => 'user',
		'feedback'       => 'feedback',
		'feedback_event' => 'feedback-events',
		'royalty_line'   => 'royalty-lines',
	);

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
	 * The restore's map of IDs.
	 *
	 * @var RestoreMap
	 */
	private RestoreMap $map;

	/**
	 * Old ID => new ID of the slice's rows' references, by kind.
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
	 * @param RestoreMap $map  The restore's map of IDs.
	 */
	public function __construct( ZipArchive $zip, string $base, RestoreMap $map ) {
		$this->zip  = $zip;
		$this->base = $base;
		$this->map  = $map;
	}

	/**
	 * The record files, in the order they are written.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function files(): array {
		return array_keys( self::FILES );
	}

	/**
	 * Maps the package's accounts to this site's, by login, creating the missing ones (a
	 * slice run again finds them by login).
	 *
	 * @since 0.1.0
	 */
	public function users(): void {
		$map = $this->map->all( 'user' );
		$new = array();
		foreach ( $this->lines( 'users', 0, PHP_INT_MAX ) as $row ) {
			$login = sanitize_user( (string) ( $row['login'] ?? '' ), true );
			$user  = get_user_by( 'login', $login );
			if ( ! $user && '' !== $login ) {
				$email = sanitize_email( (string) ( $row['email'] ?? '' ) );
				$id    = wp_insert_user(
					array(
						'user_login'   => $login,
						'user_email'   => $email && ! email_exists( $email ) ? $email : '',
						'display_name' => sanitize_text_field( (string) ( $row['display_name'] ?? '' ) ),
						'user_pass'    => wp_generate_password( 32 ),
						'role'         => '',
					)
				);
				$user = is_int( $id ) ? get_user_by( 'id', $id ) : false;
			}
			if ( $user && $row['id'] && ! isset( $map[ (int) $row['id'] ] ) ) {
				$new[] = array( (int) $row['id'], (int) $user->ID );
			}
		}
		$this->map->add( 'user', $new );
	}

	/**
	 * Writes the next rows of a record file.
	 *
	 * @since 0.1.0
	 *
	 * @param string $file  File under `data/records/` without `.jsonl` (one of {@see self::files()}).
	 * @param int    $line  Lines of it already written.
	 * @param int    $limit Rows per slice.
	 * @return int Rows read (fewer than `$limit`: the file is done).
	 */
	public function slice( string $file, int $line, int $limit ): int {
		global $wpdb;

		list( $table, $columns, $object_id ) = self::FILES[ $file ];
		$rows                                = $this->lines( $file, $line, $limit );
		if ( $this->map->find( array( self::MARK . $file ), array( $line + 1 ) ) ) {
			return count( $rows ); // Written by this slice's first run.
		}
		$this->load( $rows, $columns, $object_id );
		$table   = $wpdb->prefix . $table;
		$named   = in_array( $file, self::NAMED, true );
		$mapped  = array();
		$pending = array();
		$written = 0;
		foreach ( $rows as $row ) {
			$old = (int) $row['id'];
			if ( 0 === $old ) {
				continue;
			}
			unset( $row['id'] );
			foreach ( $columns as $column => $kind ) {
				if ( array_key_exists( $column, $row ) && null !== $row[ $column ] ) {
					$row[ $column ] = $this->mapped( $kind, (int) $row[ $column ] );
				}
			}
			$type = self::OBJECT_KINDS[ (string) ( $row['object_type'] ?? '' ) ] ?? '';
			if ( $object_id && '' !== $type ) {
				$row[ $object_id ] = (int) $this->mapped( $type, (int) $row[ $object_id ] );
			}
			if ( ! $named ) {
				$pending[ implode( ',', array_keys( $row ) ) ][] = $row;
				continue;
			}
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own tables, restored row by row.
			if ( $wpdb->insert( $table, $row ) ) {
				$mapped[]                    = array( $old, (int) $wpdb->insert_id );
				$this->maps[ $file ][ $old ] = (int) $wpdb->insert_id; // A later row may name it (a reversal its line).
				++$written;
			}
		}
		foreach ( $pending as $same_columns ) {
			$written += false === BulkInsert::rows( $table, $same_columns ) ? 0 : count( $same_columns );
		}
		$this->map->add( $file, $mapped );
		$this->map->add( self::MARK . $file, array( array( $line + 1, $written ) ) );
		return count( $rows );
	}

	/**
	 * Looks up, in one query per kind, the new IDs the rows' columns name.
	 *
	 * @param array<int, array<string, mixed>> $rows      Rows.
	 * @param array<string, string>            $columns   Column => kind.
	 * @param string                           $object_id Column mapped by `object_type`, or ''.
	 */
	private function load( array $rows, array $columns, string $object_id ): void {
		$wanted = array();
		foreach ( $rows as $row ) {
			foreach ( $columns as $column => $kind ) {
				$wanted[ rtrim( $kind, '?' ) ][] = (int) ( $row[ $column ] ?? 0 );
			}
			$type = self::OBJECT_KINDS[ (string) ( $row['object_type'] ?? '' ) ] ?? '';
			if ( $object_id && '' !== $type ) {
				$wanted[ $type ][] = (int) ( $row[ $object_id ] ?? 0 );
			}
		}
		$this->maps = array( 'user' => $this->map->all( 'user' ) );
		foreach ( $wanted as $kind => $ids ) {
			if ( '' !== $kind && 'user' !== $kind ) {
				$this->maps[ $kind ] = $this->map->find( 'post' === $kind ? RestoreMap::POSTS : array( $kind ), $ids );
			}
		}
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
	 * Rows of a JSON Lines file of the package, read line by line from a line on (a zip
	 * entry's stream cannot seek: the lines before are read and passed over).
	 *
	 * @param string $file  File under `data/records/` without `.jsonl`.
	 * @param int    $skip  Lines to pass over.
	 * @param int    $limit Lines to read.
	 * @return array<int, array<string, mixed>> Rows that have an `id`.
	 */
	private function lines( string $file, int $skip, int $limit ): array {
		$rows   = array();
		$stream = $this->zip->getStream( $this->base . 'data/records/' . $file . '.jsonl' );
		if ( ! $stream ) {
			return $rows;
		}
		for ( $i = 0; $i < $skip && false !== fgets( $stream ); $i++ ) {
			// Passing over the lines written by earlier slices.
		}
		for ( $i = 0; $i < $limit; $i++ ) {
			$line = fgets( $stream );
			if ( false === $line ) {
				break;
			}
			$row    = json_decode( $line, true );
			$rows[] = is_array( $row ) && isset( $row['id'] ) ? $row : array( 'id' => 0 );
		}
		fclose( $stream ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the zip entry's stream.
		return $rows;
	}
}
