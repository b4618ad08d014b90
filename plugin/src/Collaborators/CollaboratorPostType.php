<?php
/**
 * The collaborator registry (Art. 6.3.5): people who write for the page, most without an account.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * A private post type: the title is the collaborator's name; unit, contact, notes and the
 * optional linked user account are meta. Served under `ttdt/v1/collaborators` by a controller
 * that keeps the records (personal data) to those who manage the registry.
 *
 * @since 0.1.0
 */
final class CollaboratorPostType implements Hookable {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_collaborator';

	/**
	 * Capability needed to read and manage the registry: that of staff who edit others' items
	 * (updaters and above, Art. 12.2). Collaborators themselves do not see the registry.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_CAPABILITY = 'edit_others_posts';

	/**
	 * Unit or organisation the collaborator belongs to.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_UNIT = 'ttdt_unit';

	/**
	 * Telephone number.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_PHONE = 'ttdt_phone';

	/**
	 * E-mail address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_EMAIL = 'ttdt_email';

	/**
	 * Free notes (training, rewards, remarks).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_NOTES = 'ttdt_notes';

	/**
	 * ID of the user account of the collaborator, 0 when they have none.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_USER_ID = 'ttdt_user_id';

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
		$manage = self::MANAGE_CAPABILITY;
		register_post_type(
			'ttdt_collaborator',
			array(
				'labels'                => array(
					'name'          => __( 'Collaborators', 'ttdt-portal' ),
					'singular_name' => __( 'Collaborator', 'ttdt-portal' ),
					'add_new_item'  => __( 'Add collaborator', 'ttdt-portal' ),
					'edit_item'     => __( 'Edit collaborator', 'ttdt-portal' ),
				),
				'description'           => __( 'People who write for the e-information page, with or without an account.', 'ttdt-portal' ),
				'public'                => false,
				'publicly_queryable'    => false,
				'exclude_from_search'   => true,
				'show_ui'               => false,
				'show_in_nav_menus'     => false,
				'show_in_rest'          => true,
				'rest_namespace'        => 'ttdt/v1',
				'rest_base'             => 'collaborators',
				'rest_controller_class' => CollaboratorsController::class,
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
			register_post_meta( 'ttdt_collaborator', $key, $args );
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
			self::META_UNIT    => array_merge( $text, array( 'description' => __( 'Unit or organisation.', 'ttdt-portal' ) ) ),
			self::META_PHONE   => array_merge( $text, array( 'description' => __( 'Telephone number.', 'ttdt-portal' ) ) ),
			self::META_EMAIL   => array_merge(
				$text,
				array(
					'description'       => __( 'E-mail address.', 'ttdt-portal' ),
					'sanitize_callback' => 'sanitize_email',
				)
			),
			self::META_NOTES   => array_merge(
				$text,
				array(
					'description'       => __( 'Notes: training, rewards, remarks.', 'ttdt-portal' ),
					'sanitize_callback' => 'sanitize_textarea_field',
				)
			),
			self::META_USER_ID => array(
				'type'              => 'integer',
				'description'       => __( 'User account of the collaborator, 0 when none.', 'ttdt-portal' ),
				'single'            => true,
				'default'           => 0,
				'sanitize_callback' => array( self::class, 'sanitize_user_id' ),
				'auth_callback'     => array( self::class, 'can_edit' ),
				'show_in_rest'      => true,
			),
		);
	}

	/**
	 * Hides the registry's meta from the generic "Custom fields" box.
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
		return in_array( $meta_key, array( self::META_UNIT, self::META_PHONE, self::META_EMAIL, self::META_NOTES, self::META_USER_ID ), true );
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

	/**
	 * A user ID, or 0 when no such user exists.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Raw value.
	 * @return int
	 */
	public static function sanitize_user_id( $value ): int {
		$id = is_numeric( $value ) ? absint( $value ) : 0;
		return $id && get_userdata( $id ) ? $id : 0;
	}
}
