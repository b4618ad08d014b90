<?php
/**
 * The plugin's capabilities and the one place where meta capabilities are mapped.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Checks in the code use these capabilities, never role names.
 *
 * @since 0.1.0
 */
final class Capabilities implements Hookable {

	/**
	 * Change the portal settings (unit name, legal values). Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_SETTINGS = 'ttdt_manage_settings';

	/**
	 * Approve or return submitted items (Art. 12.2, kiểm duyệt).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVE = 'ttdt_approve_posts';

	/**
	 * Read royalty statements (nhuận bút).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_ROYALTIES = 'ttdt_view_royalties';

	/**
	 * Export royalty statements for payment.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EXPORT_ROYALTIES = 'ttdt_export_royalties';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'map_meta_cap', array( $this, 'map_meta_cap' ), 10, 2 );
	}

	/**
	 * Maps the plugin's meta capabilities to primitive ones.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $caps Primitive capabilities required.
	 * @param string   $cap  Capability being checked.
	 * @return string[]
	 */
	public function map_meta_cap( array $caps, string $cap ): array {
		if ( self::MANAGE_SETTINGS === $cap ) {
			return array( 'manage_options' );
		}
		return $caps;
	}
}
