<?php
/**
 * The admin screen of the periodic activity reports.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * The screen itself is `admin-ui/screens/reports/` (figures, charts, XLSX, the board's notes,
 * and a link to the printable report).
 *
 * @since 0.1.0
 */
final class ReportsScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-reports`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'reports';

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
		return __( 'Activity reports', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Activity reports to the chairman', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::VIEW_REPORTS;
	}
}
