<?php
/**
 * The fields of a directive document.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * Number/symbol, signer, the three dates, attached files and relations. Relations are typed
 * on the newer document only (it replaces, amends or supplements older ones); the inverse
 * ("replaced by") is read from them by {@see Relations}, never typed twice.
 *
 * @since 0.1.0
 */
final class DocumentMeta implements Hookable {

	/**
	 * Number and symbol (số/ký hiệu), e.g. "12/QĐ-UBND".
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NUMBER = 'ttdt_doc_number';

	/**
	 * Who signed the document.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SIGNER = 'ttdt_doc_signer';

	/**
	 * Issue date (ngày ban hành), `YYYY-MM-DD`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ISSUED = 'ttdt_doc_issued';

	/**
	 * Effective date (ngày hiệu lực), `YYYY-MM-DD` or empty.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EFFECTIVE = 'ttdt_doc_effective';

	/**
	 * Expiry date (ngày hết hiệu lực), `YYYY-MM-DD` or empty.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EXPIRES = 'ttdt_doc_expires';

	/**
	 * Attached files (attachment IDs).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILES = 'ttdt_doc_files';

	/**
	 * Documents this one replaces.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REPLACES = 'ttdt_doc_replaces';

	/**
	 * Documents this one amends.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const AMENDS = 'ttdt_doc_amends';

	/**
	 * Documents this one supplements.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SUPPLEMENTS = 'ttdt_doc_supplements';

	/**
	 * The relation keys.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const RELATIONS = array( self::REPLACES, self::AMENDS, self::SUPPLEMENTS );

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
			self::NUMBER      => MetaField::text( __( 'Number and symbol of the document, e.g. 12/QĐ-UBND.', 'ttdt-portal' ), 100 ),
			self::SIGNER      => MetaField::text( __( 'Who signed the document.', 'ttdt-portal' ) ),
			self::ISSUED      => MetaField::date( __( 'Issue date, YYYY-MM-DD.', 'ttdt-portal' ) ),
			self::EFFECTIVE   => MetaField::date( __( 'Effective date, YYYY-MM-DD.', 'ttdt-portal' ) ),
			self::EXPIRES     => MetaField::date( __( 'Expiry date, YYYY-MM-DD.', 'ttdt-portal' ) ),
			self::FILES       => MetaField::ids( __( 'Attached files (media library IDs).', 'ttdt-portal' ) ),
			self::REPLACES    => MetaField::ids( __( 'Documents this document replaces.', 'ttdt-portal' ) ),
			self::AMENDS      => MetaField::ids( __( 'Documents this document amends.', 'ttdt-portal' ) ),
			self::SUPPLEMENTS => MetaField::ids( __( 'Documents this document supplements.', 'ttdt-portal' ) ),
		);
		foreach ( $fields as $key => $args ) {
			register_post_meta( DocumentPostType::NAME, $key, $args );
		}
	}
}
