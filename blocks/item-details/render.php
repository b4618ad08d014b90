<?php
/**
 * Server rendering of `ttdt/item-details`: the fields of the document or procedure in context.
 *
 * @package Ttdt
 *
 * @var array<string, mixed> $attributes Block attributes.
 * @var WP_Block             $block      The block, with `postId` in its context.
 */

defined( 'ABSPATH' ) || exit;

use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentTaxonomies;
use Ttdt\Documents\DocumentView;
use Ttdt\Documents\ProcedureMeta;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Documents\Relations;

$ttdt_post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
$ttdt_type    = (string) get_post_type( $ttdt_post_id );
if ( ! $ttdt_post_id || ! in_array( $ttdt_type, array( DocumentPostType::NAME, ProcedurePostType::NAME ), true ) ) {
	return;
}

$ttdt_is_document = DocumentPostType::NAME === $ttdt_type;
if ( $ttdt_is_document ) {
	$ttdt_standing = Relations::standing( $ttdt_post_id );
	$ttdt_rows     = array(
		__( 'Number and symbol', 'ttdt-portal' ) => (string) get_post_meta( $ttdt_post_id, DocumentMeta::NUMBER, true ),
		__( 'Document type', 'ttdt-portal' )     => DocumentView::terms( $ttdt_post_id, DocumentTaxonomies::TYPE ),
		__( 'Issuing body', 'ttdt-portal' )      => DocumentView::terms( $ttdt_post_id, DocumentTaxonomies::BODY ),
		__( 'Field', 'ttdt-portal' )             => DocumentView::terms( $ttdt_post_id, DocumentTaxonomies::FIELD ),
		__( 'Signed by', 'ttdt-portal' )         => (string) get_post_meta( $ttdt_post_id, DocumentMeta::SIGNER, true ),
		__( 'Issue date', 'ttdt-portal' )        => DocumentView::date( (string) get_post_meta( $ttdt_post_id, DocumentMeta::ISSUED, true ) ),
		__( 'Effective date', 'ttdt-portal' )    => DocumentView::date( (string) get_post_meta( $ttdt_post_id, DocumentMeta::EFFECTIVE, true ) ),
		__( 'Expiry date', 'ttdt-portal' )       => DocumentView::date( (string) get_post_meta( $ttdt_post_id, DocumentMeta::EXPIRES, true ) ),
		__( 'Standing', 'ttdt-portal' )          => Relations::label( $ttdt_standing ),
	);
	$ttdt_long      = array();
	$ttdt_files     = DocumentView::files( $ttdt_post_id, DocumentMeta::FILES );
	$ttdt_relations = DocumentView::relations( $ttdt_post_id );
	$ttdt_replacers = Relations::sources( $ttdt_post_id, DocumentMeta::REPLACES );
} else {
	$ttdt_standing  = '';
	$ttdt_rows      = array(
		__( 'Procedure code', 'ttdt-portal' )    => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::CODE, true ),
		__( 'Field', 'ttdt-portal' )             => DocumentView::terms( $ttdt_post_id, DocumentTaxonomies::FIELD ),
		__( 'Implementing body', 'ttdt-portal' ) => DocumentView::terms( $ttdt_post_id, DocumentTaxonomies::BODY ),
		__( 'Processing time', 'ttdt-portal' )   => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::TIME, true ),
		__( 'Fees and charges', 'ttdt-portal' )  => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::FEES, true ),
		__( 'Result', 'ttdt-portal' )            => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::RESULT, true ),
	);
	$ttdt_long      = array(
		__( 'Steps', 'ttdt-portal' )              => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::STEPS, true ),
		__( 'Dossier components', 'ttdt-portal' ) => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::DOSSIER, true ),
		__( 'Legal basis', 'ttdt-portal' )        => (string) get_post_meta( $ttdt_post_id, ProcedureMeta::BASIS, true ),
	);
	$ttdt_files     = DocumentView::files( $ttdt_post_id, ProcedureMeta::FORMS );
	$ttdt_relations = array();
	$ttdt_replacers = array();
	$ttdt_portal    = (string) get_post_meta( $ttdt_post_id, ProcedureMeta::URL, true );
}
$ttdt_rows = array_filter( $ttdt_rows, static fn( string $value ): bool => '' !== $value );
$ttdt_long = array_filter( $ttdt_long, static fn( string $value ): bool => '' !== $value );
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'ttdt-item-details' ) ); ?>>
	<?php if ( Relations::REPLACED === $ttdt_standing || Relations::EXPIRED === $ttdt_standing ) : ?>
		<p class="ttdt-item-details__notice" role="note">
			<?php if ( $ttdt_replacers ) : ?>
				<?php esc_html_e( 'This document has been replaced by:', 'ttdt-portal' ); ?>
				<?php foreach ( $ttdt_replacers as $ttdt_replacer ) : ?>
					<a href="<?php echo esc_url( (string) get_permalink( $ttdt_replacer ) ); ?>"><?php echo esc_html( DocumentView::name( $ttdt_replacer ) ); ?></a>
				<?php endforeach; ?>
			<?php else : ?>
				<?php esc_html_e( 'This document has expired. It is kept here for reference.', 'ttdt-portal' ); ?>
			<?php endif; ?>
		</p>
	<?php endif; ?>
	<?php if ( $ttdt_rows ) : ?>
		<dl class="ttdt-item-details__fields">
			<?php foreach ( $ttdt_rows as $ttdt_label => $ttdt_value ) : ?>
				<div>
					<dt><?php echo esc_html( (string) $ttdt_label ); ?></dt>
					<dd><?php echo esc_html( $ttdt_value ); ?></dd>
				</div>
			<?php endforeach; ?>
		</dl>
	<?php endif; ?>
	<?php foreach ( $ttdt_long as $ttdt_label => $ttdt_value ) : ?>
		<h2 class="ttdt-item-details__heading"><?php echo esc_html( (string) $ttdt_label ); ?></h2>
		<?php echo wp_kses_post( wpautop( esc_html( $ttdt_value ) ) ); ?>
	<?php endforeach; ?>
	<?php if ( $ttdt_files ) : ?>
		<h2 class="ttdt-item-details__heading"><?php echo esc_html( $ttdt_is_document ? __( 'Attached files', 'ttdt-portal' ) : __( 'Forms to download', 'ttdt-portal' ) ); ?></h2>
		<ul class="ttdt-item-details__files">
			<?php foreach ( $ttdt_files as $ttdt_file ) : ?>
				<li>
					<a href="<?php echo esc_url( $ttdt_file['url'] ); ?>" download><?php echo esc_html( $ttdt_file['title'] ); ?></a>
					<span class="ttdt-item-details__file-kind"><?php echo esc_html( trim( $ttdt_file['kind'] . ' ' . $ttdt_file['size'] ) ); ?></span>
				</li>
			<?php endforeach; ?>
		</ul>
	<?php endif; ?>
	<?php if ( $ttdt_relations ) : ?>
		<h2 class="ttdt-item-details__heading"><?php esc_html_e( 'Related documents', 'ttdt-portal' ); ?></h2>
		<dl class="ttdt-item-details__relations">
			<?php foreach ( $ttdt_relations as $ttdt_label => $ttdt_related ) : ?>
				<div>
					<dt><?php echo esc_html( (string) $ttdt_label ); ?></dt>
					<?php foreach ( $ttdt_related as $ttdt_other ) : ?>
						<dd><a href="<?php echo esc_url( (string) get_permalink( $ttdt_other ) ); ?>"><?php echo esc_html( DocumentView::name( $ttdt_other ) ); ?></a></dd>
					<?php endforeach; ?>
				</div>
			<?php endforeach; ?>
		</dl>
	<?php endif; ?>
	<?php if ( ! $ttdt_is_document && '' !== $ttdt_portal ) : ?>
		<p class="ttdt-item-details__portal">
			<a href="<?php echo esc_url( $ttdt_portal ); ?>" rel="external"><?php esc_html_e( 'Carry out this procedure online on the National Public Service Portal', 'ttdt-portal' ); ?></a>
		</p>
	<?php endif; ?>
</div>
