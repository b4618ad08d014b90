<?php
/**
 * What to read from the audit log: filters and a page.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use DateInterval;
use DateTimeImmutable;
use DateTimeZone;
use WP_REST_Request;

/**
 * Filters map one-to-one onto the table's indexes; see {@see AuditTable}.
 *
 * @since 0.1.0
 */
final class AuditQuery {

	/**
	 * Only entries by this user (0: any).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $user_id = 0;

	/**
	 * Only this action, e.g. `post.publish` ('' : any).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $action = '';

	/**
	 * Only this kind of object: `post`, `user`, `settings`… ('' : any).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $object_type = '';

	/**
	 * Only this object (0: any).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $object_id = 0;

	/**
	 * First day, `Y-m-d` in the site's time zone ('' : no limit).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $date_from = '';

	/**
	 * Last day, `Y-m-d` in the site's time zone, included ('' : no limit).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $date_to = '';

	/**
	 * Keyset cursor: only entries older than this entry (0: from the newest).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $before_id = 0;

	/**
	 * Entries per page.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $per_page = 50;

	/**
	 * Page number, used only without a cursor.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $page = 1;

	/**
	 * Filters and paging from a REST request (its arguments are already validated against
	 * {@see AuditSchema::query_params()}).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Request $request Request.
	 * @return self
	 */
	public static function from_request( WP_REST_Request $request ): self {
		$query              = new self();
		$query->user_id     = (int) $request['user'];
		$query->action      = (string) $request['action'];
		$query->object_type = (string) $request['object_type'];
		$query->object_id   = (int) $request['object_id'];
		$query->date_from   = (string) $request['date_from'];
		$query->date_to     = (string) $request['date_to'];
		$query->before_id   = (int) $request['before_id'];
		$query->per_page    = (int) ( $request['per_page'] ?? 50 );
		$query->page        = (int) ( $request['page'] ?? 1 );
		return $query;
	}

	/**
	 * The same filters with a cursor instead of a page number.
	 *
	 * @since 0.1.0
	 *
	 * @param int $before_id Entry ID.
	 * @return self
	 */
	public function after_entry( int $before_id ): self {
		$next            = clone $this;
		$next->before_id = $before_id;
		$next->page      = 1;
		return $next;
	}

	/**
	 * First instant of the date range as a UTC `Y-m-d H:i:s` (the column's zone), or ''.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function utc_from(): string {
		return '' === $this->date_from ? '' : self::utc_midnight( $this->date_from, 0 );
	}

	/**
	 * First instant after the date range as a UTC `Y-m-d H:i:s`, or ''.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function utc_until(): string {
		return '' === $this->date_to ? '' : self::utc_midnight( $this->date_to, 1 );
	}

	/**
	 * Midnight of a site-time day (plus some days) in UTC.
	 *
	 * @param string $day  Day, `Y-m-d`.
	 * @param int    $plus Days to add.
	 * @return string
	 */
	private static function utc_midnight( string $day, int $plus ): string {
		$local = DateTimeImmutable::createFromFormat( '!Y-m-d', $day, wp_timezone() );
		if ( ! $local ) {
			return '1970-01-01 00:00:00';
		}
		return $local->add( new DateInterval( 'P' . $plus . 'D' ) )->setTimezone( new DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' );
	}
}
