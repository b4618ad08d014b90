<?php
/**
 * Why the sessions of an account were ended, as the audit log records it.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

/**
 * The `reason` of a `user.sessions_end` entry: a code, so the entry reads the same whatever
 * the language of whoever recorded it; {@see self::labels()} names it for the reader.
 *
 * @since 0.1.0
 */
final class SessionEndReason {

	/**
	 * An administrator ended them from the portal (the sessions screen or the profile).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANUAL = 'manual';

	/**
	 * The account's role changed.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ROLE = 'role';

	/**
	 * Core's "Log Out Everywhere", pressed by someone else for the account.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EVERYWHERE = 'everywhere';

	/**
	 * Core's "Log Out Everywhere Else", pressed by the account's owner: their session stays.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EVERYWHERE_ELSE = 'everywhere_else';

	/**
	 * Reason => label.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function labels(): array {
		return array(
			self::MANUAL          => _x( 'An administrator ended them', 'reason sessions ended', 'ttdt-portal' ),
			self::ROLE            => _x( 'The permission level of the account changed', 'reason sessions ended', 'ttdt-portal' ),
			self::EVERYWHERE      => _x( '"Log Out Everywhere" on the profile, by another user', 'reason sessions ended', 'ttdt-portal' ),
			self::EVERYWHERE_ELSE => _x( '"Log Out Everywhere Else" by the account holder, whose own session stays', 'reason sessions ended', 'ttdt-portal' ),
		);
	}
}
