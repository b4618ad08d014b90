<?php
/**
 * The fields of a business promotion entry.
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Documents\MetaField;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * What a visitor needs to contact the business (Art. 11), and what the board keeps about the
 * entry without publishing it: the business's written confirmation, the moderator's check of
 * that confirmation and the fee. Those three are shown only in the `edit` context, so the
 * public REST answer never carries them.
 *
 * @since 0.1.0
 */
final class BusinessMeta implements Hookable {

	/**
	 * What the entry presents: `business` or `product`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const KIND = 'ttdt_biz_kind';

	/**
	 * Address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ADDRESS = 'ttdt_biz_address';

	/**
	 * Telephone.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PHONE = 'ttdt_biz_phone';

	/**
	 * E-mail address.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EMAIL = 'ttdt_biz_email';

	/**
	 * Website.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const WEBSITE = 'ttdt_biz_website';

	/**
	 * Typical products, one per line.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PRODUCTS = 'ttdt_biz_products';

	/**
	 * The business's written confirmation of the content (attachment ID; not public).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CONFIRMATION = 'ttdt_biz_confirmation';

	/**
	 * The confirmation a moderator checked (attachment ID): equal to `CONFIRMATION` once the
	 * attached file was checked, so a replaced file needs a new check.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CHECKED = 'ttdt_biz_confirmation_checked';

	/**
	 * Fee charged for the promotion, in đồng (0: none).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FEE = 'ttdt_biz_fee';

	/**
	 * Receipt of the fee (number and date).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FEE_RECEIPT = 'ttdt_biz_fee_receipt';

	/**
	 * Values of `KIND`.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const KINDS = array( 'business', 'product' );

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register' ) );
	}

	/**
	 * Registers the fields.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$fields = array(
			self::KIND         => self::kind(),
			self::ADDRESS      => MetaField::text( __( 'Address of the business.', 'ttdt-portal' ), 300 ),
			self::PHONE        => MetaField::text( __( 'Telephone of the business.', 'ttdt-portal' ), 50 ),
			self::EMAIL        => self::email(),
			self::WEBSITE      => MetaField::url( __( 'Website of the business.', 'ttdt-portal' ) ),
			self::PRODUCTS     => MetaField::textarea( __( 'Typical products, one per line.', 'ttdt-portal' ) ),
			self::CONFIRMATION => self::internal( self::number( __( 'The business\'s written confirmation of the content (media library ID).', 'ttdt-portal' ) ) ),
			self::CHECKED      => self::internal( self::number( __( 'The confirmation a moderator checked (media library ID).', 'ttdt-portal' ) ) ),
			self::FEE          => self::internal( self::number( __( 'Fee charged for the promotion, in đồng; 0 when none.', 'ttdt-portal' ) ) ),
			self::FEE_RECEIPT  => self::internal( MetaField::text( __( 'Receipt of the fee: number and date.', 'ttdt-portal' ), 100 ) ),
		);
		// Only someone who may review the entry (never its own writer) checks the confirmation.
		$fields[ self::CHECKED ]['auth_callback'] = static fn( $allowed, $meta_key, $post_id ): bool => current_user_can( Capabilities::REVIEW_POST, (int) $post_id );
		foreach ( $fields as $key => $args ) {
			register_post_meta( BusinessPostType::NAME, $key, $args );
		}
	}

	/**
	 * A field the public REST answer leaves out.
	 *
	 * @param array<string, mixed> $args Field arguments.
	 * @return array<string, mixed>
	 */
	private static function internal( array $args ): array {
		$args['show_in_rest']['schema']['context'] = array( 'edit' );
		return $args;
	}

	/**
	 * A whole number, 0 or more.
	 *
	 * @param string $description What the field holds.
	 * @return array<string, mixed>
	 */
	private static function number( string $description ): array {
		return array(
			'type'              => 'integer',
			'description'       => $description,
			'single'            => true,
			'default'           => 0,
			'sanitize_callback' => 'absint',
			'auth_callback'     => array( MetaField::class, 'can_edit' ),
			'show_in_rest'      => array( 'schema' => array( 'minimum' => 0 ) ),
		);
	}

	/**
	 * The kind of entry.
	 *
	 * @return array<string, mixed>
	 */
	private static function kind(): array {
		return array(
			'type'              => 'string',
			'description'       => __( 'What the entry presents: a business or a typical product.', 'ttdt-portal' ),
			'single'            => true,
			'default'           => 'business',
			'sanitize_callback' => static fn( $value ): string => in_array( $value, self::KINDS, true ) ? (string) $value : 'business',
			'auth_callback'     => array( MetaField::class, 'can_edit' ),
			'show_in_rest'      => array( 'schema' => array( 'enum' => self::KINDS ) ),
		);
	}

	/**
	 * An e-mail address, or empty.
	 *
	 * @return array<string, mixed>
	 */
	private static function email(): array {
		return array(
			'type'              => 'string',
			'description'       => __( 'E-mail address of the business.', 'ttdt-portal' ),
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => static fn( $value ): string => (string) sanitize_email( (string) $value ),
			'auth_callback'     => array( MetaField::class, 'can_edit' ),
			'show_in_rest'      => array(
				'schema' => array(
					'maxLength' => 200,
					'pattern'   => '^([^@\\s]+@[^@\\s]+)?$',
				),
			),
		);
	}
}
