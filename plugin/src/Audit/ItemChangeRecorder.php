<?php
/**
 * Records edits of items: live items' fields, provenance meta and categories/tags (Art. 7.1, 8.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Post;

/**
 * Listens where the data changes, not where a screen saves it: `post_updated`, the post-meta
 * add/update/delete actions and `set_object_terms` fire on every path (REST, block editor,
 * classic and quick edit, XML-RPC, `update_post_meta()` in other code, cron). One save touches
 * several of them, so changes are collected per item during the request and written at
 * `shutdown` as one `post.edit` entry per item: each changed field, first value → last value.
 *
 * What is kept is what the public or the regulation cares about, not more: the body and
 * excerpt are recorded by length and fingerprint, a post password by fingerprint only.
 *
 * @since 0.1.0
 */
final class ItemChangeRecorder implements WriteSide {

	/**
	 * Action of the entries written.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACTION = 'post.edit';

	/**
	 * Most items whose changes are held before they are written.
	 *
	 * @var int
	 */
	private const PENDING_MAX = 100;

	/**
	 * Meta recorded on any item, live or not, with the type of its value.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string> Meta key => `string`, `bool` or `int`.
	 */
	public static function tracked_meta(): array {
		return array(
			ProvenanceMeta::SOURCE                 => 'string',
			ProvenanceMeta::WRITER                 => 'string',
			ProvenanceMeta::IS_REFERENCE           => 'bool',
			ProvenanceMeta::IS_READER_CONTRIBUTION => 'bool',
			ProvenanceMeta::COLLABORATOR_ID        => 'int',
			'_thumbnail_id'                        => 'int',
			// The receipt has an entry of its own, `receipt.change` (Workflow\Receipt).
		);
	}

	/**
	 * Item ID => `user` (who made the first change), `summary`, `before` and `after`.
	 *
	 * @var array<int, array{user: int, summary: string, before: array<string, mixed>, after: array<string, mixed>}>
	 */
	private array $pending = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'post_updated', array( $this, 'post_updated' ), 10, 3 );
		// The "before" actions read the value about to change; the "after" ones the new value.
		add_action( 'add_post_meta', array( $this, 'meta_before_add' ), 10, 2 );
		add_action( 'update_post_meta', array( $this, 'meta_before' ), 10, 3 );
		add_action( 'delete_post_meta', array( $this, 'meta_before' ), 10, 3 );
		add_action( 'added_post_meta', array( $this, 'meta_after' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'meta_after' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'meta_after' ), 10, 3 );
		add_action( 'set_object_terms', array( $this, 'terms' ), 10, 6 );
		add_action( 'shutdown', array( $this, 'flush' ) );
	}

	/**
	 * Fields of a live (published or scheduled) item changed by a save. Status changes are
	 * recorded by {@see AuditRecorder::post_status()}.
	 *
	 * @since 0.1.0
	 *
	 * @param int     $post_id Item ID.
	 * @param WP_Post $after   Item after.
	 * @param WP_Post $before  Item before.
	 */
	public function post_updated( $post_id, $after, $before ): void {
		if ( ! $after instanceof WP_Post || ! $before instanceof WP_Post || ! $this->tracks( (int) $post_id ) ) {
			return;
		}
		$live = array( 'publish', 'future' );
		if ( ! in_array( $before->post_status, $live, true ) && ! in_array( $after->post_status, $live, true ) ) {
			return;
		}
		// Trashing renames the slug (`__trashed`) and restoring names it back: the move itself
		// is the event, recorded as post.trash / post.restore.
		if ( 'trash' === $before->post_status || 'trash' === $after->post_status ) {
			return;
		}
		$old = self::fields( $before );
		$new = self::fields( $after );
		foreach ( $new as $field => $value ) {
			if ( $old[ $field ] !== $value ) {
				$this->note( (int) $post_id, $field, $old[ $field ], $value );
			}
		}
	}

	/**
	 * Before a meta value is added: the value it had (normally none).
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Item ID.
	 * @param string $key     Meta key.
	 */
	public function meta_before_add( $post_id, $key ): void {
		$this->meta_before( 0, $post_id, $key );
	}

	/**
	 * Before a meta value is updated or deleted: the value it had.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id Meta ID(s), unused.
	 * @param int       $post_id Item ID.
	 * @param string    $key     Meta key.
	 */
	public function meta_before( $meta_id, $post_id, $key ): void {
		$post_id = (int) $post_id;
		if ( ! $this->tracks_meta( $post_id, (string) $key ) || isset( $this->pending[ $post_id ]['before'][ $key ] ) ) {
			return;
		}
		$value = $this->meta_value( $post_id, (string) $key );
		$this->note( $post_id, (string) $key, $value, $value );
	}

	/**
	 * After a meta value was added, updated or deleted: its value now.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_id Meta ID(s), unused.
	 * @param int       $post_id Item ID.
	 * @param string    $key     Meta key.
	 */
	public function meta_after( $meta_id, $post_id, $key ): void {
		$post_id = (int) $post_id;
		if ( ! $this->tracks_meta( $post_id, (string) $key ) ) {
			return;
		}
		$value = $this->meta_value( $post_id, (string) $key );
		// Without a "before" action (e.g. a direct `add_metadata()` caller), it did not exist.
		$was = array_key_exists( $key, $this->pending[ $post_id ]['before'] ?? array() )
			? $this->pending[ $post_id ]['before'][ $key ]
			: self::normalise( self::tracked_meta()[ $key ], null );
		$this->note( $post_id, (string) $key, $was, $value );
	}

	/**
	 * Categories, tags or other terms of an item set.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id    Item ID.
	 * @param array  $terms      Terms given, unused.
	 * @param int[]  $tt_ids     Term taxonomy IDs now.
	 * @param string $taxonomy   Taxonomy.
	 * @param bool   $append     Whether added to the old ones, unused.
	 * @param int[]  $old_tt_ids Term taxonomy IDs before.
	 */
	public function terms( $post_id, $terms, $tt_ids, $taxonomy, $append = false, $old_tt_ids = array() ): void {
		if ( 'post_format' === $taxonomy || ! $this->tracks( (int) $post_id ) ) {
			return;
		}
		$this->note( (int) $post_id, (string) $taxonomy, self::term_names( (array) $old_tt_ids ), self::term_names( (array) $tt_ids ) );
	}

	/**
	 * Writes one entry per changed item, at the end of the request.
	 *
	 * @since 0.1.0
	 */
	public function flush(): void {
		$pending       = $this->pending;
		$this->pending = array();
		foreach ( $pending as $post_id => $change ) {
			$post = get_post( $post_id );
			// Gone (deleted in this request: recorded as such) or never really created.
			if ( ! $post instanceof WP_Post || 'auto-draft' === $post->post_status ) {
				continue;
			}
			$before = array();
			$after  = array();
			foreach ( $change['after'] as $field => $value ) {
				if ( $change['before'][ $field ] !== $value ) {
					$before[ $field ] = $change['before'][ $field ];
					$after[ $field ]  = $value;
				}
			}
			if ( ! $after ) {
				continue;
			}
			$entry = new AuditEntry( self::ACTION, 'post', $post_id, '' !== $post->post_title ? $post->post_title : $change['summary'], $before, $after );
			$entry->by( $change['user'] ? ( get_userdata( $change['user'] ) ?: null ) : null );
			AuditLog::append( $entry );
		}
	}

	/**
	 * Remembers a change: the first "before" and the latest "after" of each field.
	 *
	 * @param int    $post_id Item ID.
	 * @param string $field   Field.
	 * @param mixed  $before  Value before.
	 * @param mixed  $after   Value after.
	 */
	private function note( int $post_id, string $field, $before, $after ): void {
		if ( ! isset( $this->pending[ $post_id ] ) && count( $this->pending ) >= self::PENDING_MAX ) {
			// A long run (an import, a command-line loop) writes as it goes, holding little.
			$this->flush();
		}
		if ( ! isset( $this->pending[ $post_id ] ) ) {
			$this->pending[ $post_id ] = array(
				'user'    => get_current_user_id(),
				'summary' => (string) get_the_title( $post_id ),
				'before'  => array(),
				'after'   => array(),
			);
		}
		if ( ! array_key_exists( $field, $this->pending[ $post_id ]['before'] ) ) {
			$this->pending[ $post_id ]['before'][ $field ] = $before;
		}
		$this->pending[ $post_id ]['after'][ $field ] = $after;
	}

	/**
	 * Whether changes of an item are recorded: items under the publish gate, not revisions.
	 *
	 * @param int $post_id Item ID.
	 * @return bool
	 */
	private function tracks( int $post_id ): bool {
		return $post_id > 0 && in_array( get_post_type( $post_id ), PublishGate::post_types(), true );
	}

	/**
	 * Whether a meta change is recorded.
	 *
	 * @param int    $post_id Item ID.
	 * @param string $key     Meta key.
	 * @return bool
	 */
	private function tracks_meta( int $post_id, string $key ): bool {
		return isset( self::tracked_meta()[ $key ] ) && $this->tracks( $post_id );
	}

	/**
	 * A tracked meta value as stored now, normalised to its type.
	 *
	 * @param int    $post_id Item ID.
	 * @param string $key     Meta key.
	 * @return mixed
	 */
	private function meta_value( int $post_id, string $key ) {
		$values = get_post_meta( $post_id, $key );
		return self::normalise( self::tracked_meta()[ $key ], $values ? reset( $values ) : null );
	}

	/**
	 * A value as recorded: `false`, `0` or `''` for none, so "absent" equals "empty".
	 *
	 * @param string $type  `string`, `bool` or `int`.
	 * @param mixed  $value Stored value.
	 * @return mixed
	 */
	private static function normalise( string $type, $value ) {
		if ( 'bool' === $type ) {
			return (bool) rest_sanitize_boolean( $value ?? false );
		}
		if ( 'int' === $type ) {
			return (int) $value;
		}
		return is_scalar( $value ) ? (string) $value : '';
	}

	/**
	 * The recorded fields of an item. Body and excerpt by length and fingerprint, the post
	 * password by fingerprint only: enough to show that and how much they changed.
	 *
	 * @param WP_Post $post Item.
	 * @return array<string, mixed>
	 */
	private static function fields( WP_Post $post ): array {
		$author = get_userdata( (int) $post->post_author );
		return array(
			'title'    => (string) $post->post_title,
			'content'  => self::fingerprint( (string) $post->post_content, true ),
			'excerpt'  => self::fingerprint( (string) $post->post_excerpt, true ),
			'slug'     => (string) $post->post_name,
			'date'     => (string) $post->post_date,
			'password' => self::fingerprint( (string) $post->post_password, false ),
			'author'   => $author ? (string) $author->user_login : (string) $post->post_author,
			'parent'   => (int) $post->post_parent,
		);
	}

	/**
	 * `<characters>:<fingerprint>` of a text, or the fingerprint alone; '' for an empty text.
	 *
	 * @param string $text        Text.
	 * @param bool   $with_length Whether to include the length.
	 * @return string
	 */
	private static function fingerprint( string $text, bool $with_length ): string {
		if ( '' === $text ) {
			return '';
		}
		// Keyed with the site's salt: a short password cannot be guessed from it.
		$hash = substr( wp_hash( $text ), 0, 8 );
		return $with_length ? mb_strlen( $text, 'UTF-8' ) . ':' . $hash : $hash;
	}

	/**
	 * Names of terms, sorted, given their term taxonomy IDs.
	 *
	 * @param int[] $tt_ids Term taxonomy IDs.
	 * @return string[]
	 */
	private static function term_names( array $tt_ids ): array {
		$tt_ids = array_values( array_unique( array_filter( array_map( 'intval', $tt_ids ) ) ) );
		if ( ! $tt_ids ) {
			return array();
		}
		$terms = get_terms(
			array(
				'term_taxonomy_id' => $tt_ids,
				'hide_empty'       => false,
			)
		);
		$names = array();
		foreach ( is_array( $terms ) ? $terms : array() as $term ) {
			$names[ (int) $term->term_taxonomy_id ] = (string) $term->name;
		}
		foreach ( $tt_ids as $tt_id ) {
			// A term deleted in the same request: its ID is all that is left.
			$names[ $tt_id ] = $names[ $tt_id ] ?? '#' . $tt_id;
		}
		$names = array_values( $names );
		sort( $names );
		return $names;
	}
}
