<?php
/**
 * "Convert to Unicode" on the admin lists of posts: a row action and a bulk action.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use WP_Post;
use WP_Screen;

/**
 * The one-click fix for content saved before the portal converted text: the row action shows
 * only on items that still hold legacy text; the bulk action converts every selected item.
 *
 * @since 0.1.0
 */
final class LegacyListActions implements Hookable {

	/**
	 * Action name of the row link, the bulk action and the admin-post handler.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'ttdt_convert_unicode';

	/**
	 * Transient prefix for the result shown after the redirect; the user ID is appended.
	 *
	 * @var string
	 */
	private const RESULT = 'ttdt_unicode_result_';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'post_row_actions', array( $this, 'row_action' ), 10, 2 );
		add_filter( 'page_row_actions', array( $this, 'row_action' ), 10, 2 );
		add_action( 'current_screen', array( $this, 'add_bulk_action' ) );
		add_action( 'admin_post_' . self::ACTION, array( $this, 'handle_row_action' ) );
		add_action( 'admin_notices', array( $this, 'render_result' ) );
	}

	/**
	 * Adds the row link on an item that still holds legacy text.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $actions Row actions.
	 * @param WP_Post               $post    The row's item.
	 * @return array<string, string>
	 */
	public function row_action( $actions, $post ) {
		if ( ! $post instanceof WP_Post || ! current_user_can( 'edit_post', $post->ID ) || ! PostTextFixer::needs_fix( $post ) ) {
			return $actions;
		}
		$url = wp_nonce_url(
			add_query_arg(
				array(
					'action' => self::ACTION,
					'post'   => $post->ID,
				),
				admin_url( 'admin-post.php' )
			),
			self::ACTION . '_' . $post->ID
		);

		$actions[ self::ACTION ] = sprintf(
			'<a href="%s" aria-label="%s">%s</a>',
			esc_url( $url ),
			/* translators: %s: item title. */
			esc_attr( sprintf( __( 'Convert the text of "%s" to Unicode', 'ttdt-portal' ), wp_strip_all_tags( $post->post_title ) ) ),
			esc_html__( 'Convert to Unicode', 'ttdt-portal' )
		);
		return $actions;
	}

	/**
	 * Offers the bulk action on lists of items that have an editor.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Screen $screen Current screen.
	 */
	public function add_bulk_action( $screen ): void {
		if ( ! $screen instanceof WP_Screen || 'edit' !== $screen->base || ! post_type_supports( $screen->post_type, 'editor' ) ) {
			return;
		}
		add_filter( 'bulk_actions-' . $screen->id, array( $this, 'bulk_actions' ) );
		add_filter( 'handle_bulk_actions-' . $screen->id, array( $this, 'handle_bulk_action' ), 10, 3 );
	}

	/**
	 * Adds "Convert to Unicode" to the bulk actions.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $actions Bulk actions.
	 * @return array<string, string>
	 */
	public function bulk_actions( $actions ) {
		$actions[ self::ACTION ] = __( 'Convert to Unicode', 'ttdt-portal' );
		return $actions;
	}

	/**
	 * Converts the selected items.
	 *
	 * @since 0.1.0
	 *
	 * @param string $redirect Where to go afterwards.
	 * @param string $action   Bulk action.
	 * @param int[]  $post_ids Selected items.
	 * @return string
	 */
	public function handle_bulk_action( $redirect, $action, $post_ids ) {
		if ( self::ACTION !== $action ) {
			return $redirect;
		}
		check_admin_referer( 'bulk-posts' );
		$this->convert_posts( array_map( 'intval', (array) $post_ids ) );
		return $redirect;
	}

	/**
	 * Converts the item of a row link, then returns to the list.
	 *
	 * @since 0.1.0
	 */
	public function handle_row_action(): void {
		$post_id = isset( $_GET['post'] ) ? absint( wp_unslash( $_GET['post'] ) ) : 0;
		check_admin_referer( self::ACTION . '_' . $post_id );
		if ( ! current_user_can( 'edit_post', $post_id ) ) {
			wp_die( esc_html__( 'You are not allowed to edit this item, so its text cannot be converted.', 'ttdt-portal' ), 403 );
		}
		$this->convert_posts( array( $post_id ) );
		$post = get_post( $post_id );
		wp_safe_redirect( wp_get_referer() ? wp_get_referer() : admin_url( 'edit.php?post_type=' . ( $post ? $post->post_type : 'post' ) ) );
		exit;
	}

	/**
	 * Prints, once, what the last conversion did.
	 *
	 * @since 0.1.0
	 */
	public function render_result(): void {
		$key    = self::RESULT . get_current_user_id();
		$result = get_transient( $key );
		if ( ! is_array( $result ) ) {
			return;
		}
		delete_transient( $key );
		if ( $result['converted'] ) {
			printf(
				'<div class="notice notice-success is-dismissible"><p>%s</p></div>',
				esc_html(
					sprintf(
						/* translators: %d: number of items. */
						_n( 'The text of %d item was converted to Unicode.', 'The text of %d items was converted to Unicode.', $result['converted'], 'ttdt-portal' ),
						$result['converted']
					)
				)
			);
		}
		if ( $result['unchanged'] ) {
			printf(
				'<div class="notice notice-info is-dismissible"><p>%s</p></div>',
				esc_html(
					sprintf(
						/* translators: %d: number of items. */
						_n( '%d item was already in Unicode.', '%d items were already in Unicode.', $result['unchanged'], 'ttdt-portal' ),
						$result['unchanged']
					)
				)
			);
		}
		if ( $result['errors'] ) {
			echo '<div class="notice notice-error"><ul>';
			foreach ( $result['errors'] as $message ) {
				echo '<li>' . esc_html( $message ) . '</li>';
			}
			echo '</ul></div>';
		}
	}

	/**
	 * Converts items the user may edit and remembers the outcome for the next screen.
	 *
	 * @param int[] $post_ids Items.
	 */
	private function convert_posts( array $post_ids ): void {
		$result = array(
			'converted' => 0,
			'unchanged' => 0,
			'errors'    => array(),
		);
		foreach ( $post_ids as $post_id ) {
			$post = get_post( $post_id );
			if ( ! $post instanceof WP_Post || ! current_user_can( 'edit_post', $post_id ) ) {
				continue;
			}
			$fixed = PostTextFixer::fix( $post );
			if ( is_wp_error( $fixed ) ) {
				$result['errors'][] = sprintf( '%s: %s', wp_strip_all_tags( $post->post_title ), $fixed->get_error_message() );
			} elseif ( $fixed['fields'] ) {
				++$result['converted'];
			} else {
				++$result['unchanged'];
			}
		}
		set_transient( self::RESULT . get_current_user_id(), $result, 10 * MINUTE_IN_SECONDS );
	}
}
