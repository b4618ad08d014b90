<?php
/**
 * Server rendering of `ttdt/qa-list`: published questions and answers, searchable.
 *
 * A GET form (`?tim=`) so a search can be bookmarked and works without JavaScript; the
 * posts hold no personal data (see `QaPublisher`).
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Feedback\QaPostType;

// A public, read-only search: no nonce.
$ttdt_search = isset( $_GET['tim'] ) ? mb_substr( sanitize_text_field( wp_unslash( $_GET['tim'] ) ), 0, 100 ) : '';
$ttdt_page   = isset( $_GET['trang'] ) ? max( 1, absint( $_GET['trang'] ) ) : 1;
$ttdt_query = new WP_Query(
	array(
		'post_type'      => QaPostType::NAME,
		'post_status'    => 'publish',
		's'              => $ttdt_search,
		'posts_per_page' => max( 1, min( 50, (int) ( $attributes['perPage'] ?? 10 ) ) ),
		'paged'          => $ttdt_page,
		'orderby'        => 'date',
		'order'          => 'DESC',
		'no_found_rows'  => false,
	)
);
$ttdt_id = wp_unique_id( 'ttdt-qa-' );
?>
<div <?php echo get_block_wrapper_attributes(); ?>>
	<form class="ttdt-qa-list__search" method="get" role="search" action="<?php echo esc_url( remove_query_arg( array( 'tim', 'trang' ) ) ); ?>">
		<label for="<?php echo esc_attr( $ttdt_id . '-search' ); ?>"><?php esc_html_e( 'Search questions and answers', 'ttdt-portal' ); ?></label>
		<input type="search" id="<?php echo esc_attr( $ttdt_id . '-search' ); ?>" name="tim" value="<?php echo esc_attr( $ttdt_search ); ?>" maxlength="100" />
		<button type="submit" class="wp-element-button"><?php esc_html_e( 'Search', 'ttdt-portal' ); ?></button>
	</form>
	<?php if ( ! $ttdt_query->have_posts() ) : ?>
		<p class="ttdt-qa-list__empty" role="status">
			<?php
			'' === $ttdt_search
				? esc_html_e( 'No questions have been answered publicly yet.', 'ttdt-portal' )
				/* translators: %s: the search text. */
				: print( esc_html( sprintf( __( 'No question or answer contains "%s". Try other words.', 'ttdt-portal' ), $ttdt_search ) ) );
			?>
		</p>
	<?php else : ?>
		<ul class="ttdt-qa-list__items">
			<?php foreach ( $ttdt_query->posts as $ttdt_post ) : ?>
				<li class="ttdt-qa-list__item">
					<details>
						<summary><?php echo esc_html( get_the_title( $ttdt_post ) ); ?></summary>
						<div class="ttdt-qa-list__body">
							<?php echo wp_kses_post( apply_filters( 'the_content', $ttdt_post->post_content ) ); ?>
							<p class="ttdt-qa-list__meta">
								<?php
								/* translators: %s: date of publication. */
								echo esc_html( sprintf( __( 'Answered on %s', 'ttdt-portal' ), get_the_date( 'd/m/Y', $ttdt_post ) ) );
								?>
								· <a href="<?php echo esc_url( get_permalink( $ttdt_post ) ); ?>"><?php esc_html_e( 'Link to this answer', 'ttdt-portal' ); ?></a>
							</p>
						</div>
					</details>
				</li>
			<?php endforeach; ?>
		</ul>
		<?php if ( $ttdt_query->max_num_pages > 1 ) : ?>
			<nav class="ttdt-qa-list__pages" aria-label="<?php esc_attr_e( 'Pages of questions and answers', 'ttdt-portal' ); ?>">
				<?php if ( $ttdt_page > 1 ) : ?>
					<a href="<?php echo esc_url( add_query_arg( 'trang', $ttdt_page - 1 ) ); ?>"><?php esc_html_e( 'Newer questions', 'ttdt-portal' ); ?></a>
				<?php endif; ?>
				<?php if ( $ttdt_page < $ttdt_query->max_num_pages ) : ?>
					<a href="<?php echo esc_url( add_query_arg( 'trang', $ttdt_page + 1 ) ); ?>"><?php esc_html_e( 'Older questions', 'ttdt-portal' ); ?></a>
				<?php endif; ?>
			</nav>
		<?php endif; ?>
	<?php endif; ?>
</div>
