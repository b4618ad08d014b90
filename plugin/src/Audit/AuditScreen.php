<?php
/**
 * The audit log screen of the plugin's admin menu.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/audit`: who changed what and when, for those who may read the log.
 *
 * @since 0.1.0
 */
final class AuditScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-audit`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'audit';

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return self::NAME;
	}

	/**
	 * {@inheritDoc}
	 */
	public function menu_title(): string {
		return __( 'Audit log', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Audit log', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::READ_AUDIT_LOG;
	}
}
