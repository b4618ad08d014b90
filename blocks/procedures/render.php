<?php
/**
 * Server rendering of `ttdt/procedures`: search form, filters and one page of procedures.
 *
 * A plain GET form, like `ttdt/documents`: no JavaScript, one address per result page, no
 * nonce since it changes nothing.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Blocks\ItemListPager;
use Ttdt\Blocks\TightMarkup;
use Ttdt\Documents\DocumentTaxonomies;
use Ttdt\Documents\DocumentView;
use Ttdt\Documents\FilterChoices;
use Ttdt\Documents\ItemFinder;
use Ttdt\Documents\ProcedureMeta;
use Ttdt\Documents\ProcedurePostType;

$ttdt_type    = ProcedurePostType::NAME;
$ttdt_params  = ItemFinder::params( $ttdt_type );
$ttdt_filters = ItemFinder::from_request( $ttdt_type );
$ttdt_query   = ItemFinder::query( $ttdt_type, $ttdt_filters, (int) ( $attributes['perPage'] ?? 10 ) );
$ttdt_base    = ItemFinder::base_url( $ttdt_type );
$ttdt_page    = (int) $ttdt_filters['page'];
$ttdt_pages   = (int) $ttdt_query->max_num_pages;
$ttdt_selects = array(
	'field' => array( __( 'Field', 'ttdt-portal' ), __( 'All fields', 'ttdt-portal' ), DocumentTaxonomies::FIELD ),
	'body'  => array( __( 'Implementing body', 'ttdt-portal' ), __( 'All bodies', 'ttdt-portal' ), DocumentTaxonomies::BODY ),
);
$ttdt_form_id = wp_unique_id( 'ttdt-procedures-' );
// Kept between page views: no query.
$ttdt_choices = empty( $attributes['showFilters'] ) ? array() : FilterChoices::of( array_column( $ttdt_selects, 2 ) );
// Grid and flex boxes, block paragraphs: the indentation between tags never shows.
TightMarkup::start();
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'ttdt-item-list' ) ); ?>>
	<?php if ( ! empty( $attributes['showFilters'] ) ) : ?>
		<form class="ttdt-item-list__form" method="get" action="<?php echo esc_url( strtok( $ttdt_base, '?' ) ); ?>" role="search">
			<?php foreach ( ItemFinder::hidden_fields( $ttdt_base ) as $ttdt_name => $ttdt_value ) : ?>
				<input type="hidden" name="<?php echo esc_attr( $ttdt_name ); ?>" value="<?php echo esc_attr( $ttdt_value ); ?>" />
			<?php endforeach; ?>
			<p class="ttdt-item-list__search">
				<label for="<?php echo esc_attr( $ttdt_form_id . '-q' ); ?>"><?php esc_html_e( 'Procedure name or code', 'ttdt-portal' ); ?></label>
				<input id="<?php echo esc_attr( $ttdt_form_id . '-q' ); ?>" type="search" name="<?php echo esc_attr( $ttdt_params['q'] ); ?>" value="<?php echo esc_attr( (string) ( $ttdt_filters['q'] ?? '' ) ); ?>" placeholder="<?php esc_attr_e( 'e.g. dang ky khai sinh', 'ttdt-portal' ); ?>" />
			</p>
			<div class="ttdt-item-list__filters">
				<?php foreach ( $ttdt_selects as $ttdt_filter => list( $ttdt_label, $ttdt_all, $ttdt_taxonomy ) ) : ?>
					<p>
						<label for="<?php echo esc_attr( $ttdt_form_id . '-' . $ttdt_filter ); ?>"><?php echo esc_html( $ttdt_label ); ?></label>
						<select id="<?php echo esc_attr( $ttdt_form_id . '-' . $ttdt_filter ); ?>" name="<?php echo esc_attr( $ttdt_params[ $ttdt_filter ] ); ?>">
							<option value=""><?php echo esc_html( $ttdt_all ); ?></option>
							<?php foreach ( $ttdt_choices[ $ttdt_taxonomy ] ?? array() as $ttdt_slug => $ttdt_name ) : ?>
								<option value="<?php echo esc_attr( (string) $ttdt_slug ); ?>" <?php selected( $ttdt_filters[ $ttdt_filter ] ?? '', $ttdt_slug ); ?>><?php echo esc_html( $ttdt_name ); ?></option>
							<?php endforeach; ?>
						</select>
					</p>
				<?php endforeach; ?>
			</div>
			<p class="ttdt-item-list__actions">
				<button type="submit"><?php esc_html_e( 'Search', 'ttdt-portal' ); ?></button>
				<a href="<?php echo esc_url( $ttdt_base ); ?>"><?php esc_html_e( 'Clear filters', 'ttdt-portal' ); ?></a>
			</p>
		</form>
	<?php endif; ?>
	<p class="ttdt-item-list__count" role="status">
		<?php
		/* translators: %s: number of procedures found. */
		echo esc_html( sprintf( _n( '%s procedure found.', '%s procedures found.', (int) $ttdt_query->found_posts, 'ttdt-portal' ), number_format_i18n( (int) $ttdt_query->found_posts ) ) );
		?>
	</p>
	<?php if ( $ttdt_query->posts ) : ?>
		<ol class="ttdt-item-list__items">
			<?php foreach ( $ttdt_query->posts as $ttdt_post ) : ?>
				<?php
				$ttdt_id      = (int) $ttdt_post->ID;
				$ttdt_details = array_filter(
					array(
						DocumentView::terms( $ttdt_id, DocumentTaxonomies::FIELD ),
						DocumentView::terms( $ttdt_id, DocumentTaxonomies::BODY ),
						(string) get_post_meta( $ttdt_id, ProcedureMeta::TIME, true ),
					)
				);
				$ttdt_code    = (string) get_post_meta( $ttdt_id, ProcedureMeta::CODE, true );
				?>
				<li class="ttdt-item-list__item">
					<?php if ( '' !== $ttdt_code ) : ?>
						<p class="ttdt-item-list__number"><?php echo esc_html( $ttdt_code ); ?></p>
					<?php endif; ?>
					<p class="ttdt-item-list__title"><a href="<?php echo esc_url( (string) get_permalink( $ttdt_post ) ); ?>"><?php echo esc_html( get_the_title( $ttdt_post ) ); ?></a></p>
					<p class="ttdt-item-list__meta"><?php echo esc_html( implode( ' · ', $ttdt_details ) ); ?></p>
				</li>
			<?php endforeach; ?>
		</ol>
	<?php endif; ?>
	<?php ItemListPager::render( $ttdt_page, $ttdt_pages, __( 'Pages of procedures', 'ttdt-portal' ), static fn( int $page ): string => ItemFinder::url( $ttdt_base, $ttdt_type, $ttdt_filters, $page ) ); ?>
</div>
<?php
TightMarkup::end();
