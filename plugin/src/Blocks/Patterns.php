<?php
/**
 * Block patterns of a commune portal: home, contact and one page per section.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\Sections;
use Ttdt\Support\Hookable;

/**
 * Patterns are made of core blocks and the plugin's server-rendered blocks, so they work in
 * any block theme and add no front-end script. They are registered only where the editor asks
 * for them (the REST API, which also serves the editor's preloads), never on public pages.
 *
 * @since 0.1.0
 */
final class Patterns implements Hookable {

	/**
	 * The pattern category.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CATEGORY = 'ttdt-portal';

	/**
	 * Patterns kept in `plugin/patterns/<name>.php`.
	 *
	 * @var string[]
	 */
	private const FILES = array( 'home', 'contact', 'footer' );

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register' ) );
	}

	/**
	 * Registers the category and every pattern, once.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		$registry = \WP_Block_Patterns_Registry::get_instance();
		if ( $registry->is_registered( self::CATEGORY . '/home' ) ) {
			return;
		}
		register_block_pattern_category(
			self::CATEGORY,
			array( 'label' => __( 'Commune portal', 'ttdt-portal' ) )
		);
		foreach ( self::FILES as $name ) {
			register_block_pattern( self::CATEGORY . '/' . $name, self::definition( $name ) );
		}
		foreach ( array_keys( Sections::definitions() ) as $section ) {
			$pattern = self::section_page( $section );
			if ( $pattern ) {
				register_block_pattern( self::CATEGORY . '/section-' . $section, $pattern );
			}
		}
	}

	/**
	 * A pattern kept in a file, e.g. for seeding a page with it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name One of `home`, `contact`, `footer`.
	 * @return array{title: string, content: string} The pattern's properties.
	 */
	public static function definition( string $name ): array {
		return require TTDT_DIR . 'patterns/' . $name . '.php';
	}

	/**
	 * The page of one section: its latest items, ten per page, with pagination.
	 *
	 * @param string $section Section key.
	 * @return array|null Pattern properties; null when the section has no category.
	 */
	private static function section_page( string $section ): ?array {
		$term = get_term( Sections::term_id( $section ), 'category' );
		if ( ! $term instanceof \WP_Term ) {
			return null;
		}
		return array(
			/* translators: %s: section name, e.g. "Directive documents". */
			'title'      => sprintf( __( 'Section page: %s', 'ttdt-portal' ), $term->name ),
			'categories' => array( self::CATEGORY ),
			'postTypes'  => array( 'page' ),
			'content'    => '<!-- wp:group {"layout":{"type":"constrained"}} --><div class="wp-block-group">'
				. self::heading( $term->name, 1 )
				. self::query( $term->term_id, 10, true, true )
				. '</div><!-- /wp:group -->',
		);
	}

	/**
	 * A section's latest items under its name, with a link to the whole section.
	 *
	 * @since 0.1.0
	 *
	 * @param string $section Section key.
	 * @param string $title   Heading.
	 * @param int    $count   How many items.
	 * @param bool   $excerpt Whether to show each item's excerpt.
	 * @return string Block markup; empty when the section has no category.
	 */
	public static function latest( string $section, string $title, int $count, bool $excerpt ): string {
		$term_id = Sections::term_id( $section );
		$link    = $term_id ? get_term_link( $term_id, 'category' ) : '';
		if ( ! $term_id || ! is_string( $link ) ) {
			return '';
		}
		return self::heading( $title, 2 )
			. self::query( $term_id, $count, $excerpt, false )
			. '<!-- wp:paragraph --><p><a href="' . esc_url( $link ) . '">'
			. esc_html__( 'See all', 'ttdt-portal' ) . '</a></p><!-- /wp:paragraph -->';
	}

	/**
	 * The way to send feedback, look it up and read answers.
	 *
	 * @since 0.1.0
	 *
	 * @return string Block markup.
	 */
	public static function feedback_entry(): string {
		$buttons = array(
			'/gop-y-phan-anh/'   => __( 'Send feedback', 'ttdt-portal' ),
			'/tra-cuu-phan-anh/' => __( 'Look up your feedback', 'ttdt-portal' ),
			'/hoi-dap/'          => __( 'Questions and answers', 'ttdt-portal' ),
		);
		$markup  = '';
		foreach ( $buttons as $path => $label ) {
			$markup .= '<!-- wp:button --><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="'
				. esc_url( home_url( $path ) ) . '">' . esc_html( $label ) . '</a></div><!-- /wp:button -->';
		}
		return '<!-- wp:group {"layout":{"type":"constrained"}} --><div class="wp-block-group">'
			. self::heading( __( 'Feedback and questions', 'ttdt-portal' ), 2 )
			. self::paragraph( __( 'Send the commune your feedback, proposals and questions; you get a code to follow the answer.', 'ttdt-portal' ) )
			. '<!-- wp:buttons --><div class="wp-block-buttons">' . $markup . '</div><!-- /wp:buttons -->'
			. '</div><!-- /wp:group -->';
	}

	/**
	 * A heading block.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text  Plain text.
	 * @param int    $level 1–6.
	 * @return string Block markup.
	 */
	public static function heading( string $text, int $level ): string {
		$attributes = 2 === $level ? '' : ' {"level":' . $level . '}';
		return '<!-- wp:heading' . $attributes . ' --><h' . $level . ' class="wp-block-heading">'
			. esc_html( $text ) . '</h' . $level . '><!-- /wp:heading -->';
	}

	/**
	 * A paragraph block.
	 *
	 * @since 0.1.0
	 *
	 * @param string $text Plain text.
	 * @return string Block markup.
	 */
	public static function paragraph( string $text ): string {
		return '<!-- wp:paragraph --><p>' . esc_html( $text ) . '</p><!-- /wp:paragraph -->';
	}

	/**
	 * A query loop of one category: title, date in dd/mm/yyyy, optionally the excerpt.
	 *
	 * @param int  $term_id    Category.
	 * @param int  $count      Items per page.
	 * @param bool $excerpt    Whether to show excerpts.
	 * @param bool $pagination Whether to add page links.
	 * @return string Block markup.
	 */
	private static function query( int $term_id, int $count, bool $excerpt, bool $pagination ): string {
		$query = array(
			'query' => array(
				'perPage'  => $count,
				'postType' => 'post',
				'order'    => 'desc',
				'orderBy'  => 'date',
				'inherit'  => false,
				'taxQuery' => array( 'category' => array( $term_id ) ),
			),
		);
		$item  = '<!-- wp:post-title {"isLink":true,"level":3,"fontSize":"medium"} /-->'
			. '<!-- wp:post-date {"format":"d/m/Y"} /-->'
			. ( $excerpt ? '<!-- wp:post-excerpt /-->' : '' );
		$pages = $pagination
			? '<!-- wp:query-pagination --><!-- wp:query-pagination-previous /--><!-- wp:query-pagination-numbers /--><!-- wp:query-pagination-next /--><!-- /wp:query-pagination -->'
			: '';
		return '<!-- wp:query ' . wp_json_encode( $query ) . ' --><div class="wp-block-query">'
			. '<!-- wp:post-template -->' . $item . '<!-- /wp:post-template -->'
			. $pages
			. '<!-- wp:query-no-results -->' . self::paragraph( __( 'Nothing has been published here yet.', 'ttdt-portal' ) ) . '<!-- /wp:query-no-results -->'
			. '</div><!-- /wp:query -->';
	}
}
