<?php
/**
 * The admin screen of the archive packages.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * Lists the kept packages (size, date, verification) and starts export, verification and
 * restore as background jobs with their progress (`admin-ui/screens/archive`).
 *
 * @since 0.1.0
 */
final class ArchiveScreen implements AdminScreen {

	/**
	 * The screen's name (its script and page slug).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'archive';

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
		return __( 'Archive packages', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Archive packages', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::MANAGE_ARCHIVES;
	}
}
