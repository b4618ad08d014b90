<?php
/**
 * Reads and writes comments on drafts.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use WP_Error;

/**
 * The only class that runs SQL on the comments table; every query is prepared. Callers check
 * who may read: this class does not. E-mail addresses are stored normalised (lower case), so
 * a privacy request finds them by equality.
 *
 * @since 0.1.0
 */
final class CommentRepository {

	/**
	 * The columns a reader gets, in order.
	 *
	 * @var string
	 */
	private const COLUMNS = 'id, draft_id, status, name, email, phone, content, received_at';

	/**
	 * The audit action of a change of status.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const AUDIT_ACTION = 'draft_comment.status';

	/**
	 * The audit object type of a comment.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const AUDIT_OBJECT = 'draft_comment';

	/**
	 * Stores a clean comment.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $clean Columns from {@see CommentIntake}.
	 * @return int|WP_Error The new comment's ID.
	 */
	public function insert( array $clean ) {
		global $wpdb;
		$row = array(
			'draft_id'     => (int) $clean['draft_id'],
			'name'         => (string) $clean['name'],
			'email'        => '' !== ( $clean['email'] ?? '' ) ? (string) $clean['email'] : null,
			'phone'        => '' !== ( $clean['phone'] ?? '' ) ? (string) $clean['phone'] : null,
			'content'      => (string) $clean['content'],
			'consent_text' => (string) $clean['consent_text'],
			'consent_at'   => (string) $clean['consent_at'],
			'ip_hash'      => (string) ( $clean['ip_hash'] ?? '' ),
			'received_at'  => gmdate( 'Y-m-d H:i:s' ),
		);
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		if ( ! $wpdb->insert( CommentTable::table(), $row ) ) {
			return new WP_Error( 'ttdt_draft_comment_store', __( 'Your comment could not be saved. Please send it again in a few minutes, or call the commune office.', 'ttdt-portal' ), array( 'status' => 500 ) );
		}
		return (int) $wpdb->insert_id;
	}

	/**
	 * How many comments each draft received.
	 *
	 * @since 0.1.0
	 *
	 * @param int[] $draft_ids Drafts.
	 * @return array<int, int> Draft ID => count (drafts without comments are left out).
	 */
	public function counts( array $draft_ids ): array {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $draft_ids ) ) );
		if ( ! $ids ) {
			return array();
		}
		$table = CommentTable::table();
		$marks = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- the plugin's own table; one %d per ID.
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT draft_id, COUNT(*) AS n FROM {$table} WHERE draft_id IN ({$marks}) GROUP BY draft_id", $ids ) );
		$counts = array();
		foreach ( (array) $rows as $row ) {
			$counts[ (int) $row->draft_id ] = (int) $row->n;
		}
		return $counts;
	}

	/**
	 * One page of a draft's comments, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $draft_id Draft.
	 * @param int $per_page Rows per page.
	 * @param int $page     Page, from 1.
	 * @return array<int, array<string, mixed>>
	 */
	public function page( int $draft_id, int $per_page, int $page ): array {
		global $wpdb;
		$table = CommentTable::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT ' . self::COLUMNS . " FROM {$table} WHERE draft_id = %d ORDER BY received_at DESC, id DESC LIMIT %d OFFSET %d", $draft_id, $per_page, ( max( 1, $page ) - 1 ) * $per_page ), ARRAY_A );
		return is_array( $rows ) ? $rows : array();
	}
	/**
	 * The comments sent with an e-mail address, oldest first.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Address as typed in a privacy request.
	 * @return array<int, array<string, mixed>>
	 */
	public function by_email( string $email ): array {
		global $wpdb;
		$email = strtolower( trim( $email ) );
		if ( '' === $email ) {
			return array();
		}
		$table = CommentTable::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT ' . self::COLUMNS . ", consent_text, consent_at FROM {$table} WHERE email = %s ORDER BY id", $email ), ARRAY_A );
		return is_array( $rows ) ? $rows : array();
	}

	/**
	 * Erases the name and contact of comments, keeping what was said (the draft's record).
	 *
	 * @since 0.1.0
	 *
	 * @param int[] $ids Comments.
	 * @return int Comments changed.
	 */
	public function erase_personal( array $ids ): int {
		global $wpdb;
		$ids = array_values( array_filter( array_map( 'intval', $ids ) ) );
		if ( ! $ids ) {
			return 0;
		}
		$table = CommentTable::table();
		$marks = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- the plugin's own table; one %d per ID.
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET name = '', email = NULL, phone = NULL WHERE id IN ({$marks})", $ids ) );
	}

	/**
	 * Comments received before a time that still hold a name or contact.
	 *
	 * @since 0.1.0
	 *
	 * @param string $before UTC `Y-m-d H:i:s`.
	 * @param int    $limit  Most IDs.
	 * @return int[]
	 */
	public function ids_due_for_erasure( string $before, int $limit ): array {
		global $wpdb;
		$table = CommentTable::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE received_at < %s AND ( name <> '' OR email IS NOT NULL OR phone IS NOT NULL ) ORDER BY id LIMIT %d", $before, $limit ) );
		return array_map( 'intval', (array) $ids );
	}
	/**
	 * One comment.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Comment.
	 * @return array<string, mixed>|null
	 */
	public function find( int $id ): ?array {
		global $wpdb;
		$table = CommentTable::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT ' . self::COLUMNS . " FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? $row : null;
	}

	/**
	 * Records how the board handled a comment, and who did, in the audit log (before and
	 * after, as feedback events are): every path that moderates (the draft's screen, REST)
	 * comes through here, so none can change a status unrecorded.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id     Comment.
	 * @param string $status One of {@see CommentStatus::all()} (checked by the caller).
	 * @return bool Whether the comment exists.
	 */
	public function set_status( int $id, string $status ): bool {
		global $wpdb;
		$before = $this->find( $id );
		if ( null === $before ) {
			return false;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		if ( false === $wpdb->update( CommentTable::table(), array( 'status' => $status ), array( 'id' => $id ) ) ) {
			return false;
		}
		if ( (string) $before['status'] !== $status ) {
			AuditLog::record(
				self::AUDIT_ACTION,
				self::AUDIT_OBJECT,
				$id,
				get_the_title( (int) $before['draft_id'] ),
				array( 'comment_status' => (string) $before['status'] ),
				array( 'comment_status' => $status )
			);
		}
		return true;
	}
}
