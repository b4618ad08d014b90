<?php
/**
 * The confidentiality mark (mật / không công bố) of an item or an attachment, and who may change it.
 *
 * @package Ttdt
 */

namespace Ttdt\Confidentiality;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Content\ItemTypes;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * Art. 4.2 and 8.2: nothing marked confidential may be published. The mark is registered post
 * meta of every item type and of attachments. Anyone who may edit the item marks it; only the
 * head of the board or an administrator removes the mark ({@see Capabilities::UNMARK_CONFIDENTIAL}).
 * The rule is held where the data changes: the meta's `auth_callback` answers REST, XML-RPC and
 * the custom-fields box, and the metadata filters refuse a change by a signed-in user who may
 * not make it, whatever code asks. Each real change fires {@see self::CHANGED_ACTION} once.
 *
 * The meta is not writable through the posts endpoints (the editor sends every REST meta key
 * on each save, so a stale copy would unmark an item): {@see ConfidentialController} changes it.
 *
 * @since 0.1.0
 */
final class ConfidentialFlag implements Hookable {

	/**
	 * Post meta: `1` when the item or attachment is confidential.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const KEY = 'ttdt_confidential';

	/**
	 * Action fired after the mark changed: `( int $post_id, bool $marked )`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const CHANGED_ACTION = 'ttdt_confidential_changed';

	/**
	 * Whether each post was marked before the metadata write in progress, by ID.
	 *
	 * @var array<int, bool>
	 */
	private array $before = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register' ) );
		add_filter( 'add_post_metadata', array( $this, 'guard' ), 10, 3 );
		add_filter( 'update_post_metadata', array( $this, 'guard' ), 10, 3 );
		add_filter( 'delete_post_metadata', array( $this, 'guard' ), 10, 3 );
		add_action( 'add_post_meta', array( $this, 'remember_before_add' ), 10, 2 );
		add_action( 'update_post_meta', array( $this, 'remember_before' ), 10, 3 );
		add_action( 'delete_post_meta', array( $this, 'remember_before' ), 10, 3 );
		foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $hook ) {
			add_action( $hook, array( $this, 'after_change' ), 10, 3 );
		}
	}

	/**
	 * Post types that can be marked: every item type and attachments.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function post_types(): array {
		return array_merge( ItemTypes::all(), array( 'attachment' ) );
	}

	/**
	 * Registers the mark for each post type.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		foreach ( self::post_types() as $post_type ) {
			register_post_meta(
				$post_type,
				self::KEY,
				array(
					'type'              => 'boolean',
					'description'       => __( 'Confidential (not for publication): the item can never be published and its files are not public.', 'ttdt-portal' ),
					'single'            => true,
					'default'           => false,
					'show_in_rest'      => false,
					'sanitize_callback' => 'rest_sanitize_boolean',
					'auth_callback'     => array( self::class, 'auth' ),
				)
			);
		}
	}

	/**
	 * Whether a post is marked confidential.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function is_marked( int $post_id ): bool {
		return $post_id > 0 && rest_sanitize_boolean( get_post_meta( $post_id, self::KEY, true ) );
	}

	/**
	 * Whether a user may change the mark of a post now: marking needs the right to edit it,
	 * removing the mark needs {@see Capabilities::UNMARK_CONFIDENTIAL}.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User ID.
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function may_change( int $user_id, int $post_id ): bool {
		return self::is_marked( $post_id )
			? user_can( $user_id, Capabilities::UNMARK_CONFIDENTIAL, $post_id )
			: user_can( $user_id, 'edit_post', $post_id );
	}

	/**
	 * The meta's `auth_callback` (`edit_post_meta` and friends).
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed   Whether allowed so far.
	 * @param string $meta_key  Meta key.
	 * @param int    $object_id Post ID.
	 * @param int    $user_id   User ID.
	 * @return bool
	 */
	public static function auth( $allowed, $meta_key, $object_id, $user_id ): bool {
		return self::may_change( (int) $user_id, (int) $object_id );
	}

	/**
	 * Refuses a write of the mark by a signed-in user who may not change it (code running
	 * without a user, e.g. cron or an import, is trusted like any PHP code).
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $check     Null to go on.
	 * @param int    $object_id Post ID.
	 * @param string $meta_key  Meta key.
	 * @return mixed False to refuse.
	 */
	public function guard( $check, $object_id, $meta_key ) {
		if ( self::KEY !== $meta_key || null !== $check ) {
			return $check;
		}
		$user_id = get_current_user_id();
		return $user_id && ! self::may_change( $user_id, (int) $object_id ) ? false : $check;
	}

	/**
	 * Notes the mark before a value is added.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $object_id Post ID.
	 * @param string $meta_key  Meta key.
	 */
	public function remember_before_add( $object_id, $meta_key ): void {
		$this->remember_before( 0, $object_id, $meta_key );
	}

	/**
	 * Notes the mark before a value changes or is deleted.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $meta_id   Meta ID(s).
	 * @param int    $object_id Post ID.
	 * @param string $meta_key  Meta key.
	 */
	public function remember_before( $meta_id, $object_id, $meta_key ): void {
		if ( self::KEY === $meta_key ) {
			$this->before[ (int) $object_id ] = self::is_marked( (int) $object_id );
		}
	}

	/**
	 * Fires {@see self::CHANGED_ACTION} when a write really changed the mark.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed  $meta_id   Meta ID(s).
	 * @param int    $object_id Post ID.
	 * @param string $meta_key  Meta key.
	 */
	public function after_change( $meta_id, $object_id, $meta_key ): void {
		$post_id = (int) $object_id;
		if ( self::KEY !== $meta_key || ! array_key_exists( $post_id, $this->before ) ) {
			return;
		}
		$was = $this->before[ $post_id ];
		unset( $this->before[ $post_id ] );
		$now = self::is_marked( $post_id );
		if ( $was !== $now ) {
			/**
			 * Fires after an item or attachment was marked confidential or the mark removed.
			 *
			 * @since 0.1.0
			 *
			 * @param int  $post_id Post ID.
			 * @param bool $marked  Whether it is now confidential.
			 */
			do_action( self::CHANGED_ACTION, $post_id, $now );
		}
	}
}
