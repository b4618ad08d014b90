<?php
/**
 * The pager of the public lists of items.
 *
 * @package Ttdt
 */

namespace Ttdt\Blocks;

defined( 'ABSPATH' ) || exit;

/**
 * One markup for the pages of every server-rendered list (documents, procedures, drafts):
 * links, not a script, so each page is an address that works without JavaScript.
 *
 * @since 0.1.0
 */
final class ItemListPager {

	/**
	 * Prints the pager, or nothing when the list fits one page.
	 *
	 * @since 0.1.0
	 *
	 * @param int      $page  Current page, from 1.
	 * @param int      $pages Number of pages.
	 * @param string   $label Name of the navigation, e.g. "Pages of documents".
	 * @param callable $url   `fn( int $page ): string`, the address of a page.
	 */
	public static function render( int $page, int $pages, string $label, callable $url ): void {
		if ( $pages <= 1 ) {
			return;
		}
		?>
		<nav class="ttdt-item-list__pages" aria-label="<?php echo esc_attr( $label ); ?>">
			<?php if ( $page > 1 ) : ?>
				<a rel="prev" href="<?php echo esc_url( (string) $url( $page - 1 ) ); ?>"><?php esc_html_e( 'Previous page', 'ttdt-portal' ); ?></a>
			<?php endif; ?>
			<span>
				<?php
				/* translators: 1: current page, 2: number of pages. */
				echo esc_html( sprintf( __( 'Page %1$s of %2$s', 'ttdt-portal' ), number_format_i18n( $page ), number_format_i18n( $pages ) ) );
				?>
			</span>
			<?php if ( $page < $pages ) : ?>
				<a rel="next" href="<?php echo esc_url( (string) $url( $page + 1 ) ); ?>"><?php esc_html_e( 'Next page', 'ttdt-portal' ); ?></a>
			<?php endif; ?>
		</nav>
		<?php
	}
}
