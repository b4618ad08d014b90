<?php
/**
 * The incident reports screen.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * `admin-ui/screens/incidents/`: the reports (all of them for the head, one's own for
 * others) on DataViews, the report form, and one's own account activity with "this was not
 * me".
 *
 * @since 0.1.0
 */
final class IncidentsScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-incidents`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'incidents';

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
		return __( 'Incidents', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'Incident reports and account activity', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::REPORT_INCIDENT;
	}
}
