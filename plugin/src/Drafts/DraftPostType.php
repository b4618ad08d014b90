<?php
/**
 * Draft documents for public comment (dự thảo lấy ý kiến, Art. 4.1.5).
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemPostType;

/**
 * A type of its own, not a kind of directive document: a draft has no number, signer or
 * standing yet, but a comment period, comments and a report on them, and must not appear in
 * the library of documents in force or its search. Like documents, drafts are items: the same
 * capabilities (`capability_type` post) and the same workflow (listed in
 * {@see \Ttdt\Content\ItemTypes}). Its fields are registered in {@see DraftMeta}.
 *
 * @since 0.1.0
 */
final class DraftPostType extends ItemPostType {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_draft';

	/**
	 * Option remembering that the type's rewrite rules were added.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REWRITE_OPTION = 'ttdt_draft_rewrites';

	/**
	 * {@inheritDoc}
	 */
	public function register(): void {
		register_post_type(
			self::NAME,
			self::args(
				array(
					'labels'        => array(
						'name'               => __( 'Drafts for comment', 'ttdt-portal' ),
						'singular_name'      => __( 'Draft for comment', 'ttdt-portal' ),
						'add_new_item'       => __( 'Add draft for comment', 'ttdt-portal' ),
						'edit_item'          => __( 'Edit draft for comment', 'ttdt-portal' ),
						'search_items'       => __( 'Search drafts', 'ttdt-portal' ),
						'not_found'          => __( 'No drafts found.', 'ttdt-portal' ),
						'not_found_in_trash' => __( 'No drafts found in the trash.', 'ttdt-portal' ),
						'all_items'          => __( 'All drafts', 'ttdt-portal' ),
					),
					'description'   => __( 'Draft documents the commune publishes to collect citizens\' comments before adopting them.', 'ttdt-portal' ),
					'rest_base'     => 'ttdt-drafts',
					'menu_icon'     => 'dashicons-format-chat',
					'menu_position' => 7,
					'rewrite'       => 'du-thao',
				)
			)
		);
	}
}
