<?php
/**
 * The fields of an administrative procedure.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * What a citizen needs before going to the one-stop desk, and where the same procedure is on
 * the national public-service portal (Art. 2.2). Field and implementing body are taxonomies
 * ({@see DocumentTaxonomies}).
 *
 * @since 0.1.0
 */
final class ProcedureMeta implements Hookable {

	/**
	 * Code of the procedure on the national public-service portal.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CODE = 'ttdt_proc_code';

	/**
	 * Address of the procedure on the national public-service portal.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const URL = 'ttdt_proc_url';

	/**
	 * Steps (trình tự thực hiện).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const STEPS = 'ttdt_proc_steps';

	/**
	 * Dossier components (thành phần hồ sơ).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DOSSIER = 'ttdt_proc_dossier';

	/**
	 * Processing time (thời hạn giải quyết).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TIME = 'ttdt_proc_time';

	/**
	 * Fees and charges (phí, lệ phí).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FEES = 'ttdt_proc_fees';

	/**
	 * Legal basis (căn cứ pháp lý).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const BASIS = 'ttdt_proc_basis';

	/**
	 * Result (kết quả thực hiện).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RESULT = 'ttdt_proc_result';

	/**
	 * Downloadable forms (attachment IDs).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FORMS = 'ttdt_proc_forms';

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
			self::CODE    => MetaField::text( __( 'Code of the procedure on the national public-service portal.', 'ttdt-portal' ), 50 ),
			self::URL     => MetaField::url( __( 'Address of the procedure on the national public-service portal.', 'ttdt-portal' ) ),
			self::STEPS   => MetaField::textarea( __( 'Steps to carry out the procedure.', 'ttdt-portal' ) ),
			self::DOSSIER => MetaField::textarea( __( 'Documents the dossier must contain.', 'ttdt-portal' ) ),
			self::TIME    => MetaField::text( __( 'Processing time, e.g. 5 working days.', 'ttdt-portal' ) ),
			self::FEES    => MetaField::text( __( 'Fees and charges.', 'ttdt-portal' ), 500 ),
			self::BASIS   => MetaField::textarea( __( 'Legal basis.', 'ttdt-portal' ) ),
			self::RESULT  => MetaField::text( __( 'Result of the procedure.', 'ttdt-portal' ), 500 ),
			self::FORMS   => MetaField::ids( __( 'Downloadable forms (media library IDs).', 'ttdt-portal' ) ),
		);
		foreach ( $fields as $key => $args ) {
			register_post_meta( ProcedurePostType::NAME, $key, $args );
		}
	}
}
