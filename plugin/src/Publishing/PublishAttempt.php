<?php
/**
 * What is about to be published, as the publish checks see it.
 *
 * @package Ttdt
 */

namespace Ttdt\Publishing;

defined( 'ABSPATH' ) || exit;

/**
 * The post's fields and meta as they will be after the save, whichever path the save takes:
 * the meta values the save will store win over the stored ones. Only values that will really
 * be stored belong here (sanitised REST meta, `meta_input`, fields of a form whose nonce
 * verified), never what a request merely claims.
 *
 * @since 0.1.0
 */
final class PublishAttempt {

	/**
	 * Path through which the post is being published: `rest`, `admin` (classic screens, quick
	 * edit, XML-RPC and any other `wp_insert_post()` caller) or `cron` (scheduled publishing).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $via;

	/**
	 * Post ID; 0 for a post created and published in one request.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public int $post_id;

	/**
	 * Post type.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $post_type;

	/**
	 * Status before the save (`new` for a new post).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $from_status;

	/**
	 * Status requested: `publish` or `future`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $to_status;

	/**
	 * Post fields after the save (post_title, post_content, post_excerpt, …).
	 *
	 * @var array<string, mixed>
	 */
	private array $fields;

	/**
	 * Meta values the save will store, by key.
	 *
	 * @var array<string, mixed>
	 */
	private array $incoming_meta;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string               $via           Publishing path.
	 * @param int                  $post_id       Post ID or 0.
	 * @param array<string, mixed> $fields        Post fields after the save.
	 * @param string               $from_status   Status before the save.
	 * @param array<string, mixed> $incoming_meta Meta the save will store.
	 */
	public function __construct( string $via, int $post_id, array $fields, string $from_status, array $incoming_meta = array() ) {
		$this->via           = $via;
		$this->post_id       = $post_id;
		$this->fields        = $fields;
		$this->post_type     = (string) ( $fields['post_type'] ?? 'post' );
		$this->to_status     = (string) ( $fields['post_status'] ?? '' );
		$this->from_status   = $from_status;
		$this->incoming_meta = $incoming_meta;
	}

	/**
	 * A post field after the save.
	 *
	 * @since 0.1.0
	 *
	 * @param string $name Field name, e.g. `post_title`.
	 * @return string
	 */
	public function field( string $name ): string {
		return (string) ( $this->fields[ $name ] ?? '' );
	}

	/**
	 * A meta value after the save: the one the save will store, else the stored one.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Meta key.
	 * @return mixed
	 */
	public function meta( string $key ) {
		if ( array_key_exists( $key, $this->incoming_meta ) ) {
			return $this->incoming_meta[ $key ];
		}
		$registered = get_registered_meta_keys( 'post', $this->post_type )[ $key ] ?? get_registered_meta_keys( 'post', '' )[ $key ] ?? null;
		$list       = is_array( $registered ) && empty( $registered['single'] );
		if ( ! $this->post_id ) {
			return $list ? array() : '';
		}
		// A list field (one row per value, `single` false) is read whole.
		return get_post_meta( $this->post_id, $key, ! $list );
	}

	/**
	 * The user doing the save (for cron, the post's author).
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public function user_id(): int {
		if ( 'cron' === $this->via ) {
			return (int) ( $this->fields['post_author'] ?? 0 );
		}
		return get_current_user_id();
	}
}
