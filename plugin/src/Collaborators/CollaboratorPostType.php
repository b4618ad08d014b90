<?php
/**
 * The collaborator registry (Art. 6.3.5): people who write for the page, most without an account.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\RecordPostType;

/**
 * A private post type: the title is the collaborator's name; unit, contact, notes and the
 * optional linked user account are meta. Served under `ttdt/v1/collaborators` by a controller
 * that keeps the records (personal data) to those who manage the registry.
 *
 * @since 0.1.0
 */
final class CollaboratorPostType extends RecordPostType {

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
	public static function register(): void {
		register_post_type(
			self::NAME,
			self::args(
				self::MANAGE_CAPABILITY,
				array(
					'labels'                => array(
						'name'          => __( 'Collaborators', 'ttdt-portal' ),
						'singular_name' => __( 'Collaborator', 'ttdt-portal' ),
						'add_new_item'  => __( 'Add collaborator', 'ttdt-portal' ),
						'edit_item'     => __( 'Edit collaborator', 'ttdt-portal' ),
					),
					'description'           => __( 'People who write for the e-information page, with or without an account.', 'ttdt-portal' ),
					'rest_base'             => 'collaborators',
					'rest_controller_class' => CollaboratorsController::class,
				)
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public static function register_meta(): void {
		foreach ( self::meta_definitions() as $key => $args ) {
			register_post_meta( self::NAME, $key, $args );
		}
	}

	/**
	 * {@inheritDoc}
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
