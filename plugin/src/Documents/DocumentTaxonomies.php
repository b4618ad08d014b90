<?php
/**
 * The lists documents and procedures are filtered by: type, issuing body, field.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Taxonomies, not free text: a filter needs one spelling per value ("UBND xã" and "Uỷ ban
 * nhân dân xã" must be the same body). The body and field lists are shared by documents and
 * procedures (the body that issues a document is the one that implements a procedure).
 *
 * @since 0.1.0
 */
final class DocumentTaxonomies implements Hookable {

	/**
	 * Document type (Quyết định, Nghị quyết, Kế hoạch, Công văn, Thông báo…).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TYPE = 'ttdt_doc_type';

	/**
	 * Issuing or implementing body (Đảng uỷ, HĐND, UBND, UBMTTQ, a unit…).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const BODY = 'ttdt_agency';

	/**
	 * Field (lĩnh vực).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FIELD = 'ttdt_field';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register' ), 6 );
	}

	/**
	 * Registers the taxonomies.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$both = array( DocumentPostType::NAME, ProcedurePostType::NAME );
		self::taxonomy( self::TYPE, array( DocumentPostType::NAME ), __( 'Document types', 'ttdt-portal' ), __( 'Document type', 'ttdt-portal' ), 'loai-van-ban' );
		self::taxonomy( self::BODY, $both, __( 'Bodies', 'ttdt-portal' ), __( 'Body', 'ttdt-portal' ), 'co-quan' );
		self::taxonomy( self::FIELD, $both, __( 'Fields', 'ttdt-portal' ), __( 'Field', 'ttdt-portal' ), 'linh-vuc' );
	}

	/**
	 * Registers one flat taxonomy.
	 *
	 * @param string   $name     Taxonomy name.
	 * @param string[] $types    Post types.
	 * @param string   $plural   Plural label.
	 * @param string   $singular Singular label.
	 * @param string   $slug     URL slug.
	 */
	private static function taxonomy( string $name, array $types, string $plural, string $singular, string $slug ): void {
		register_taxonomy(
			$name,
			$types,
			array(
				'labels'            => array(
					'name'          => $plural,
					'singular_name' => $singular,
				),
				'public'            => true,
				'hierarchical'      => true,
				'show_in_rest'      => true,
				'show_admin_column' => true,
				'rewrite'           => array( 'slug' => $slug ),
				// Who may name types, bodies and fields: those who manage sections.
				'capabilities'      => array(
					'manage_terms' => 'manage_categories',
					'edit_terms'   => 'manage_categories',
					'delete_terms' => 'manage_categories',
					'assign_terms' => 'edit_posts',
				),
			)
		);
	}
}
