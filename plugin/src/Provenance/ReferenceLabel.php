<?php
/**
 * Labels reference news "Tin tham khảo" wherever its title appears (Art. 7.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use WP_Post;
use WP_REST_Response;

/**
 * The label rides on the title, which every theme, block, widget, search result, feed and
 * REST client prints, so no template edit can drop it while the flag is on:
 *
 * - front-end pages (single, archives, search, latest-posts and query blocks, widgets): a
 *   `<span class="ttdt-reference-label">` before the title;
 * - feeds, the REST API and the document `<title>`: plain text `[Tin tham khảo] `, since
 *   those are read as text;
 * - REST also gets a `ttdt_reference_label` field; the admin list gets a post state.
 *
 * Whether the label is added depends only on the item's stored flag and on where the title is
 * printed, never on what the title says: a title carrying the label's own class or text (an
 * `<abbr title="ttdt-reference-label">`, a literal "[Tin tham khảo]") cannot make the server
 * believe the label is already there. To stay idempotent when a title passes through the
 * filter twice, the filter only recognises the exact strings it produced itself in this
 * request. Titles of provenance items are also saved as plain text (see `PlainTitle`).
 *
 * @since 0.1.0
 */
final class ReferenceLabel implements Hookable {

	/**
	 * REST field carrying the label (null when the item is not reference news).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REST_FIELD = 'ttdt_reference_label';

	/**
	 * CSS class of the label in HTML.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CSS_CLASS = 'ttdt-reference-label';

	/**
	 * Style handle of the label's small stylesheet.
	 *
	 * @var string
	 */
	private const STYLE_HANDLE = 'ttdt-reference-label';

	/**
	 * Titles this filter produced in this request, by post ID and filter: a title that comes
	 * back through the filter exactly as it left it already carries the label.
	 *
	 * @var array<string, true>
	 */
	private array $labelled = array();

	/**
	 * The label's markup before a title, by locale: built once for the many titles of a list.
	 *
	 * @var array<string, string>
	 */
	private array $markup = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'the_title', array( $this, 'label_title' ), 20, 2 );
		add_filter( 'single_post_title', array( $this, 'label_document_title' ), 20, 2 );
		add_filter( 'display_post_states', array( $this, 'post_state' ), 10, 2 );
		add_action( 'rest_api_init', array( $this, 'register_rest_field' ) );
	}

	/**
	 * The label's text.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function text(): string {
		return _x( 'Reference news', 'label on unconfirmed items', 'ttdt-portal' );
	}

	/**
	 * The label as plain text before a title, e.g. `[Tin tham khảo] `.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function prefix(): string {
		return '[' . self::text() . '] ';
	}

	/**
	 * Prefixes the title of a reference item outside the admin.
	 *
	 * @since 0.1.0
	 *
	 * @param string $title   Title, may contain HTML.
	 * @param int    $post_id Post ID.
	 * @return string
	 */
	public function label_title( $title, $post_id = 0 ) {
		$post_id = (int) $post_id;
		if ( ! is_string( $title ) || ! $post_id || self::is_admin_request() || ! self::is_labelled( $post_id ) || $this->produced( 'title', $post_id, $title ) ) {
			return $title;
		}
		if ( is_feed() || wp_is_serving_rest_request() || wp_doing_ajax() ) {
			return $this->remember( 'title', $post_id, self::prefix() . $title );
		}
		// The style goes only with a page that shows a label: block themes print the styles
		// after the template is rendered, classic themes print late ones in the footer.
		$this->enqueue_style();
		$locale                    = get_locale();
		$this->markup[ $locale ] ??= sprintf( '<span class="%1$s">%2$s</span> ', esc_attr( self::CSS_CLASS ), esc_html( trim( self::prefix() ) ) );
		return $this->remember( 'title', $post_id, $this->markup[ $locale ] . $title );
	}

	/**
	 * Prefixes the document title of a reference item's own page.
	 *
	 * @since 0.1.0
	 *
	 * @param string       $title Title.
	 * @param WP_Post|null $post  The item.
	 * @return string
	 */
	public function label_document_title( $title, $post = null ) {
		if ( ! is_string( $title ) || ! $post instanceof WP_Post || ! self::is_labelled( $post->ID ) || $this->produced( 'document', $post->ID, $title ) ) {
			return $title;
		}
		return $this->remember( 'document', $post->ID, self::prefix() . $title );
	}

	/**
	 * Shows "Tin tham khảo" beside the title in the admin's item lists.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $states Post states.
	 * @param WP_Post               $post   The item.
	 * @return array<string, string>
	 */
	public function post_state( $states, $post ) {
		if ( $post instanceof WP_Post && self::is_labelled( $post->ID ) ) {
			$states['ttdt_reference'] = self::text();
		}
		if ( $post instanceof WP_Post && ProvenanceMeta::applies_to( $post->post_type ) && ProvenanceMeta::is_reader_contribution( $post->ID ) ) {
			$states['ttdt_reader_contribution'] = __( 'Reader\'s contribution', 'ttdt-portal' );
		}
		return $states;
	}

	/**
	 * Adds the `ttdt_reference_label` field to the items' REST responses.
	 *
	 * @since 0.1.0
	 */
	public function register_rest_field(): void {
		foreach ( ProvenanceMeta::post_types() as $post_type ) {
			register_rest_field(
				$post_type,
				self::REST_FIELD,
				array(
					'get_callback' => static function ( $item ): ?string {
						$id = (int) ( $item['id'] ?? 0 );
						return self::is_labelled( $id ) ? self::text() : null;
					},
					'schema'       => array(
						'description' => __( 'The "reference news" label to show with the item; null for official items.', 'ttdt-portal' ),
						'type'        => array( 'string', 'null' ),
						'context'     => array( 'view', 'edit', 'embed' ),
						'readonly'    => true,
					),
				)
			);
		}
	}

	/**
	 * Styles the label on the public site (a few lines of CSS; no script).
	 *
	 * @since 0.1.0
	 */
	public function enqueue_style(): void {
		if ( wp_style_is( self::STYLE_HANDLE ) ) {
			return;
		}
		wp_register_style( self::STYLE_HANDLE, false, array(), TTDT_VERSION );
		wp_enqueue_style( self::STYLE_HANDLE );
		wp_add_inline_style(
			self::STYLE_HANDLE,
			'.ttdt-reference-label{margin-inline-end:.15em;color:#b32d2e;font-size:.8em;font-weight:700;white-space:nowrap}'
		);
	}

	/**
	 * Whether this filter produced exactly this title for this item in this request.
	 *
	 * @param string $filter  `title` or `document`.
	 * @param int    $post_id Post ID.
	 * @param string $title   Title received.
	 * @return bool
	 */
	private function produced( string $filter, int $post_id, string $title ): bool {
		return isset( $this->labelled[ $filter . ':' . $post_id . ':' . md5( $title ) ] );
	}

	/**
	 * Records a labelled title this filter produced, and returns it.
	 *
	 * @param string $filter  `title` or `document`.
	 * @param int    $post_id Post ID.
	 * @param string $title   Labelled title.
	 * @return string
	 */
	private function remember( string $filter, int $post_id, string $title ): string {
		$this->labelled[ $filter . ':' . $post_id . ':' . md5( $title ) ] = true;
		return $title;
	}

	/**
	 * Whether the request serves the admin, which shows the label as a post state instead.
	 * Admin-ajax also serves front-end scripts ("load more" lists), which do get the label.
	 *
	 * @return bool
	 */
	private static function is_admin_request(): bool {
		if ( ! is_admin() ) {
			return false;
		}
		if ( ! wp_doing_ajax() ) {
			return true;
		}
		$referer = (string) wp_get_raw_referer();
		return '' === $referer || str_starts_with( $referer, admin_url() );
	}

	/**
	 * Whether an item of a provenance type carries the reference flag.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function is_labelled( int $post_id ): bool {
		// The flag first: most titles have none, and it is cheaper to ask than the post type.
		return ReferenceIndex::contains( $post_id ) && ProvenanceMeta::applies_to( (string) get_post_type( $post_id ) );
	}
}
