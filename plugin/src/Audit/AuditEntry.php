<?php
/**
 * One event for the audit log: who, from where, did what to which object, before and after.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use WP_User;

/**
 * Built by {@see AuditRecorder}; the time is set by {@see AuditLog::append()} in UTC.
 *
 * @since 0.1.0
 */
final class AuditEntry {

	/**
	 * What happened, `<area>.<verb>`, e.g. `post.publish`, `user.role`, `workflow.approve`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $action;

	/**
	 * Kind of object acted on: `post`, `user`, `settings`, `quota`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $object_type;

	/**
	 * ID of the object, 0 when it has none.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $object_id;

	/**
	 * The object as it was named at the time (an item's title, an account's login), so the
	 * entry still reads correctly after the object is renamed or deleted.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $summary;

	/**
	 * Changed fields before the event (field => value), or null.
	 *
	 * @since 0.1.0
	 * @var array<string, mixed>|null
	 */
	public ?array $before;

	/**
	 * The same fields after the event, or null.
	 *
	 * @since 0.1.0
	 * @var array<string, mixed>|null
	 */
	public ?array $after;

	/**
	 * Who acted (0: the system, e.g. scheduled publishing, or an anonymous visitor).
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $user_id = 0;

	/**
	 * The actor's login at the time (or the login tried, for a failed login).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $user_login = '';

	/**
	 * The client's IP address, '' when there is none (cron, command line).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $ip = '';

	/**
	 * Whether the actor was set explicitly; otherwise it is the current user when appended.
	 *
	 * @var bool
	 */
	private bool $actor_set = false;

	/**
	 * Constructor: the actor defaults to the user current when the entry is appended.
	 *
	 * @since 0.1.0
	 *
	 * @param string                    $action      What happened.
	 * @param string                    $object_type Kind of object.
	 * @param int                       $object_id   Object ID.
	 * @param string                    $summary     Object's name at the time.
	 * @param array<string, mixed>|null $before      Changed fields before.
	 * @param array<string, mixed>|null $after       Changed fields after.
	 */
	public function __construct( string $action, string $object_type, int $object_id, string $summary, ?array $before = null, ?array $after = null ) {
		$this->action      = $action;
		$this->object_type = $object_type;
		$this->object_id   = $object_id;
		$this->summary     = $summary;
		$this->before      = $before;
		$this->after       = $after;
		$this->ip          = ClientIp::current();
	}

	/**
	 * Sets the actor.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User|null $user Actor, or null for the system.
	 * @return self
	 */
	public function by( ?WP_User $user ): self {
		$this->user_id    = $user ? (int) $user->ID : 0;
		$this->user_login = $user && $user->ID ? (string) $user->user_login : '';
		$this->actor_set  = true;
		return $this;
	}

	/**
	 * Makes the current user the actor unless one was set. Not called while WordPress is
	 * still working out who the current user is (a failed login sets its actor), which would
	 * recurse.
	 *
	 * @since 0.1.0
	 *
	 * @return self
	 */
	public function resolve_actor(): self {
		return $this->actor_set ? $this : $this->by( wp_get_current_user() );
	}
}
