<?php
/**
 * The leadership and staff of the commune (Art. 4.1.1): one record per official.
 *
 * @package Ttdt
 */

namespace Ttdt\Organisation;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Content\RecordPostType;
use Ttdt\Units\UnitPostType;

/**
 * A private post type: the title is the official's name; the position, the unit (a record of
 * the one unit registry the feedback inbox forwards to, {@see UnitPostType}), photo, phone,
 * e-mail, order, whether the official is a contact officer for access-to-information requests
 * and whether the portal shows the official are meta. The regulation asks the portal to
 * publish leadership and staff contacts, so what the `ttdt/organisation` block shows is public;
 * the records themselves are edited and read through REST by those who manage the units.
 *
 * @since 0.1.0
 */
final class OfficialPostType extends RecordPostType {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_official';

	/**
	 * Position (chức vụ).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const POSITION = 'ttdt_official_position';

	/**
	 * The unit (ID of a `ttdt_unit`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UNIT = 'ttdt_official_unit';

	/**
	 * Photo (ID of an image in the media library; 0: none).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PHOTO = 'ttdt_official_photo';

	/**
	 * Work telephone.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PHONE = 'ttdt_official_phone';

	/**
	 * Work e-mail address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EMAIL = 'ttdt_official_email';

	/**
	 * Order within the unit, smallest first; the unit with the smallest order comes first.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ORDER = 'ttdt_official_order';

	/**
	 * Contact officer for access-to-information requests (Law on Access to Information).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CONTACT_OFFICER = 'ttdt_official_contact';

	/**
	 * Whether the portal shows the official.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SHOWN = 'ttdt_official_shown';

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
						'name'          => __( 'Officials', 'ttdt-portal' ),
						'singular_name' => __( 'Official', 'ttdt-portal' ),
						'add_new_item'  => __( 'Add official', 'ttdt-portal' ),
						'edit_item'     => __( 'Edit official', 'ttdt-portal' ),
					),
					'description'           => __( 'Leadership and staff of the commune\'s bodies and units, with their contacts, shown on the organisation page.', 'ttdt-portal' ),
					'rest_base'             => 'officials',
					'rest_controller_class' => OfficialsController::class,
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
		$can  = array( self::class, 'can_edit' );
		$text = array(
			'type'              => 'string',
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => 'sanitize_text_field',
			'auth_callback'     => $can,
			'show_in_rest'      => array( 'schema' => array( 'maxLength' => 200 ) ),
		);
		$number = array(
			'type'              => 'integer',
			'single'            => true,
			'default'           => 0,
			'sanitize_callback' => 'absint',
			'auth_callback'     => $can,
			'show_in_rest'      => array( 'schema' => array( 'minimum' => 0 ) ),
		);
		$flag = array(
			'type'              => 'boolean',
			'single'            => true,
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
			'auth_callback'     => $can,
			'show_in_rest'      => true,
		);
		return array(
			self::POSITION        => array_merge( $text, array( 'description' => __( 'Position, e.g. Chairman of the People\'s Committee.', 'ttdt-portal' ) ) ),
			self::UNIT            => array_merge( $number, array( 'description' => __( 'The unit the official belongs to.', 'ttdt-portal' ) ) ),
			self::PHOTO           => array_merge( $number, array( 'description' => __( 'Photo (media library ID; 0: none).', 'ttdt-portal' ) ) ),
			self::PHONE           => array_merge( $text, array( 'description' => __( 'Work telephone.', 'ttdt-portal' ) ) ),
			self::EMAIL           => array_merge(
				$text,
				array(
					'description'       => __( 'Work e-mail address.', 'ttdt-portal' ),
					'sanitize_callback' => 'sanitize_email',
				)
			),
			self::ORDER           => array_merge( $number, array( 'description' => __( 'Order on the organisation page, smallest first.', 'ttdt-portal' ) ) ),
			self::CONTACT_OFFICER => array_merge( $flag, array( 'description' => __( 'Contact officer for requests for access to information.', 'ttdt-portal' ) ) ),
			self::SHOWN           => array_merge(
				$flag,
				array(
					'description' => __( 'Shown on the portal.', 'ttdt-portal' ),
					'default'     => true,
				)
			),
		);
	}
}
