<?php
/**
 * The directive documents library (văn bản chỉ đạo điều hành, Art. 4.1.4).
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Documents are items like news: the same capabilities (`capability_type` post), so the four
 * permission levels of Art. 12.2 apply unchanged, and the same workflow (they are listed in
 * {@see \Ttdt\Content\ItemTypes}). The title is the document's summary (trích yếu), as in the
 * document modules citizens know; its fields are registered in {@see DocumentMeta}.
 *
 * @since 0.1.0
 */
final class DocumentPostType implements Hookable {

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
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register' ), 5 );
		add_action( 'init', array( self::class, 'maybe_flush_rewrites' ), 99 );
	}

	/**
	 * Adds the type's addresses to the rewrite rules once, on the first request after the
	 * plugin brought the type (activation runs before the type is registered).
	 *
	 * @since 0.1.0
	 */
	public static function maybe_flush_rewrites(): void {
		if ( get_option( self::REWRITE_OPTION ) !== self::NAME ) {
			flush_rewrite_rules( false );
			update_option( self::REWRITE_OPTION, self::NAME );
		}
	}

	/**
	 * Registers the post type.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		register_post_type(
			self::NAME,
			array(
				'labels'          => array(
					'name'               => __( 'Directive documents', 'ttdt-portal' ),
					'singular_name'      => __( 'Directive document', 'ttdt-portal' ),
					'add_new_item'       => __( 'Add directive document', 'ttdt-portal' ),
					'edit_item'          => __( 'Edit directive document', 'ttdt-portal' ),
					'search_items'       => __( 'Search documents', 'ttdt-portal' ),
					'not_found'          => __( 'No documents found.', 'ttdt-portal' ),
					'not_found_in_trash' => __( 'No documents found in the trash.', 'ttdt-portal' ),
					'all_items'          => __( 'All documents', 'ttdt-portal' ),
				),
				'description'     => __( 'Documents issued by the commune\'s Party committee, People\'s Council and People\'s Committee.', 'ttdt-portal' ),
				'public'          => true,
				'show_in_rest'    => true,
				'rest_base'       => 'ttdt-documents',
				'menu_icon'       => 'dashicons-media-document',
				'menu_position'   => 6,
				'capability_type' => 'post',
				'map_meta_cap'    => true,
				'has_archive'     => false,
				'rewrite'         => array(
					'slug'       => 'van-ban',
					'with_front' => false,
				),
				// Custom fields: REST exposes registered meta only for types that support them.
				'supports'        => array( 'title', 'editor', 'author', 'revisions', 'custom-fields' ),
			)
		);
	}
}
