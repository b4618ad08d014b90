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
 * A subclass declares `NAME` and `REWRITE_OPTION` and gives what differs in {@see self::args()}.
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
	 * Registers the post type.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$args            = $this->args();
		$args['rewrite'] = array(
			'slug'       => $args['rewrite'],
			'with_front' => false,
		);
		register_post_type(
			static::NAME,
			$args + array(
				'public'          => true,
				'show_in_rest'    => true,
				'capability_type' => 'post',
				'map_meta_cap'    => true,
				'has_archive'     => false,
				'supports'        => array( 'title', 'editor', 'author', 'revisions', 'custom-fields' ),
			)
		);
	}

	/**
	 * What this type has of its own: `labels`, `description`, `rest_base`, `menu_icon`,
	 * `menu_position`, `rewrite` (the slug of its addresses) and, where they differ, `supports`.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed> Arguments of `register_post_type()`.
	 */
	abstract protected function args(): array;
}
