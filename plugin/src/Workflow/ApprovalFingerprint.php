<?php
/**
 * The protected set of an item: what an approval vouches for.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Provenance\ProvenanceMeta;

/**
 * Everything a reader or the regulation cares about in an item — title, content, excerpt,
 * slug, publish date, password, author, sticky flag, featured image, every taxonomy, every
 * `ttdt_*` field (source, writer, reference and reader-contribution flags, receipt…) — read
 * as normalised strings. An approval keeps a digest of each; comparing them with the stored
 * values whenever something changes tells whether the approval still holds, and which fields
 * it no longer covers. Stored values are compared rather than the requests that change them,
 * so no path (REST, classic screens, quick edit, XML-RPC, plain `update_post_meta()` calls) is
 * missed.
 *
 * @since 0.1.0
 */
final class ApprovalFingerprint {

	/**
	 * Filter of the `ttdt_*` meta keys that are bookkeeping, not content (never compared).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const IGNORED_META_FILTER = 'ttdt_approval_ignored_meta';

	/**
	 * Prefix of the plugin's post meta, all of it compared unless ignored.
	 *
	 * @var string
	 */
	private const META_PREFIX = 'ttdt_';

	/**
	 * Seconds around now within which a date given to an item that had none is the moment of
	 * publishing, not a date chosen by someone.
	 *
	 * @var int
	 */
	private const NOW_TOLERANCE = 600;

	/**
	 * The protected values of a stored item.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Item.
	 * @return array<string, string> Field => normalised value.
	 */
	public static function of_post( int $post_id ): array {
		$post = get_post( $post_id );
		if ( ! $post ) {
			return array();
		}
		$values = array(
			'title'          => (string) $post->post_title,
			'content'        => (string) $post->post_content,
			'excerpt'        => (string) $post->post_excerpt,
			'slug'           => self::slug( (string) $post->post_name, (string) $post->post_title ),
			'date'           => self::date( (string) $post->post_date_gmt ),
			'password'       => (string) $post->post_password,
			'author'         => (string) (int) $post->post_author,
			'sticky'         => is_sticky( $post_id ) ? '1' : '',
			'featured_media' => (string) (int) get_post_meta( $post_id, '_thumbnail_id', true ),
		);
		foreach ( get_object_taxonomies( $post->post_type ) as $taxonomy ) {
			$terms                       = get_the_terms( $post_id, $taxonomy );
			$values[ 'tax:' . $taxonomy ] = self::term_list( is_array( $terms ) ? wp_list_pluck( $terms, 'term_id' ) : array() );
		}
		foreach ( self::meta_keys( $post_id, $post->post_type ) as $key ) {
			$values[ 'meta:' . $key ] = self::meta_value( $post->post_type, $key, get_post_meta( $post_id, $key, false ), metadata_exists( 'post', $post_id, $key ) );
		}
		ksort( $values );
		return $values;
	}

	/**
	 * A digest per field, as kept with an approval.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $values Protected values.
	 * @return array<string, string>
	 */
	public static function digests( array $values ): array {
		return array_map( static fn( $value ) => md5( (string) $value ), $values );
	}

	/**
	 * One token for the whole set: what a moderator names when approving what they saw.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $values Protected values.
	 * @return string 64 hex digits.
	 */
	public static function token( array $values ): string {
		ksort( $values );
		return hash( 'sha256', (string) wp_json_encode( self::digests( $values ) ) );
	}

	/**
	 * The fields whose value differs from the approved one.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $approved Digests kept with the approval.
	 * @param array<string, string> $values   Values now (or about to be saved).
	 * @return string[] Field names.
	 */
	public static function changed( array $approved, array $values ): array {
		$changed = array();
		foreach ( array_unique( array_merge( array_keys( $approved ), array_keys( $values ) ) ) as $field ) {
			$value = $values[ $field ] ?? '';
			$was   = $approved[ $field ] ?? md5( '' );
			if ( md5( $value ) === $was ) {
				continue;
			}
			// An item approved without a date gets the moment it goes live.
			if ( 'date' === $field && md5( '' ) === $was && abs( (int) strtotime( $value . ' UTC' ) - time() ) <= self::NOW_TOLERANCE ) {
				continue;
			}
			$changed[] = $field;
		}
		return $changed;
	}

	/**
	 * Protected values with some replaced by those about to be saved.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $values    Stored values.
	 * @param array<string, mixed>  $fields    Post fields about to be saved (`post_title`, …).
	 * @param array<string, mixed>  $meta      Meta about to be saved, by key.
	 * @param string                $post_type Post type.
	 * @return array<string, string>
	 */
	public static function overlay( array $values, array $fields, array $meta, string $post_type ): array {
		$columns = array(
			'title'    => 'post_title',
			'content'  => 'post_content',
			'excerpt'  => 'post_excerpt',
			'password' => 'post_password',
		);
		foreach ( $columns as $field => $column ) {
			if ( array_key_exists( $column, $fields ) ) {
				$values[ $field ] = (string) $fields[ $column ];
			}
		}
		if ( array_key_exists( 'post_author', $fields ) ) {
			$values['author'] = (string) (int) $fields['post_author'];
		}
		if ( array_key_exists( 'post_name', $fields ) ) {
			$values['slug'] = self::slug( (string) $fields['post_name'], (string) ( $fields['post_title'] ?? $values['title'] ?? '' ) );
		}
		if ( array_key_exists( 'post_date_gmt', $fields ) ) {
			$values['date'] = self::date( (string) $fields['post_date_gmt'] );
		}
		foreach ( $meta as $key => $value ) {
			if ( '_thumbnail_id' === $key ) {
				$values['featured_media'] = (string) (int) $value;
			} elseif ( is_string( $key ) && self::is_compared( $key ) && self::is_list( $post_type, $key ) ) {
				// A list field (one row per value) is stored whole: the save's list replaces it.
				$list                     = array_map( static fn( $item ) => sanitize_meta( $key, $item, 'post', $post_type ), is_array( $value ) ? $value : array() );
				$values[ 'meta:' . $key ] = self::meta_value( $post_type, $key, $list, array() !== $list );
			} elseif ( is_string( $key ) && self::is_compared( $key ) ) {
				$values[ 'meta:' . $key ] = self::meta_value( $post_type, $key, array( sanitize_meta( $key, $value, 'post', $post_type ) ), true );
			}
		}
		return $values;
	}

	/**
	 * A list of term IDs as one value.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int|string> $ids Term IDs.
	 * @return string
	 */
	public static function term_list( array $ids ): string {
		$ids = array_unique( array_map( 'intval', $ids ) );
		sort( $ids );
		return implode( ',', $ids );
	}

	/**
	 * Whether a meta key belongs to the protected set.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Meta key.
	 * @return bool
	 */
	public static function is_compared( string $key ): bool {
		return '_thumbnail_id' === $key || ( str_starts_with( $key, self::META_PREFIX ) && ! in_array( $key, self::ignored_meta(), true ) );
	}

	/**
	 * Names of changed fields as people read them, e.g. "title, source".
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $fields Field names.
	 * @return string
	 */
	public static function describe( array $fields ): string {
		return implode( ', ', array_map( array( self::class, 'label' ), $fields ) );
	}

	/**
	 * The name of one field.
	 *
	 * @since 0.1.0
	 *
	 * @param string $field Field name.
	 * @return string
	 */
	public static function label( string $field ): string {
		$labels = array(
			'title'                                       => __( 'title', 'ttdt-portal' ),
			'content'                                     => __( 'content', 'ttdt-portal' ),
			'excerpt'                                     => __( 'excerpt', 'ttdt-portal' ),
			'slug'                                        => __( 'web address (slug)', 'ttdt-portal' ),
			'date'                                        => __( 'publish date', 'ttdt-portal' ),
			'password'                                    => __( 'password', 'ttdt-portal' ),
			'author'                                      => __( 'author', 'ttdt-portal' ),
			'sticky'                                      => __( 'pinned to the front page', 'ttdt-portal' ),
			'featured_media'                              => __( 'featured image', 'ttdt-portal' ),
			'meta:' . ProvenanceMeta::SOURCE              => __( 'source', 'ttdt-portal' ),
			'meta:' . ProvenanceMeta::WRITER              => __( 'writer', 'ttdt-portal' ),
			'meta:' . ProvenanceMeta::IS_REFERENCE        => __( 'reference-news mark', 'ttdt-portal' ),
			'meta:' . ProvenanceMeta::IS_READER_CONTRIBUTION => __( 'reader-contribution mark', 'ttdt-portal' ),
			'meta:' . ProvenanceMeta::COLLABORATOR_ID     => __( 'collaborator', 'ttdt-portal' ),
			'meta:' . WorkflowMeta::RECEIVED_AT           => __( 'receipt date', 'ttdt-portal' ),
			'meta:' . WorkflowMeta::RECEIVED_VIA          => __( 'receipt channel', 'ttdt-portal' ),
		);
		if ( isset( $labels[ $field ] ) ) {
			return $labels[ $field ];
		}
		if ( str_starts_with( $field, 'tax:' ) ) {
			$taxonomy = get_taxonomy( substr( $field, 4 ) );
			return $taxonomy ? mb_strtolower( (string) $taxonomy->labels->name, 'UTF-8' ) : substr( $field, 4 );
		}
		return str_starts_with( $field, 'meta:' ) ? substr( $field, 5 ) : $field;
	}

	/**
	 * The `ttdt_*` keys of an item: registered ones and any stored, less the bookkeeping.
	 *
	 * @param int    $post_id   Item.
	 * @param string $post_type Post type.
	 * @return string[]
	 */
	private static function meta_keys( int $post_id, string $post_type ): array {
		$keys = array_merge(
			array_keys( get_registered_meta_keys( 'post', $post_type ) ),
			array_keys( get_registered_meta_keys( 'post', '' ) ),
			array_keys( (array) get_post_meta( $post_id ) )
		);
		$keys = array_filter(
			array_unique( array_map( 'strval', $keys ) ),
			static fn( string $key ) => '_thumbnail_id' !== $key && self::is_compared( $key )
		);
		sort( $keys );
		return $keys;
	}

	/**
	 * One meta value, normalised by its registered type so `true`, `"1"` and `1` agree.
	 *
	 * @param string  $post_type Post type.
	 * @param string  $key       Meta key.
	 * @param mixed[] $values    All stored values of the key.
	 * @param bool    $exists    Whether anything is stored (else the registered default counts).
	 * @return string
	 */
	private static function meta_value( string $post_type, string $key, array $values, bool $exists ): string {
		$registered = self::registered( $post_type, $key );
		if ( ! $registered ) {
			return $exists ? (string) wp_json_encode( array_values( $values ) ) : '';
		}
		$type = (string) ( $registered['type'] ?? 'string' );
		if ( empty( $registered['single'] ) ) {
			// Stored rows come back as strings, a save's values typed: compare them typed.
			return $exists && $values ? (string) wp_json_encode( array_map( static fn( $value ) => self::typed( $type, $value ), array_values( $values ) ) ) : '';
		}
		return self::typed( $type, $exists ? reset( $values ) : ( $registered['default'] ?? '' ) );
	}

	/**
	 * Whether a registered meta key holds a list (one row per value, `single` false).
	 *
	 * @param string $post_type Post type.
	 * @param string $key       Meta key.
	 * @return bool
	 */
	private static function is_list( string $post_type, string $key ): bool {
		$registered = self::registered( $post_type, $key );
		return null !== $registered && empty( $registered['single'] );
	}

	/**
	 * The registration of a meta key for a post type, or for every type.
	 *
	 * @param string $post_type Post type.
	 * @param string $key       Meta key.
	 * @return array<string, mixed>|null
	 */
	private static function registered( string $post_type, string $key ): ?array {
		return get_registered_meta_keys( 'post', $post_type )[ $key ] ?? get_registered_meta_keys( 'post', '' )[ $key ] ?? null;
	}

	/**
	 * One value as text, by its registered type.
	 *
	 * @param string $type  Registered type.
	 * @param mixed  $value Value.
	 * @return string
	 */
	private static function typed( string $type, $value ): string {
		switch ( $type ) {
			case 'boolean':
				return rest_sanitize_boolean( $value ) ? '1' : '';
			case 'integer':
				return (string) (int) $value;
			case 'number':
				return (string) (float) $value;
			case 'array':
			case 'object':
				return (string) wp_json_encode( $value );
			default:
				return is_scalar( $value ) ? (string) $value : (string) wp_json_encode( $value );
		}
	}

	/**
	 * A slug, empty while WordPress makes it from the title (before publishing it has none).
	 *
	 * @param string $name  Stored slug.
	 * @param string $title Title.
	 * @return string
	 */
	private static function slug( string $name, string $title ): string {
		$auto = sanitize_title( $title );
		if ( '' === $name || ( '' !== $auto && preg_match( '/^' . preg_quote( $auto, '/' ) . '(-[0-9]+)?$/', $name ) ) ) {
			return '';
		}
		return $name;
	}

	/**
	 * A publish date in UTC, empty while the item has none of its own.
	 *
	 * @param string $gmt Stored `post_date_gmt`.
	 * @return string
	 */
	private static function date( string $gmt ): string {
		return '' === $gmt || '0000-00-00 00:00:00' === $gmt ? '' : $gmt;
	}

	/**
	 * Keys never compared: the workflow's own marks and what other features declare bookkeeping.
	 *
	 * @return string[]
	 */
	private static function ignored_meta(): array {
		/**
		 * Filters the `ttdt_*` post meta keys that are bookkeeping rather than content: changing
		 * them does not withdraw an approval.
		 *
		 * @since 0.1.0
		 *
		 * @param string[] $keys Meta keys.
		 */
		return (array) apply_filters( self::IGNORED_META_FILTER, WorkflowMeta::internal_keys() );
	}
}
