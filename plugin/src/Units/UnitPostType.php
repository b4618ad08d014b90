<?php
/**
 * The units (phòng, ban, đoàn thể) feedback is forwarded to.
 *
 * @package Ttdt
 */

namespace Ttdt\Units;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;

/**
 * A private post type: the title is the unit's name; its head, e-mail and phone are meta.
 * The organisation pages will later show the same records, so they are posts, not options.
 * Managed by administrators (`ttdt_manage_units`); those who handle feedback read the list
 * to choose where to forward (see `UnitsController`).
 *
 * @since 0.1.0
 */
final class UnitPostType implements Hookable {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_unit';

	/**
	 * Head of the unit: full name and title.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_HEAD = 'ttdt_unit_head';

	/**
	 * E-mail address the unit's answer links are sent to.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_EMAIL = 'ttdt_unit_email';

	/**
	 * Telephone number.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_PHONE = 'ttdt_unit_phone';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( self::class, 'register' ) );
		add_filter( 'is_protected_meta', array( self::class, 'protect' ), 10, 3 );
	}

	/**
	 * Registers the post type and its meta.
	 *
	 * @since 0.1.0
	 */
	public static function register(): void {
		$manage = Capabilities::MANAGE_UNITS;
		register_post_type(
			'ttdt_unit',
			array(
				'labels'                => array(
					'name'          => __( 'Units', 'ttdt-portal' ),
					'singular_name' => __( 'Unit', 'ttdt-portal' ),
					'add_new_item'  => __( 'Add unit', 'ttdt-portal' ),
					'edit_item'     => __( 'Edit unit', 'ttdt-portal' ),
				),
				'description'           => __( 'Offices and organisations of the commune that feedback is forwarded to.', 'ttdt-portal' ),
				'public'                => false,
				'publicly_queryable'    => false,
				'exclude_from_search'   => true,
				'show_ui'               => false,
				'show_in_nav_menus'     => false,
				'show_in_rest'          => true,
				'rest_namespace'        => 'ttdt/v1',
				'rest_base'             => 'units',
				'rest_controller_class' => UnitsController::class,
				'supports'              => array( 'title', 'custom-fields' ),
				'map_meta_cap'          => true,
				'capabilities'          => array(
					'read'                   => $manage,
					'create_posts'           => $manage,
					'edit_posts'             => $manage,
					'edit_others_posts'      => $manage,
					'edit_published_posts'   => $manage,
					'edit_private_posts'     => $manage,
					'publish_posts'          => $manage,
					'read_private_posts'     => $manage,
					'delete_posts'           => $manage,
					'delete_others_posts'    => $manage,
					'delete_published_posts' => $manage,
					'delete_private_posts'   => $manage,
				),
				'rewrite'               => false,
				'query_var'             => false,
				'delete_with_user'      => false,
			)
		);

		foreach ( self::meta_definitions() as $key => $args ) {
			register_post_meta( 'ttdt_unit', $key, $args );
		}
	}

	/**
	 * Meta key => `register_meta()` arguments.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function meta_definitions(): array {
		$text = array(
			'type'              => 'string',
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => 'sanitize_text_field',
			'auth_callback'     => array( self::class, 'can_edit' ),
			'show_in_rest'      => true,
		);
		return array(
			self::META_HEAD  => array_merge( $text, array( 'description' => __( 'Head of the unit: full name and title.', 'ttdt-portal' ) ) ),
			self::META_EMAIL => array_merge(
				$text,
				array(
					'description'       => __( 'E-mail address that receives the answer links.', 'ttdt-portal' ),
					'sanitize_callback' => 'sanitize_email',
				)
			),
			self::META_PHONE => array_merge( $text, array( 'description' => __( 'Telephone number.', 'ttdt-portal' ) ) ),
		);
	}

	/**
	 * A unit's name, head, e-mail and phone, or null when no such unit exists.
	 *
	 * @since 0.1.0
	 *
	 * @param int $unit_id Unit ID.
	 * @return array{id: int, name: string, head: string, email: string, phone: string}|null
	 */
	public static function find( int $unit_id ): ?array {
		$post = $unit_id ? get_post( $unit_id ) : null;
		if ( ! $post || self::NAME !== $post->post_type || 'publish' !== $post->post_status ) {
			return null;
		}
		return array(
			'id'    => (int) $post->ID,
			'name'  => (string) $post->post_title,
			'head'  => (string) get_post_meta( $post->ID, self::META_HEAD, true ),
			'email' => (string) get_post_meta( $post->ID, self::META_EMAIL, true ),
			'phone' => (string) get_post_meta( $post->ID, self::META_PHONE, true ),
		);
	}

	/**
	 * Hides the units' meta from the generic "Custom fields" box.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $protected Whether protected so far.
	 * @param string $meta_key  Meta key.
	 * @param string $meta_type Object type.
	 * @return bool
	 */
	public static function protect( $protected, $meta_key, $meta_type = '' ): bool {
		if ( $protected || ( '' !== $meta_type && 'post' !== $meta_type ) ) {
			return (bool) $protected;
		}
		return in_array( $meta_key, array( self::META_HEAD, self::META_EMAIL, self::META_PHONE ), true );
	}

	/**
	 * Only those who may edit the unit may change its fields.
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
