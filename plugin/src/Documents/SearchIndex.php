<?php
/**
 * The search table of documents and procedures: one row per (item, folded token).
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\WriteSide;
use Ttdt\Support\Table;
use WP_Post;

/**
 * `LIKE '%…%'` over post content scans every row and cannot ignore accents. Here each item's
 * searchable text (title, number, signer, types, bodies, fields, content) is folded by
 * {@see SearchText} and stored as tokens under a `(token, post_id)` index, so a search is a
 * few index range reads however many documents the commune publishes.
 *
 * The row set is rebuilt after every save, once core has stored the meta and terms
 * (`wp_after_insert_post`), and when a field or term changes outside a save.
 *
 * @since 0.1.0
 */
final class SearchIndex extends Table implements WriteSide {

	/**
	 * Table name, without the site prefix.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_search_tokens';

	/**
	 * Option holding the installed schema version.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VERSION_OPTION = 'ttdt_search_schema_version';

	/**
	 * Schema version.
	 *
	 * @var int
	 */
	protected const VERSION = 1;

	/**
	 * Cron event that indexes the items the index misses, a batch at a time (args: the last
	 * item ID a batch reached).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const BACKFILL_EVENT = 'ttdt_search_backfill';

	/**
	 * Items indexed per batch: about a quarter of a second of work.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const BACKFILL_BATCH = 200;

	/**
	 * Items whose save is under way (their index is rebuilt once, after the save).
	 *
	 * @var array<int, true>
	 */
	private array $saving = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_insert_post_data', array( $this, 'start_save' ), 10, 2 );
		add_action( 'wp_after_insert_post', array( $this, 'after_save' ), 10, 2 );
		add_action( 'added_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'updated_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'deleted_post_meta', array( $this, 'meta_changed' ), 10, 3 );
		add_action( 'set_object_terms', array( $this, 'terms_changed' ) );
		add_action( 'edited_term', array( $this, 'term_renamed' ), 10, 3 );
		add_action( 'deleted_post', array( self::class, 'forget' ) );
		add_action( self::BACKFILL_EVENT, array( self::class, 'backfill' ) );
	}

	/**
	 * {@inheritDoc}
	 */
	protected static function definitions(): array {
		$table   = self::table();
		$charset = self::charset();
		return array(
			"CREATE TABLE {$table} (
post_id bigint(20) unsigned NOT NULL,
token varchar(64) NOT NULL,
PRIMARY KEY  (post_id,token),
KEY token_post (token,post_id)
) {$charset};",
		);
	}

	/**
	 * Indexes the documents and procedures already there when the table is made: written
	 * while the index did not exist (before an update that brought it, or by an import or a
	 * set-up that ran before the plugin started), they would otherwise never be found.
	 *
	 * The first batch is indexed in this request, the rest in the background: the table is
	 * made in whichever request comes first, often a visitor's, and thousands of documents
	 * would hold it past PHP's time limit, and every request after it would try again.
	 *
	 * @since 0.1.0
	 */
	protected static function installed(): void {
		// Tables are made early on `init`, before the types' taxonomies are registered: an item
		// indexed then would miss its type, body and field names. The first batch waits for them.
		if ( did_action( 'wp_loaded' ) ) {
			self::backfill();
		} else {
			add_action( 'wp_loaded', array( self::class, 'backfill' ) );
		}
	}

	/**
	 * On activation: indexes, in the background, what was written while the plugin was off.
	 *
	 * @since 0.1.0
	 */
	public static function schedule_backfill(): void {
		if ( ! wp_next_scheduled( self::BACKFILL_EVENT, array( 0 ) ) ) {
			wp_schedule_single_event( time(), self::BACKFILL_EVENT, array( 0 ) );
		}
	}

	/**
	 * Indexes the next batch of items the index misses, after an item ID, and schedules the
	 * batch after it. Should the request die half-way (a time limit, a lost database), the
	 * same batch runs again in five minutes.
	 *
	 * @since 0.1.0
	 *
	 * @param int $after The last item ID of the batch before (0 for the first).
	 */
	public static function backfill( $after = 0 ): void {
		global $wpdb;

		$after = max( 0, (int) $after );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- IDs only, a batch at a time, by the primary keys.
		$ids = array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT p.ID FROM {$wpdb->posts} p WHERE p.post_type IN (%s, %s) AND p.post_status <> 'auto-draft' AND p.ID > %d AND NOT EXISTS (SELECT 1 FROM %i t WHERE t.post_id = p.ID) ORDER BY p.ID LIMIT %d", DocumentPostType::NAME, ProcedurePostType::NAME, $after, self::table(), self::BACKFILL_BATCH ) ) );
		if ( ! $ids ) {
			return;
		}
		$retry = array( $after );
		wp_schedule_single_event( time() + 5 * MINUTE_IN_SECONDS, self::BACKFILL_EVENT, $retry );
		_prime_post_caches( $ids, true, true );
		array_map( array( self::class, 'rebuild' ), $ids );
		wp_clear_scheduled_hook( self::BACKFILL_EVENT, $retry );
		// Searches WordPress keeps (a query's results are cached until posts change) find them.
		wp_cache_set_posts_last_changed();
		if ( self::BACKFILL_BATCH === count( $ids ) ) {
			wp_schedule_single_event( time(), self::BACKFILL_EVENT, array( end( $ids ) ) );
		}
	}

	/**
	 * The table's full name.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public static function table(): string {
		return self::prefixed( self::NAME );
	}

	/**
	 * Notes that an item's save began (its meta and terms follow the row).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data    Post row about to be written.
	 * @param array<string, mixed> $postarr Data passed to `wp_insert_post()`.
	 * @return array<string, mixed> Unchanged.
	 */
	public function start_save( $data, $postarr ) {
		$post_id = (int) ( $postarr['ID'] ?? 0 );
		if ( $post_id && is_array( $data ) && self::indexes( (string) ( $data['post_type'] ?? '' ) ) ) {
			$this->saving[ $post_id ] = true;
		}
		return $data;
	}

	/**
	 * Rebuilds an item's tokens once its save is complete.
	 *
	 * @since 0.1.0
	 *
	 * @param int     $post_id Post ID.
	 * @param WP_Post $post    The post.
	 */
	public function after_save( $post_id, $post ): void {
		unset( $this->saving[ (int) $post_id ] );
		if ( $post instanceof WP_Post && self::indexes( $post->post_type ) ) {
			self::rebuild( (int) $post_id );
		}
	}

	/**
	 * Rebuilds an item's tokens when one of its fields changes outside a save.
	 *
	 * @since 0.1.0
	 *
	 * @param int|int[] $meta_ids Meta ID(s).
	 * @param int       $post_id  Post ID.
	 * @param string    $key      Meta key.
	 */
	public function meta_changed( $meta_ids, $post_id, $key ): void {
		if ( in_array( $key, array( DocumentMeta::NUMBER, DocumentMeta::SIGNER, ProcedureMeta::CODE ), true ) ) {
			$this->changed( (int) $post_id );
		}
	}

	/**
	 * Rebuilds an item's tokens when its terms change outside a save.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public function terms_changed( $post_id ): void {
		$this->changed( (int) $post_id );
	}

	/**
	 * Rebuilds the items of a renamed type, body or field.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $term_id  Term ID.
	 * @param int    $tt_id    Term taxonomy ID.
	 * @param string $taxonomy Taxonomy.
	 */
	public function term_renamed( $term_id, $tt_id, $taxonomy = '' ): void {
		if ( ! in_array( $taxonomy, array( DocumentTaxonomies::TYPE, DocumentTaxonomies::BODY, DocumentTaxonomies::FIELD ), true ) ) {
			return;
		}
		foreach ( (array) get_objects_in_term( (int) $term_id, $taxonomy ) as $post_id ) {
			self::rebuild( (int) $post_id );
		}
	}

	/**
	 * Drops the tokens of a deleted item.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public static function forget( $post_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table has no API.
		$wpdb->delete( self::table(), array( 'post_id' => (int) $post_id ), array( '%d' ) );
	}

	/**
	 * Replaces an item's tokens with those of its current text.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 */
	public static function rebuild( int $post_id ): void {
		global $wpdb;

		$post = get_post( $post_id );
		self::forget( $post_id );
		if ( ! $post instanceof WP_Post || ! self::indexes( $post->post_type ) ) {
			return;
		}
		$tokens = SearchText::tokens( self::text_of( $post ) );
		foreach ( array_chunk( $tokens, 500 ) as $chunk ) {
			$sql = $wpdb->prepare( 'INSERT IGNORE INTO %i (post_id, token) VALUES (%d, %s)', self::table(), $post_id, (string) array_shift( $chunk ) );
			foreach ( $chunk as $token ) {
				$sql .= $wpdb->prepare( ', (%d, %s)', $post_id, $token );
			}
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table has no API; one insert per 500 tokens.
			$wpdb->query( $sql );
		}
	}

	/**
	 * Whether items of a post type are indexed.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type.
	 * @return bool
	 */
	public static function indexes( string $post_type ): bool {
		return in_array( $post_type, array( DocumentPostType::NAME, ProcedurePostType::NAME ), true );
	}

	/**
	 * Rebuilds now, or after the save when one is under way.
	 *
	 * @param int $post_id Post ID.
	 */
	private function changed( int $post_id ): void {
		if ( ! isset( $this->saving[ $post_id ] ) && self::indexes( (string) get_post_type( $post_id ) ) ) {
			self::rebuild( $post_id );
		}
	}

	/**
	 * Everything a citizen may search an item by.
	 *
	 * @param WP_Post $post The item.
	 * @return string
	 */
	private static function text_of( WP_Post $post ): string {
		$number = (string) get_post_meta( $post->ID, DocumentMeta::NUMBER, true );
		$parts  = array(
			$post->post_title,
			// Documents are cited as "Quyết định số 12/QĐ-UBND": the word "số" belongs to the number.
			'' !== $number ? 'số ' . $number : '',
			(string) get_post_meta( $post->ID, DocumentMeta::SIGNER, true ),
			(string) get_post_meta( $post->ID, ProcedureMeta::CODE, true ),
		);
		foreach ( get_object_taxonomies( $post->post_type ) as $taxonomy ) {
			// From the term cache (a batch primes it): one query per taxonomy per item otherwise.
			$terms = get_the_terms( $post, $taxonomy );
			if ( is_array( $terms ) ) {
				$parts[] = implode( ' ', wp_list_pluck( $terms, 'name' ) );
			}
		}
		$parts[] = $post->post_excerpt;
		$parts[] = strip_shortcodes( $post->post_content );
		return implode( ' ', $parts );
	}
}
