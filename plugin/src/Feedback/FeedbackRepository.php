<?php
/**
 * Reads and writes feedback items, their files and their history.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use WP_Error;

/**
 * The only code that touches the feedback tables: every query is prepared, column names come
 * from the lists below, never from a request. Items are arrays with the table's columns (IDs
 * as integers); callers decide what of them a person may see.
 *
 * @since 0.1.0
 */
final class FeedbackRepository {

	/**
	 * Columns the handling side may change with `update()`.
	 *
	 * @var string[]
	 */
	private const UPDATABLE = array( 'type', 'status', 'topic', 'purpose', 'holder_user_id', 'unit_id', 'deadline_at', 'answered_at', 'closed_at', 'answer', 'qa_post_id', 'subject', 'content' );

	/**
	 * Columns holding the citizen's personal data (erased on request or after retention).
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const PERSONAL = array( 'name', 'email', 'phone', 'address', 'ip_hash' );

	/**
	 * Columns the inbox sorts by.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const SORTABLE = array( 'id', 'received_at', 'deadline_at', 'status', 'type', 'subject' );

	/**
	 * Integer columns (cast when read).
	 *
	 * @var string[]
	 */
	private const INTEGERS = array( 'id', 'holder_user_id', 'unit_id', 'qa_post_id', 'created_by', 'feedback_id', 'event_id', 'size', 'user_id' );

	/**
	 * Times after which a code is given up as taken (each try has odds of 1 in ~10^14).
	 *
	 * @var int
	 */
	private const CODE_TRIES = 5;

	/**
	 * Stores a new item with its files and its `received` event, in one transaction: all of it
	 * or nothing.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>             $item  Columns (type, channel, subject, content, name,
	 *                                                email, phone, address, consent_text, consent_at,
	 *                                                ip_hash, created_by, deadline_at…).
	 * @param array<int, array<string, mixed>> $files Stored files: name, mime, size, path.
	 * @return array{id: int, code: string}|WP_Error
	 */
	public function insert( array $item, array $files = array() ) {
		global $wpdb;

		$row = array(
			'type'         => (string) ( $item['type'] ?? FeedbackType::OTHER ),
			'status'       => FeedbackStatus::NEW,
			'channel'      => (string) ( $item['channel'] ?? FeedbackChannel::ONLINE ),
			'subject'      => (string) ( $item['subject'] ?? '' ),
			'content'      => (string) ( $item['content'] ?? '' ),
			'name'         => (string) ( $item['name'] ?? '' ),
			'email'        => self::nullable( $item['email'] ?? null ),
			'phone'        => self::nullable( $item['phone'] ?? null ),
			'address'      => self::nullable( $item['address'] ?? null ),
			'consent_text' => (string) ( $item['consent_text'] ?? '' ),
			'consent_at'   => self::nullable( $item['consent_at'] ?? null ),
			'received_at'  => (string) ( $item['received_at'] ?? gmdate( 'Y-m-d H:i:s' ) ),
			'deadline_at'  => self::nullable( $item['deadline_at'] ?? null ),
			'ip_hash'      => (string) ( $item['ip_hash'] ?? '' ),
			'created_by'   => empty( $item['created_by'] ) ? null : (int) $item['created_by'],
		);

		$result = Transaction::run(
			function () use ( $wpdb, $row, $files, $item ) {
				$table = FeedbackTables::table( FeedbackTables::ITEMS );
				for ( $try = 0; $try < self::CODE_TRIES; $try++ ) {
					$row['code'] = TrackingCode::generate();
					$taken       = $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE code = %s", $row['code'] ) ); // phpcs:ignore WordPress.DB -- own table.
					if ( null === $taken ) {
						break;
					}
				}
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
				if ( ! $wpdb->insert( $table, $row ) ) {
					return false;
				}
				$id = (int) $wpdb->insert_id;
				foreach ( $files as $file ) {
					if ( ! $this->add_file( $id, $file ) ) {
						return false;
					}
				}
				$event = $this->write_event( $id, FeedbackEvent::RECEIVED, array( 'user_id' => $row['created_by'], 'data' => array( 'channel' => $row['channel'] ) + ( isset( $item['event_data'] ) ? (array) $item['event_data'] : array() ) ) );
				if ( ! $event ) {
					return false;
				}
				return array(
					'id'   => $id,
					'code' => $row['code'],
				);
			}
		);
		if ( is_array( $result ) ) {
			// The audit log is written after the commit: an item rolled back leaves no entry.
			AuditLog::record( 'feedback.' . FeedbackEvent::RECEIVED, 'feedback', $result['id'], TrackingCode::format( $result['code'] ), null, array( 'channel' => $row['channel'], 'type' => $row['type'] ) );
		}
		return $result;
	}

	/**
	 * One item by ID.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Item ID.
	 * @return array<string, mixed>|null
	 */
	public function find( int $id ): ?array {
		global $wpdb;
		$table = FeedbackTables::table( FeedbackTables::ITEMS );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- own table.
		return $row ? self::cast( $row ) : null;
	}

	/**
	 * One item by its tracking code and the contact the citizen gave (e-mail or phone): both
	 * must match, so a code found on a lost receipt opens nothing by itself.
	 *
	 * @since 0.1.0
	 *
	 * @param string $code    Code as typed.
	 * @param string $contact E-mail or phone as typed.
	 * @return array<string, mixed>|null
	 */
	public function find_by_code_and_contact( string $code, string $contact ): ?array {
		global $wpdb;

		$code  = TrackingCode::normalize( $code );
		$email = ContactNormalizer::email( $contact );
		$phone = ContactNormalizer::phone( $contact );
		if ( '' === $code || ( '' === $email && '' === $phone ) ) {
			return null;
		}
		$table = FeedbackTables::table( FeedbackTables::ITEMS );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE code = %s", $code ), ARRAY_A ); // phpcs:ignore WordPress.DB -- own table.
		if ( ! $row ) {
			return null;
		}
		$matches = ( '' !== $email && null !== $row['email'] && hash_equals( strtolower( (string) $row['email'] ), $email ) )
			|| ( '' !== $phone && null !== $row['phone'] && hash_equals( (string) $row['phone'], $phone ) );
		return $matches ? self::cast( $row ) : null;
	}

	/**
	 * Changes columns of an item (the handling side: classify, forward, answer…).
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id     Item ID.
	 * @param array<string, mixed> $fields Column => value; only updatable columns are written.
	 * @return bool Whether the row was written.
	 */
	public function update( int $id, array $fields ): bool {
		global $wpdb;
		$fields = array_intersect_key( $fields, array_flip( self::UPDATABLE ) );
		if ( ! $fields ) {
			return false;
		}
		return false !== $wpdb->update( FeedbackTables::table( FeedbackTables::ITEMS ), $fields, array( 'id' => $id ) ); // phpcs:ignore WordPress.DB -- own table.
	}

	/**
	 * Sets an item's status, with the time of answering or closing.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id     Item ID.
	 * @param string $status One of `FeedbackStatus::all()`.
	 * @return bool
	 */
	public function update_status( int $id, string $status ): bool {
		if ( ! in_array( $status, FeedbackStatus::all(), true ) ) {
			return false;
		}
		$fields = array( 'status' => $status );
		if ( FeedbackStatus::ANSWERED === $status ) {
			$fields['answered_at'] = gmdate( 'Y-m-d H:i:s' );
		} elseif ( FeedbackStatus::CLOSED === $status ) {
			$fields['closed_at'] = gmdate( 'Y-m-d H:i:s' );
		}
		return $this->update( $id, $fields );
	}

	/**
	 * Appends an event to an item's history and to the audit log.
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id   Item ID.
	 * @param string               $kind One of `FeedbackEvent::all()`.
	 * @param array<string, mixed> $args `user_id` (default: current user), `unit_id`, `body`,
	 *                                   `data` (array, stored as JSON).
	 * @return int The event's ID, 0 when it was not written.
	 */
	public function append_event( int $id, string $kind, array $args = array() ): int {
		$event = $this->write_event( $id, $kind, $args );
		if ( $event ) {
			$item = $this->find( $id );
			AuditLog::record( 'feedback.' . $kind, 'feedback', $id, $item ? TrackingCode::format( (string) $item['code'] ) : (string) $id, null, isset( $args['data'] ) ? (array) $args['data'] : null );
		}
		return $event;
	}

	/**
	 * Adds a stored file to an item (the citizen's attachment, or a unit's answer file).
	 *
	 * @since 0.1.0
	 *
	 * @param int                  $id       Item ID.
	 * @param array<string, mixed> $file     name, mime, size, path (relative to the private folder).
	 * @param int|null             $event_id The event the file belongs to, if any.
	 * @return int The file's ID, 0 when it was not written.
	 */
	public function add_file( int $id, array $file, ?int $event_id = null ): int {
		global $wpdb;
		$ok = $wpdb->insert( // phpcs:ignore WordPress.DB -- own table.
			FeedbackTables::table( FeedbackTables::FILES ),
			array(
				'feedback_id' => $id,
				'event_id'    => $event_id,
				'name'        => (string) ( $file['name'] ?? '' ),
				'mime'        => (string) ( $file['mime'] ?? '' ),
				'size'        => (int) ( $file['size'] ?? 0 ),
				'path'        => (string) ( $file['path'] ?? '' ),
				'created_at'  => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		return $ok ? (int) $wpdb->insert_id : 0;
	}

	/**
	 * An item's files, oldest first.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Item ID.
	 * @return array<int, array<string, mixed>>
	 */
	public function files( int $id ): array {
		global $wpdb;
		$table = FeedbackTables::table( FeedbackTables::FILES );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE feedback_id = %d ORDER BY id", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- own table.
		return array_map( array( self::class, 'cast' ), $rows ?: array() );
	}

	/**
	 * One file by ID.
	 *
	 * @since 0.1.0
	 *
	 * @param int $file_id File ID.
	 * @return array<string, mixed>|null
	 */
	public function file( int $file_id ): ?array {
		global $wpdb;
		$table = FeedbackTables::table( FeedbackTables::FILES );
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $file_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- own table.
		return $row ? self::cast( $row ) : null;
	}

	/**
	 * An item's history, oldest first (`data` decoded).
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Item ID.
	 * @return array<int, array<string, mixed>>
	 */
	public function events( int $id ): array {
		global $wpdb;
		$table = FeedbackTables::table( FeedbackTables::EVENTS );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE feedback_id = %d ORDER BY id", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- own table.
		return array_map(
			static function ( array $row ): array {
				$row         = self::cast( $row );
				$row['data'] = null === $row['data'] ? null : json_decode( (string) $row['data'], true );
				return $row;
			},
			$rows ?: array()
		);
	}

	/**
	 * One page of items for the inbox.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $args status (string|string[]), type, channel, unit_id,
	 *                                   holder_user_id, overdue (bool), search, orderby (see
	 *                                   SORTABLE), order (asc|desc), page, per_page (≤ 100).
	 * @return array{items: array<int, array<string, mixed>>, total: int}
	 */
	public function query( array $args = array() ): array {
		global $wpdb;

		$where = '1=1';
		foreach ( array( 'status', 'type', 'channel' ) as $column ) {
			if ( empty( $args[ $column ] ) ) {
				continue;
			}
			$values = array_map( 'strval', (array) $args[ $column ] );
			// The column name comes from the list above, never from the request.
			$where .= $wpdb->prepare( " AND {$column} IN (" . implode( ',', array_fill( 0, count( $values ), '%s' ) ) . ')', $values ); // phpcs:ignore WordPress.DB.PreparedSQL -- column from a fixed list.
		}
		if ( isset( $args['unit_id'] ) && '' !== $args['unit_id'] ) {
			$where .= $wpdb->prepare( ' AND unit_id = %d', (int) $args['unit_id'] );
		}
		if ( isset( $args['holder_user_id'] ) && '' !== $args['holder_user_id'] ) {
			$where .= $wpdb->prepare( ' AND holder_user_id = %d', (int) $args['holder_user_id'] );
		}
		if ( ! empty( $args['overdue'] ) ) {
			$where .= $wpdb->prepare( ' AND deadline_at IS NOT NULL AND deadline_at < %s AND status NOT IN (%s, %s)', gmdate( 'Y-m-d H:i:s' ), FeedbackStatus::ANSWERED, FeedbackStatus::CLOSED );
		}
		if ( isset( $args['search'] ) && '' !== trim( (string) $args['search'] ) ) {
			$like   = '%' . $wpdb->esc_like( trim( (string) $args['search'] ) ) . '%';
			$where .= $wpdb->prepare( ' AND (code = %s OR subject LIKE %s OR content LIKE %s)', TrackingCode::normalize( (string) $args['search'] ), $like, $like );
		}
		$orderby  = in_array( $args['orderby'] ?? '', self::SORTABLE, true ) ? (string) $args['orderby'] : 'received_at';
		$order    = 'asc' === strtolower( (string) ( $args['order'] ?? '' ) ) ? 'ASC' : 'DESC';
		$per_page = max( 1, min( 100, (int) ( $args['per_page'] ?? 20 ) ) );
		$offset   = ( max( 1, (int) ( $args['page'] ?? 1 ) ) - 1 ) * $per_page;
		$table    = $wpdb->prefix . FeedbackTables::ITEMS;

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" );
		$sort = 'ASC' === $order
			? $wpdb->prepare( ' ORDER BY %i ASC, id ASC LIMIT %d, %d', $orderby, $offset, $per_page )
			: $wpdb->prepare( ' ORDER BY %i DESC, id DESC LIMIT %d, %d', $orderby, $offset, $per_page );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$rows = $wpdb->get_results( "SELECT * FROM {$table} WHERE {$where}{$sort}", ARRAY_A );

		return array(
			'items' => array_map( array( self::class, 'cast' ), $rows ?: array() ),
			'total' => $total,
		);
	}

	/**
	 * Erases the citizen's personal data from an item, keeping the matter itself (the content
	 * is the commune's record of what was raised and answered).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id     Item ID.
	 * @param string $reason Why: `request` or `retention`.
	 * @return bool Whether anything was erased.
	 */
	public function erase_personal( int $id, string $reason ): bool {
		global $wpdb;
		$done = $wpdb->update( // phpcs:ignore WordPress.DB -- own table.
			FeedbackTables::table( FeedbackTables::ITEMS ),
			array(
				'name'               => '',
				'email'              => null,
				'phone'              => null,
				'address'            => null,
				'ip_hash'            => '',
				'personal_erased_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array(
				'id'                 => $id,
				'personal_erased_at' => null,
			)
		);
		if ( ! $done ) {
			return false;
		}
		$this->append_event( $id, FeedbackEvent::ERASED, array( 'data' => array( 'reason' => $reason ) ) );
		return true;
	}

	/**
	 * IDs of the items sent with an e-mail address (for the privacy exporter and eraser).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email Address.
	 * @return int[]
	 */
	public function ids_by_email( string $email ): array {
		global $wpdb;
		$email = ContactNormalizer::email( $email );
		if ( '' === $email ) {
			return array();
		}
		$table = FeedbackTables::table( FeedbackTables::ITEMS );
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE email = %s ORDER BY id LIMIT 500", $email ) ) ); // phpcs:ignore WordPress.DB -- own table.
	}

	/**
	 * IDs of items whose personal data are due for erasure: still present, and the item's
	 * last step (closed, answered, else received) before the given time.
	 *
	 * @since 0.1.0
	 *
	 * @param string $before UTC `Y-m-d H:i:s`.
	 * @param int    $limit  Most IDs.
	 * @return int[]
	 */
	public function ids_due_for_erasure( string $before, int $limit ): array {
		global $wpdb;
		$table = FeedbackTables::table( FeedbackTables::ITEMS );
		// phpcs:ignore WordPress.DB -- own table.
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE personal_erased_at IS NULL AND COALESCE(closed_at, answered_at, received_at) < %s ORDER BY id LIMIT %d", $before, $limit ) ) );
	}

	/**
	 * Writes one event row.
	 *
	 * @param int                  $id   Item ID.
	 * @param string               $kind Event kind.
	 * @param array<string, mixed> $args See `append_event()`.
	 * @return int Event ID, 0 on failure.
	 */
	private function write_event( int $id, string $kind, array $args ): int {
		global $wpdb;
		$user = array_key_exists( 'user_id', $args ) ? $args['user_id'] : get_current_user_id();
		$ok   = $wpdb->insert( // phpcs:ignore WordPress.DB -- own table.
			FeedbackTables::table( FeedbackTables::EVENTS ),
			array(
				'feedback_id' => $id,
				'kind'        => $kind,
				'user_id'     => $user ? (int) $user : null,
				'unit_id'     => empty( $args['unit_id'] ) ? null : (int) $args['unit_id'],
				'body'        => isset( $args['body'] ) ? (string) $args['body'] : null,
				'data'        => isset( $args['data'] ) ? wp_json_encode( $args['data'] ) : null,
				'created_at'  => gmdate( 'Y-m-d H:i:s' ),
			)
		);
		return $ok ? (int) $wpdb->insert_id : 0;
	}

	/**
	 * Casts integer columns.
	 *
	 * @param array<string, mixed> $row Row as read.
	 * @return array<string, mixed>
	 */
	private static function cast( array $row ): array {
		foreach ( self::INTEGERS as $column ) {
			if ( isset( $row[ $column ] ) ) {
				$row[ $column ] = (int) $row[ $column ];
			}
		}
		return $row;
	}

	/**
	 * Null for an empty value.
	 *
	 * @param mixed $value Value.
	 * @return string|null
	 */
	private static function nullable( $value ): ?string {
		return null === $value || '' === $value ? null : (string) $value;
	}
}
