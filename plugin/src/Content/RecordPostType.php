<?php
/**
 * Base of the post types that hold the commune's registers (units, officials, collaborators).
 *
 * @package Ttdt
 */

namespace Ttdt\Content;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;
use Ttdt\Support\ProtectedMeta;

/**
 * What every register shares, so a new one cannot get it wrong: a private post type (no
 * address, no search, no admin screen of core's: the plugin's own screen reads it through
 * `ttdt/v1/<rest_base>`), every capability of the type mapped to the one right of those who
 * manage the register, the record's fields as registered meta that only those who may edit the
 * record change ({@see self::can_edit()}) and that the generic "Custom fields" box never shows
 * ({@see ProtectedMeta}).
 *
 * A subclass declares `NAME`, lists its fields in `meta_definitions()` and registers with what
 * differs, through {@see self::args()}.
 *
 * @since 0.1.0
 */
abstract class RecordPostType implements Hookable {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// A register has no page of its own and no query variable: a page view needs the type
		// only with its records' fields, so it is registered with them ({@see MetaRegistration}).
		MetaRegistration::on_init( array( static::class, 'register' ) );
		MetaRegistration::on_init( array( static::class, 'register_meta' ) );
		ProtectedMeta::add( static fn(): array => array_keys( static::meta_definitions() ) );
	}

	/**
	 * Registers the post type: `register_post_type( self::NAME, self::args( … ) )`.
	 *
	 * @since 0.1.0
	 */
	abstract public static function register(): void;

	/**
	 * Registers its meta: `register_post_meta( self::NAME, … )` for each field, the name written
	 * out in each type so the build-time contract reads it. On `init`, or when a page view
	 * first needs it ({@see MetaRegistration}).
	 *
	 * @since 0.1.0
	 */
	abstract public static function register_meta(): void;

	/**
	 * Meta key => `register_meta()` arguments.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	abstract public static function meta_definitions(): array;

	/**
	 * The arguments of `register_post_type()`: what the type has of its own (`labels`,
	 * `description`, `rest_base`, `rest_controller_class`) over what every register shares.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $manage Capability of those who manage the register.
	 * @param array<string, mixed> $own    The type's own arguments.
	 * @return array<string, mixed>
	 */
	protected static function args( string $manage, array $own ): array {
		$capabilities = array();
		foreach ( array( 'read', 'create_posts', 'edit_posts', 'edit_others_posts', 'edit_published_posts', 'edit_private_posts', 'publish_posts', 'read_private_posts', 'delete_posts', 'delete_others_posts', 'delete_published_posts', 'delete_private_posts' ) as $capability ) {
			$capabilities[ $capability ] = $manage;
		}
		return $own + array(
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_ui'             => false,
			'show_in_nav_menus'   => false,
			'show_in_rest'        => true,
			'rest_namespace'      => 'ttdt/v1',
			'supports'            => array( 'title', 'custom-fields' ),
			'map_meta_cap'        => true,
			'capabilities'        => $capabilities,
			'rewrite'             => false,
			'query_var'           => false,
			'delete_with_user'    => false,
		);
	}

	/**
	 * Only those who may edit the record may change its fields.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed  Whether allowed so far.
	 * @param string $meta_key Meta key.
	 * @param int    $post_id  Post ID.
	 * @return bool
	 */
	public static function can_edit( $allowed, $meta_key, $post_id ): bool {
		return current_user_can( 'edit_post', (int) $post_id );
	}
}
