<?php
/**
 * The confidentiality checkbox of an item on the classic edit screen.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Content\ItemTypes;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * For sites that use the classic editor (the block editor has its panel). The gate learns the
 * mark being saved before the item is written (`submitted_meta()`, once the nonce verifies and
 * the user may make that change), so marking and publishing in one click is refused, and the
 * head lifting the mark and publishing in one click is not. Whether the mark may be lifted is
 * the server's {@see Capabilities::UNMARK_CONFIDENTIAL}; the data layer refuses anyone else.
 *
 * @since 0.1.0
 */
final class ClassicMarkBox implements WriteSide {

	/**
	 * Nonce action.
	 *
	 * @var string
	 */
	private const NONCE = 'ttdt_confidential_box';

	/**
	 * Nonce field name (not `ttdt_…`, which the gate reads as meta).
	 *
	 * @var string
	 */
	private const NONCE_FIELD = '_ttdt_confidential_nonce';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'add_meta_boxes', array( $this, 'add_box' ), 10, 2 );
		add_action( 'save_post', array( $this, 'save' ), 10, 2 );
		add_filter( PublishGate::SUBMITTED_META_FILTER, array( $this, 'submitted_meta' ), 10, 3 );
	}

	/**
	 * Adds the box to item screens (classic editor only).
	 *
	 * @since 0.1.0
	 *
	 * @param string       $post_type Post type.
	 * @param WP_Post|null $post      Item.
	 */
	public function add_box( $post_type, $post = null ): void {
		if ( ! is_string( $post_type ) || ! ItemTypes::covers( $post_type ) ) {
			return;
		}
		add_meta_box(
			'ttdt-confidential',
			__( 'Confidentiality', 'ttdt-portal' ),
			array( $this, 'render' ),
			$post_type,
			'side',
			'high',
			array( '__back_compat_meta_box' => true )
		);
	}

	/**
	 * Prints the checkbox.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Item.
	 */
	public function render( $post ): void {
		$marked = ConfidentialFlag::is_marked( $post->ID );
		wp_nonce_field( self::NONCE, self::NONCE_FIELD );
		?>
		<p>
			<input type="hidden" name="<?php echo esc_attr( ConfidentialFlag::KEY ); ?>" value="0" />
			<label>
				<input type="checkbox" name="<?php echo esc_attr( ConfidentialFlag::KEY ); ?>" value="1" <?php checked( $marked ); ?> <?php disabled( $marked && ! current_user_can( Capabilities::UNMARK_CONFIDENTIAL, $post->ID ) ); ?> />
				<?php esc_html_e( 'Confidential (not for publication)', 'ttdt-portal' ); ?>
			</label>
		</p>
		<?php
	}

	/**
	 * Stores the mark once the item is saved.
	 *
	 * @since 0.1.0
	 *
	 * @param int     $post_id Item ID.
	 * @param WP_Post $post    Item.
	 */
	public function save( $post_id, $post ): void {
		if ( ! $post instanceof WP_Post || wp_is_post_autosave( $post_id ) || wp_is_post_revision( $post_id ) ) {
			return;
		}
		$wanted = self::submitted( (int) $post_id, $post->post_type );
		if ( true === $wanted ) {
			update_post_meta( (int) $post_id, ConfidentialFlag::KEY, true );
		} elseif ( false === $wanted ) {
			delete_post_meta( (int) $post_id, ConfidentialFlag::KEY );
		}
	}

	/**
	 * Tells the gate the mark this save will store.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $meta      Meta found so far.
	 * @param int                  $post_id   Item ID.
	 * @param string               $post_type Post type.
	 * @return array<string, mixed>
	 */
	public function submitted_meta( $meta, $post_id, $post_type ): array {
		$meta   = (array) $meta;
		$wanted = self::submitted( (int) $post_id, (string) $post_type );
		if ( null !== $wanted ) {
			$meta[ ConfidentialFlag::KEY ] = $wanted;
		}
		return $meta;
	}

	/**
	 * The mark the form asks for, when its nonce verifies, it changes the mark and the user
	 * may make that change; null otherwise (then nothing is stored).
	 *
	 * @param int    $post_id   Item ID.
	 * @param string $post_type Post type.
	 * @return bool|null
	 */
	private static function submitted( int $post_id, string $post_type ): ?bool {
		if ( ! $post_id || ! isset( $_POST[ self::NONCE_FIELD ], $_POST[ ConfidentialFlag::KEY ] ) || ! ItemTypes::covers( $post_type ) ) {
			return null;
		}
		if ( ! wp_verify_nonce( sanitize_key( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ), self::NONCE ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return null;
		}
		$wanted = rest_sanitize_boolean( sanitize_text_field( wp_unslash( $_POST[ ConfidentialFlag::KEY ] ) ) );
		if ( $wanted === ConfidentialFlag::is_marked( $post_id ) || ! ConfidentialFlag::may_change( get_current_user_id(), $post_id ) ) {
			return null;
		}
		return $wanted;
	}
}
