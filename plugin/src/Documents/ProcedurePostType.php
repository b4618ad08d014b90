<?php
/**
 * Administrative procedures and their forms (thủ tục hành chính, Art. 2.2, 4.1.3).
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemPostType;

/**
 * Procedures are items like news and documents: same capabilities, same workflow. Their
 * fields are registered in {@see ProcedureMeta}.
 *
 * @since 0.1.0
 */
final class ProcedurePostType extends ItemPostType {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_procedure';

	/**
	 * Option remembering that the type's rewrite rules were added.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REWRITE_OPTION = 'ttdt_procedure_rewrites';

	/**
	 * {@inheritDoc}
	 */
	public function register(): void {
		register_post_type(
			self::NAME,
			self::args(
				array(
					'labels'        => array(
						'name'               => __( 'Administrative procedures', 'ttdt-portal' ),
						'singular_name'      => __( 'Administrative procedure', 'ttdt-portal' ),
						'add_new_item'       => __( 'Add procedure', 'ttdt-portal' ),
						'edit_item'          => __( 'Edit procedure', 'ttdt-portal' ),
						'search_items'       => __( 'Search procedures', 'ttdt-portal' ),
						'not_found'          => __( 'No procedures found.', 'ttdt-portal' ),
						'not_found_in_trash' => __( 'No procedures found in the trash.', 'ttdt-portal' ),
						'all_items'          => __( 'All procedures', 'ttdt-portal' ),
					),
					'description'   => __( 'Administrative procedures handled by the commune, with their forms.', 'ttdt-portal' ),
					'rest_base'     => 'ttdt-procedures',
					'menu_icon'     => 'dashicons-clipboard',
					'menu_position' => 7,
					'rewrite'       => 'thu-tuc',
				)
			)
		);
	}
}
