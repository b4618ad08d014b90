<?php
/**
 * Source, writer and the two flags on the classic edit screen and in the item list.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Collaborators\CollaboratorLookup;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * The block editor has its own panel; this box serves sites that use the classic editor. Its
 * fields are named like the meta keys; the publish gate learns the values being saved before
 * they are stored through `submitted_meta()`, only once the box's nonce verifies. The list gets a column so editors see at a glance what is missing; quick edit does
 * not edit these fields (the gate judges the stored values there).
 *
 * @since 0.1.0
 */
final class ClassicEditorBox implements WriteSide {

	/**
	 * Nonce action and field name.
	 *
	 * @var string
	 */
	private const NONCE = 'ttdt_provenance_box';

	/**
	 * Nonce field name (not `ttdt_…`, which the gate reads as meta).
	 *
	 * @var string
	 */
	private const NONCE_FIELD = '_ttdt_provenance_nonce';

	/**
	 * List column name.
	 *
	 * @var string
	 */
	private const COLUMN = 'ttdt_provenance';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'add_meta_boxes', array( $this, 'add_box' ), 10, 2 );
		add_action( 'save_post', array( $this, 'save' ), 10, 2 );
		add_filter( PublishGate::SUBMITTED_META_FILTER, array( $this, 'submitted_meta' ), 10, 3 );
		add_action( 'admin_init', array( $this, 'register_columns' ) );
	}

	/**
	 * Adds the box to the classic edit screen of items that carry provenance.
	 *
	 * @since 0.1.0
	 *
	 * @param string  $post_type Post type.
	 * @param WP_Post $post      The item.
	 */
	public function add_box( $post_type, $post = null ): void {
		if ( ! is_string( $post_type ) || ! ProvenanceMeta::applies_to( $post_type ) ) {
			return;
		}
		add_meta_box(
			'ttdt-provenance',
			__( 'Source & writer', 'ttdt-portal' ),
			array( $this, 'render' ),
			$post_type,
			'side',
			'high',
			// The block editor has its own panel; a second copy of the fields would overwrite it.
			array( '__back_compat_meta_box' => true )
		);
	}

	/**
	 * Prints the box.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The item.
	 */
	public function render( $post ): void {
		$source       = ProvenanceMeta::text( $post->ID, ProvenanceMeta::SOURCE );
		$writer       = ProvenanceMeta::text( $post->ID, ProvenanceMeta::WRITER );
		$reference    = ProvenanceMeta::is_reference( $post->ID );
		$contribution = ProvenanceMeta::is_reader_contribution( $post->ID );
		// Same rule as the REST suggestions: past sources are shown to those who see the registry.
		$suggestions = current_user_can( CollaboratorPostType::MANAGE_CAPABILITY ) ? SuggestionsController::recent_sources( '', 20 ) : array();
		wp_nonce_field( self::NONCE, self::NONCE_FIELD );
		?>
		<p>
			<label for="ttdt-source"><strong><?php esc_html_e( 'News source', 'ttdt-portal' ); ?></strong></label>
			<input type="text" class="widefat" id="ttdt-source" name="<?php echo esc_attr( ProvenanceMeta::SOURCE ); ?>" value="<?php echo esc_attr( $source ); ?>" list="ttdt-source-suggestions" />
			<datalist id="ttdt-source-suggestions">
				<?php foreach ( $suggestions as $suggestion ) : ?>
					<option value="<?php echo esc_attr( $suggestion ); ?>"></option>
				<?php endforeach; ?>
			</datalist>
		</p>
		<p>
			<label for="ttdt-writer"><strong><?php esc_html_e( 'Writer', 'ttdt-portal' ); ?></strong></label>
			<input type="text" class="widefat" id="ttdt-writer" name="<?php echo esc_attr( ProvenanceMeta::WRITER ); ?>" value="<?php echo esc_attr( $writer ); ?>" />
		</p>
		<p>
			<input type="hidden" name="<?php echo esc_attr( ProvenanceMeta::IS_REFERENCE ); ?>" value="0" />
			<label>
				<input type="checkbox" name="<?php echo esc_attr( ProvenanceMeta::IS_REFERENCE ); ?>" value="1" <?php checked( $reference ); ?> />
				<?php esc_html_e( 'Reference news (not yet confirmed by the competent authority)', 'ttdt-portal' ); ?>
			</label>
		</p>
		<p>
			<input type="hidden" name="<?php echo esc_attr( ProvenanceMeta::IS_READER_CONTRIBUTION ); ?>" value="0" />
			<label>
				<input type="checkbox" name="<?php echo esc_attr( ProvenanceMeta::IS_READER_CONTRIBUTION ); ?>" value="1" <?php checked( $contribution ); ?> />
				<?php esc_html_e( 'Reader\'s contribution (no source or writer needed)', 'ttdt-portal' ); ?>
			</label>
		</p>
		<?php
	}

	/**
	 * Saves the box's fields.
	 *
	 * @since 0.1.0
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    The item.
	 */
	public function save( $post_id, $post ): void {
		if ( ! $post instanceof WP_Post || wp_is_post_autosave( $post_id ) || wp_is_post_revision( $post_id ) ) {
			return;
		}
		$values = self::submitted( (int) $post_id, $post->post_type );
		if ( null === $values ) {
			return;
		}
		foreach ( $values as $key => $value ) {
			update_post_meta( $post_id, $key, $value );
		}
	}

	/**
	 * Tells the publish gate the values this save will store, once the box's nonce verifies.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $meta      Meta found so far.
	 * @param int                  $post_id   Post ID.
	 * @param string               $post_type Post type.
	 * @return array<string, mixed>
	 */
	public function submitted_meta( $meta, $post_id, $post_type ): array {
		$values = self::submitted( (int) $post_id, (string) $post_type );
		return array_merge( (array) $meta, $values ?? array() );
	}

	/**
	 * The values this box submitted for an item, exactly as `save()` stores them, or null when
	 * the request did not come from the box: no valid nonce, or a user who may not edit the item.
	 *
	 * The publish gate judges a classic save by these values, so a form that merely posts
	 * `ttdt_*` fields (quick edit, bulk edit, a forged request) is judged by what is stored.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id   Post ID (0 for an item not created yet).
	 * @param string $post_type Post type.
	 * @return array<string, mixed>|null Meta key => value, or null.
	 */
	public static function submitted( int $post_id, string $post_type ): ?array {
		if ( ! isset( $_POST[ self::NONCE_FIELD ] ) || ! ProvenanceMeta::applies_to( $post_type ) ) {
			return null;
		}
		if ( ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ), self::NONCE ) ) {
			return null;
		}
		if ( ! $post_id || ! current_user_can( 'edit_post', $post_id ) ) {
			return null;
		}

		$writer = isset( $_POST[ ProvenanceMeta::WRITER ] ) ? ProvenanceMeta::sanitize_text( wp_unslash( $_POST[ ProvenanceMeta::WRITER ] ) ) : '';
		return array(
			ProvenanceMeta::SOURCE                 => isset( $_POST[ ProvenanceMeta::SOURCE ] ) ? ProvenanceMeta::sanitize_text( wp_unslash( $_POST[ ProvenanceMeta::SOURCE ] ) ) : '',
			ProvenanceMeta::WRITER                 => $writer,
			ProvenanceMeta::IS_REFERENCE           => isset( $_POST[ ProvenanceMeta::IS_REFERENCE ] ) && rest_sanitize_boolean( sanitize_text_field( wp_unslash( $_POST[ ProvenanceMeta::IS_REFERENCE ] ) ) ),
			ProvenanceMeta::IS_READER_CONTRIBUTION => isset( $_POST[ ProvenanceMeta::IS_READER_CONTRIBUTION ] ) && rest_sanitize_boolean( sanitize_text_field( wp_unslash( $_POST[ ProvenanceMeta::IS_READER_CONTRIBUTION ] ) ) ),
			ProvenanceMeta::COLLABORATOR_ID        => CollaboratorLookup::find_by_name( $writer ),
		);
	}

	/**
	 * Adds the column to the list of each item type that carries provenance.
	 *
	 * @since 0.1.0
	 */
	public function register_columns(): void {
		foreach ( ProvenanceMeta::post_types() as $post_type ) {
			add_filter( "manage_{$post_type}_posts_columns", array( $this, 'add_column' ) );
			add_action( "manage_{$post_type}_posts_custom_column", array( $this, 'render_column' ), 10, 2 );
		}
	}

	/**
	 * Adds "Source and writer" after the title.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $columns Columns.
	 * @return array<string, string>
	 */
	public function add_column( $columns ): array {
		$result = array();
		foreach ( (array) $columns as $key => $label ) {
			$result[ $key ] = $label;
			if ( 'title' === $key ) {
				$result[ self::COLUMN ] = __( 'Source & writer', 'ttdt-portal' );
			}
		}
		if ( ! isset( $result[ self::COLUMN ] ) ) {
			$result[ self::COLUMN ] = __( 'Source & writer', 'ttdt-portal' );
		}
		return $result;
	}

	/**
	 * Prints the column: writer and source, or what is missing.
	 *
	 * @since 0.1.0
	 *
	 * @param string $column  Column name.
	 * @param int    $post_id Post ID.
	 */
	public function render_column( $column, $post_id ): void {
		if ( self::COLUMN !== $column ) {
			return;
		}
		$post_id = (int) $post_id;
		$writer  = ProvenanceMeta::text( $post_id, ProvenanceMeta::WRITER );
		$source  = ProvenanceMeta::text( $post_id, ProvenanceMeta::SOURCE );
		if ( ProvenanceMeta::is_reader_contribution( $post_id ) && '' === $writer && '' === $source ) {
			echo esc_html__( 'Reader\'s contribution', 'ttdt-portal' );
			return;
		}
		$missing = '<em class="ttdt-missing">' . esc_html__( '(missing)', 'ttdt-portal' ) . '</em>';
		echo esc_html__( 'Written by:', 'ttdt-portal' ) . ' ' . ( '' === $writer ? wp_kses_post( $missing ) : esc_html( $writer ) ) . '<br />';
		echo esc_html__( 'News source:', 'ttdt-portal' ) . ' ' . ( '' === $source ? wp_kses_post( $missing ) : esc_html( $source ) );
	}
}
