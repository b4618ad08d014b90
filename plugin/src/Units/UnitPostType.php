<?php
/**
 * The units (phòng, ban, đoàn thể) feedback is forwarded to.
 *
 * @package Ttdt
 */

namespace Ttdt\Units;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Content\RecordPostType;

/**
 * A private post type: the title is the unit's name; its head, e-mail and phone are meta.
 * The organisation pages will later show the same records, so they are posts, not options.
 * Managed by administrators (`ttdt_manage_units`); those who handle feedback read the list
 * to choose where to forward (see `UnitsController`).
 *
 * @since 0.1.0
 */
final class UnitPostType extends RecordPostType {

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
	public static function register(): void {
		register_post_type(
			self::NAME,
			self::args(
				Capabilities::MANAGE_UNITS,
				array(
					'labels'                => array(
						'name'          => __( 'Units', 'ttdt-portal' ),
						'singular_name' => __( 'Unit', 'ttdt-portal' ),
						'add_new_item'  => __( 'Add unit', 'ttdt-portal' ),
						'edit_item'     => __( 'Edit unit', 'ttdt-portal' ),
					),
					'description'           => __( 'Offices and organisations of the commune that feedback is forwarded to.', 'ttdt-portal' ),
					'rest_base'             => 'units',
					'rest_controller_class' => UnitsController::class,
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
}
