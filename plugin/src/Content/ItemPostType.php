<?php
/**
 * Base of the post types that are items of the workflow.
 *
 * @package Ttdt
 */

namespace Ttdt\Content;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * What every item type shares, so a new one cannot get it wrong: public, in REST, the
 * capabilities of news (`capability_type` post, so the four permission levels of Art. 12.2
 * apply unchanged), no archive page, an address of its own without the front base, the
 * editor's supports including custom fields (REST exposes registered meta only for types that
 * support them), and its rewrite rules added once on the first request after the plugin
 * brought the type (activation runs before the type is registered).
 *
 * A subclass declares `NAME` and `REWRITE_OPTION` and registers with what differs, through
 * {@see self::args()}.
 *
 * @since 0.1.0
 */
abstract class ItemPostType implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register' ), 5 );
		add_action( 'init', array( static::class, 'maybe_flush_rewrites' ), 99 );
	}

	/**
	 * Adds the type's addresses to the rewrite rules once.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_flush_rewrites(): void {
		if ( get_option( static::REWRITE_OPTION ) !== static::NAME ) {
			flush_rewrite_rules( false );
			update_option( static::REWRITE_OPTION, static::NAME );
		}
	}

	/**
	 * Registers the post type: `register_post_type( self::NAME, self::args( … ) )`, the name
	 * written out in each type so the build-time contract reads it.
	 *
	 * @since 0.1.0
	 */
	abstract public function register(): void;

	/**
	 * The arguments of `register_post_type()`: what the type has of its own (`labels`,
	 * `description`, `rest_base`, `menu_icon`, `menu_position`, `rewrite` as the slug of its
	 * addresses and, where they differ, `supports`) over what every item type shares.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $own The type's own arguments.
	 * @return array<string, mixed>
	 */
	protected static function args( array $own ): array {
		$own['rewrite'] = array(
			'slug'       => $own['rewrite'],
			'with_front' => false,
		);
		return $own + array(
			'public'          => true,
			'show_in_rest'    => true,
			'capability_type' => 'post',
			'map_meta_cap'    => true,
			'has_archive'     => false,
			'supports'        => array( 'title', 'editor', 'author', 'revisions', 'custom-fields' ),
		);
	}
}
