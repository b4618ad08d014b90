<?php
/**
 * The directive documents library (văn bản chỉ đạo điều hành, Art. 4.1.4).
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemPostType;

/**
 * Documents are items like news: the same capabilities (`capability_type` post), so the four
 * permission levels of Art. 12.2 apply unchanged, and the same workflow (they are listed in
 * {@see \Ttdt\Content\ItemTypes}). The title is the document's summary (trích yếu), as in the
 * document modules citizens know; its fields are registered in {@see DocumentMeta}.
 *
 * @since 0.1.0
 */
final class DocumentPostType extends ItemPostType {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_document';

	/**
	 * Option remembering that the type's rewrite rules were added.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REWRITE_OPTION = 'ttdt_document_rewrites';

	/**
	 * {@inheritDoc}
	 */
	public function register(): void {
		register_post_type(
			self::NAME,
			self::args(
				array(
					'labels'        => array(
						'name'               => __( 'Directive documents', 'ttdt-portal' ),
						'singular_name'      => __( 'Directive document', 'ttdt-portal' ),
						'add_new_item'       => __( 'Add directive document', 'ttdt-portal' ),
						'edit_item'          => __( 'Edit directive document', 'ttdt-portal' ),
						'search_items'       => __( 'Search documents', 'ttdt-portal' ),
						'not_found'          => __( 'No documents found.', 'ttdt-portal' ),
						'not_found_in_trash' => __( 'No documents found in the trash.', 'ttdt-portal' ),
						'all_items'          => __( 'All documents', 'ttdt-portal' ),
					),
					'description'   => __( 'Documents issued by the commune\'s Party committee, People\'s Council and People\'s Committee.', 'ttdt-portal' ),
					'rest_base'     => 'ttdt-documents',
					'menu_icon'     => 'dashicons-media-document',
					'menu_position' => 6,
					'rewrite'       => 'van-ban',
				)
			)
		);
	}
}
