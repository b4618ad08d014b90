<?php
/**
 * Public questions and answers (hỏi đáp) published from citizen feedback.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * A Q&A post holds the question as the board rewrote it and the approved answer, nothing of
 * the person who asked: it is public, searchable and in the feeds, which is why it is a post
 * type and the feedback itself is not. Written by `QaPublisher`; edited like posts.
 *
 * @since 0.1.0
 */
final class QaPostType implements Hookable {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_qa';

	/**
	 * Meta: the kind of feedback the question came as (a `FeedbackType` value).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const META_TYPE = 'ttdt_qa_type';

	/**
	 * Option recording that the rewrite rules know the post type's address.
	 *
	 * @var string
	 */
	private const REWRITE_OPTION = 'ttdt_qa_rewrite_version';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( self::class, 'register' ) );
		MetaRegistration::on_init( array( self::class, 'register_meta' ) );
		add_action( 'init', array( self::class, 'maybe_flush_rewrites' ), 99 );
	}

	/**
	 * Rebuilds the rewrite rules once after the post type first appears on a site, so
	 * `/hoi-dap/<question>/` resolves without visiting the permalink settings.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_flush_rewrites(): void {
		if ( 1 !== (int) get_option( self::REWRITE_OPTION ) ) {
			update_option( self::REWRITE_OPTION, 1 );
			flush_rewrite_rules( false );
		}
	}

	/**
	 * Registers the post type.
	 *
	 * @since 0.1.0
	 */
	public static function register(): void {
		register_post_type(
			self::NAME,
			array(
				'labels'              => array(
					'name'          => _x( 'Questions and answers', 'post type', 'ttdt-portal' ),
					'singular_name' => _x( 'Question and answer', 'post type', 'ttdt-portal' ),
					'add_new_item'  => __( 'Add question and answer', 'ttdt-portal' ),
					'edit_item'     => __( 'Edit question and answer', 'ttdt-portal' ),
					'search_items'  => __( 'Search questions and answers', 'ttdt-portal' ),
					'not_found'     => __( 'No questions and answers found.', 'ttdt-portal' ),
				),
				'public'              => true,
				'exclude_from_search' => false,
				'show_in_rest'        => true,
				'rest_base'           => 'hoi-dap',
				'has_archive'         => false,
				// Singles live under the Q&A page: /hoi-dap/<question>/.
				'rewrite'             => array(
					'slug'       => 'hoi-dap',
					'with_front' => false,
				),
				'menu_icon'           => 'dashicons-format-chat',
				'supports'            => array( 'title', 'editor', 'revisions' ),
				'capability_type'     => 'post',
				'map_meta_cap'        => true,
			)
		);
	}

	/**
	 * Registers its one public meta key.
	 *
	 * @since 0.1.0
	 */
	public static function register_meta(): void {
		register_post_meta(
			self::NAME,
			self::META_TYPE,
			array(
				'type'              => 'string',
				'single'            => true,
				'show_in_rest'      => array(
					'schema' => array(
						'type' => 'string',
						'enum' => array_merge( array( '' ), FeedbackType::all() ),
					),
				),
				'sanitize_callback' => static fn( $value ): string => in_array( $value, FeedbackType::all(), true ) ? (string) $value : '',
				'auth_callback'     => static fn( $allowed, $key, $post_id ): bool => current_user_can( 'edit_post', (int) $post_id ),
				'default'           => '',
			)
		);
	}
}
