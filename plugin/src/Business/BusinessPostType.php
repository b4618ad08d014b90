<?php
/**
 * Business promotion entries (xúc tiến đầu tư, giới thiệu doanh nghiệp và sản phẩm, Art. 11).
 *
 * @package Ttdt
 */

namespace Ttdt\Business;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemPostType;

/**
 * A business or a typical product the commune promotes: an item like news and documents (same
 * capabilities, same workflow, same gate). The logo is the featured image, the introduction the
 * content; the other fields are registered in {@see BusinessMeta}.
 *
 * @since 0.1.0
 */
final class BusinessPostType extends ItemPostType {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_business';

	/**
	 * Option remembering that the type's rewrite rules were added.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REWRITE_OPTION = 'ttdt_business_rewrites';

	/**
	 * {@inheritDoc}
	 */
	public function register(): void {
		register_post_type(
			self::NAME,
			self::args(
				array(
					'labels'        => array(
						'name'                  => __( 'Business promotion', 'ttdt-portal' ),
						'singular_name'         => __( 'Business entry', 'ttdt-portal' ),
						'add_new_item'          => __( 'Add business entry', 'ttdt-portal' ),
						'edit_item'             => __( 'Edit business entry', 'ttdt-portal' ),
						'search_items'          => __( 'Search business entries', 'ttdt-portal' ),
						'not_found'             => __( 'No business entries found.', 'ttdt-portal' ),
						'not_found_in_trash'    => __( 'No business entries found in the trash.', 'ttdt-portal' ),
						'all_items'             => __( 'All business entries', 'ttdt-portal' ),
						'featured_image'        => __( 'Logo', 'ttdt-portal' ),
						'set_featured_image'    => __( 'Set logo', 'ttdt-portal' ),
						'remove_featured_image' => __( 'Remove logo', 'ttdt-portal' ),
						'use_featured_image'    => __( 'Use as logo', 'ttdt-portal' ),
					),
					'description'   => __( 'Businesses and typical products the commune promotes, each published once the business has confirmed its content in writing.', 'ttdt-portal' ),
					'rest_base'     => 'ttdt-businesses',
					'menu_icon'     => 'dashicons-store',
					'menu_position' => 8,
					'rewrite'       => 'doanh-nghiep',
					'supports'      => array( 'title', 'editor', 'excerpt', 'thumbnail', 'author', 'revisions', 'custom-fields' ),
				)
			)
		);
	}
}
