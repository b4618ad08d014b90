<?php
/**
 * Site Health recommends the Vietnamese date formats.
 *
 * @package Ttdt
 */

namespace Ttdt\Settings;

defined( 'ABSPATH' ) || exit;

use Ttdt\Admin\AdminScreens;
use Ttdt\Support\Hookable;

/**
 * A direct Site Health test: good when the site writes 30/11/2026 and 14:05, a
 * recommendation with the one-step fix otherwise.
 *
 * @since 0.1.0
 */
final class DateFormatsHealthCheck implements Hookable {

	/**
	 * Site Health test name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TEST = 'ttdt_date_formats';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'site_status_tests', array( $this, 'add_test' ) );
	}

	/**
	 * Adds the test.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $tests Site Health tests.
	 * @return array<string, mixed>
	 */
	public function add_test( $tests ) {
		$tests['direct'][ self::TEST ] = array(
			'label' => __( 'Vietnamese date formats', 'ttdt-portal' ),
			'test'  => array( $this, 'run' ),
		);
		return $tests;
	}

	/**
	 * Runs the test.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function run(): array {
		$current = DateFormats::current();
		$result  = array(
			'label'       => __( 'The site writes dates the Vietnamese way', 'ttdt-portal' ),
			'status'      => 'good',
			'badge'       => array(
				'label' => __( 'E-information page', 'ttdt-portal' ),
				'color' => 'blue',
			),
			'description' => '<p>' . esc_html(
				sprintf(
					/* translators: %s: the current date and time in the site's formats. */
					__( 'Dates and times read like this: %s.', 'ttdt-portal' ),
					$current['example']
				)
			) . '</p>',
			'actions'     => '',
			'test'        => self::TEST,
		);
		if ( $current['vietnamese'] ) {
			return $result;
		}
		$result['label']   = __( 'The site does not write dates the Vietnamese way', 'ttdt-portal' );
		$result['status']  = 'recommended';
		$result['actions'] = sprintf(
			'<p><a href="%1$s">%2$s</a></p>',
			esc_url( admin_url( 'admin.php?page=' . AdminScreens::page_slug( SettingsScreen::NAME ) ) ),
			esc_html__( 'Use the Vietnamese formats (30/11/2026, 14:05) for the whole site in one step', 'ttdt-portal' )
		);
		return $result;
	}
}
