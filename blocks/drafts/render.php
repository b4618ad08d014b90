<?php
/**
 * Server rendering of `ttdt/drafts`: the drafts for public comment, filtered by state.
 *
 * Links, not a form: each filter and page is an address that works without JavaScript. Each
 * draft shows its period and state by the same rule that opens and closes its form
 * ({@see \Ttdt\Drafts\DraftPeriod}).
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\ItemListPager;
use Ttdt\Documents\DocumentView;
use Ttdt\Drafts\DraftList;
use Ttdt\Drafts\DraftMeta;
use Ttdt\Drafts\DraftPeriod;

$ttdt_state  = DraftList::state_from_request();
$ttdt_page   = DraftList::page_from_request();
$ttdt_query  = DraftList::query( $ttdt_state, $ttdt_page, (int) ( $attributes['perPage'] ?? 10 ) );
$ttdt_pages  = (int) $ttdt_query->max_num_pages;
$ttdt_object = get_queried_object();
$ttdt_base   = $ttdt_object instanceof WP_Post ? (string) get_permalink( $ttdt_object ) : home_url( '/' );
$ttdt_url    = static fn( string $state, int $page ): string => add_query_arg(
	array_filter(
		array(
			DraftList::STATE_ARG => $state,
			DraftList::PAGE_ARG  => $page > 1 ? $page : '',
		)
	),
	$ttdt_base
);
$ttdt_tabs   = array(
	''                  => __( 'All drafts', 'ttdt-portal' ),
	DraftPeriod::OPEN   => __( 'Open for comment', 'ttdt-portal' ),
	DraftPeriod::CLOSED => __( 'Comment period ended', 'ttdt-portal' ),
);
$ttdt_labels = array(
	DraftPeriod::OPEN     => __( 'Open for comment', 'ttdt-portal' ),
	DraftPeriod::CLOSED   => __( 'Comment period ended', 'ttdt-portal' ),
	DraftPeriod::UPCOMING => __( 'Not open yet', 'ttdt-portal' ),
);
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'ttdt-item-list' ) ); ?>>
	<nav class="ttdt-item-list__filters" aria-label="<?php esc_attr_e( 'Drafts by state', 'ttdt-portal' ); ?>">
		<?php foreach ( $ttdt_tabs as $ttdt_key => $ttdt_label ) : ?>
			<a href="<?php echo esc_url( $ttdt_url( (string) $ttdt_key, 1 ) ); ?>"<?php echo (string) $ttdt_key === $ttdt_state ? ' aria-current="page"' : ''; ?>><?php echo esc_html( $ttdt_label ); ?></a>
		<?php endforeach; ?>
	</nav>
	<p class="ttdt-item-list__count" role="status">
		<?php
		/* translators: %s: number of drafts found. */
		echo esc_html( sprintf( _n( '%s draft found.', '%s drafts found.', (int) $ttdt_query->found_posts, 'ttdt-portal' ), number_format_i18n( (int) $ttdt_query->found_posts ) ) );
		?>
	</p>
	<?php if ( $ttdt_query->posts ) : ?>
		<ol class="ttdt-item-list__items">
			<?php foreach ( $ttdt_query->posts as $ttdt_post ) : ?>
				<?php
				$ttdt_id     = (int) $ttdt_post->ID;
				$ttdt_status = DraftPeriod::state( $ttdt_id );
				?>
				<li class="ttdt-item-list__item">
					<p class="ttdt-item-list__title"><a href="<?php echo esc_url( (string) get_permalink( $ttdt_post ) ); ?>"><?php echo esc_html( get_the_title( $ttdt_post ) ); ?></a></p>
					<p class="ttdt-item-list__meta">
						<?php if ( isset( $ttdt_labels[ $ttdt_status ] ) ) : ?>
							<span class="ttdt-drafts__state ttdt-drafts__state--<?php echo esc_attr( $ttdt_status ); ?>"><?php echo esc_html( $ttdt_labels[ $ttdt_status ] ); ?></span>
						<?php endif; ?>
						<?php
						/* translators: 1: first day, 2: last day of the comment period. */
						echo esc_html( sprintf( __( 'Comment period: from %1$s to %2$s.', 'ttdt-portal' ), DocumentView::date( (string) get_post_meta( $ttdt_id, DraftMeta::OPENS, true ) ), DocumentView::date( (string) get_post_meta( $ttdt_id, DraftMeta::CLOSES, true ) ) ) );
						?>
					</p>
				</li>
			<?php endforeach; ?>
		</ol>
	<?php endif; ?>
	<?php ItemListPager::render( $ttdt_page, $ttdt_pages, __( 'Pages of drafts', 'ttdt-portal' ), static fn( int $page ): string => $ttdt_url( $ttdt_state, $page ) ); ?>
</div>
