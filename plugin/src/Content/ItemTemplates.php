<?php
/**
 * Page templates for the portal's own public items.
 *
 * @package Ttdt
 */

namespace Ttdt\Content;

defined( 'ABSPATH' ) || exit;

use Ttdt\Business\BusinessPostType;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Feedback\QaPostType;
use Ttdt\Support\Hookable;
use WP_Block_Templates_Registry;

/**
 * A block theme shows a document, a procedure, a draft, a business entry or an answered
 * question through its blog template: "Written by <the account that typed it> in", blog
 * comments and "More posts" of news under a directive document. Each of these types gets
 * `single-{type}`: the theme's header and footer around the title, the image and the content,
 * beside which the item's own blocks render (details, source line, comment form). A theme's
 * own `single-{type}.html`, or the template as changed in the Site Editor, still comes first.
 *
 * Registered for the Site Editor (REST) and, on a page view, only for the item shown: each
 * registration reads core's list of template types, about 40 translated strings.
 *
 * @since 0.1.0
 */
final class ItemTemplates implements Hookable {

	/**
	 * The templates' shared markup, in the plugin's folder.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILE = 'templates/single-item.html';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( self::class, 'register_all' ) );
		add_action( 'template_redirect', array( self::class, 'register_for_page' ) );
	}

	/**
	 * The post types with a template here.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function post_types(): array {
		return array( DocumentPostType::NAME, ProcedurePostType::NAME, DraftPostType::NAME, BusinessPostType::NAME, QaPostType::NAME );
	}

	/**
	 * Registers every template, for the Site Editor.
	 *
	 * @since 0.1.0
	 */
	public static function register_all(): void {
		array_map( array( self::class, 'register' ), self::post_types() );
	}

	/**
	 * On `template_redirect`, before the theme's template is looked up: the shown item's (a
	 * classic theme has no use for it).
	 *
	 * @since 0.1.0
	 */
	public static function register_for_page(): void {
		if ( wp_is_block_theme() && is_singular( self::post_types() ) ) {
			self::register( (string) get_post_type( get_queried_object_id() ) );
		}
	}

	/**
	 * The template's name: the plugin's namespace and the slug core looks up for the type.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type.
	 * @return string
	 */
	public static function name( string $post_type ): string {
		return 'ttdt-portal//single-' . $post_type;
	}

	/**
	 * Registers the template of a post type, once.
	 *
	 * @param string $post_type Post type.
	 */
	private static function register( string $post_type ): void {
		$type = get_post_type_object( $post_type );
		if ( ! $type || WP_Block_Templates_Registry::get_instance()->is_registered( self::name( $post_type ) ) ) {
			return;
		}
		register_block_template(
			self::name( $post_type ),
			array(
				/* translators: %s: post type name, e.g. "Directive document". */
				'title'       => sprintf( __( 'Single item: %s', 'ttdt-portal' ), $type->labels->singular_name ),
				'description' => __( 'One item of the portal: its title, details and content, with its source. Without the blog\'s author line, comments or "More posts".', 'ttdt-portal' ),
				'content'     => self::markup(),
			)
		);
	}

	/**
	 * The templates' markup, read once.
	 *
	 * @return string
	 */
	private static function markup(): string {
		static $markup = null;
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		return $markup ??= (string) file_get_contents( TTDT_DIR . self::FILE );
	}
}
