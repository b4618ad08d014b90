<?php
/**
 * The standard sections (categories) a commune's page carries (Art. 4.1, 7.1).
 *
 * @package Ttdt
 */

namespace Ttdt\Content;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Creates the sections once and remembers their term IDs, so renaming a section in the admin
 * does not break the features that rely on it (e.g. the reference-news section).
 *
 * @since 0.1.0
 */
final class Sections implements Hookable {

	/**
	 * Option: section key => term ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_sections';

	/**
	 * Key of the reference-news section ("Tin tham khảo", Art. 7.1).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REFERENCE = 'reference';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( self::class, 'maybe_ensure' ), 20 );
	}

	/**
	 * Section key => [ name, slug ]; names follow Article 4.1 of the model regulation.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function definitions(): array {
		return array(
			'news'         => array( __( 'News and events', 'ttdt-portal' ), 'tin-tuc-su-kien' ),
			'directives'   => array( __( 'Directive documents', 'ttdt-portal' ), 'van-ban-chi-dao-dieu-hanh' ),
			'policy'       => array( __( 'Policies and laws', 'ttdt-portal' ), 'chinh-sach-phap-luat' ),
			'procedures'   => array( __( 'Administrative procedures', 'ttdt-portal' ), 'thu-tuc-hanh-chinh' ),
			'drafts'       => array( __( 'Draft documents for comment', 'ttdt-portal' ), 'du-thao-van-ban' ),
			'reform'       => array( __( 'Administrative reform', 'ttdt-portal' ), 'cai-cach-hanh-chinh' ),
			'investment'   => array( __( 'Investment promotion', 'ttdt-portal' ), 'xuc-tien-dau-tu' ),
			'organisation' => array( __( 'Organisation', 'ttdt-portal' ), 'to-chuc-bo-may' ),
			self::REFERENCE => array( __( 'Reference news', 'ttdt-portal' ), 'tin-tham-khao' ),
		);
	}

	/**
	 * Ensures the sections exist when they were never created (e.g. network activation).
	 *
	 * @since 0.1.0
	 */
	public static function maybe_ensure(): void {
		if ( ! is_array( get_option( self::OPTION ) ) ) {
			self::ensure();
		}
	}

	/**
	 * Creates missing sections and records every section's term ID.
	 *
	 * A section is known by its stored term ID: one the administrator renamed (name or slug)
	 * is still that section and is never replaced by a new one with the original slug.
	 *
	 * @since 0.1.0
	 */
	public static function ensure(): void {
		$ids = array();
		foreach ( array_keys( self::definitions() ) as $key ) {
			$id = self::ensure_one( $key, false );
			if ( $id ) {
				$ids[ $key ] = $id;
			}
		}
		update_option( self::OPTION, $ids, true );
	}

	/**
	 * Term ID of a section, creating the section when its term no longer exists.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key  Section key, e.g. `Sections::REFERENCE`.
	 * @param bool   $save Whether to store the ID in the option (false when the caller does).
	 * @return int 0 when it cannot be created.
	 */
	public static function ensure_one( string $key, bool $save = true ): int {
		$definitions = self::definitions();
		if ( ! isset( $definitions[ $key ] ) ) {
			return 0;
		}
		$id = self::term_id( $key );
		if ( ! $id || ! term_exists( $id, 'category' ) ) {
			list( $name, $slug ) = $definitions[ $key ];
			$term                = get_term_by( 'slug', $slug, 'category' );
			if ( $term ) {
				$id = (int) $term->term_id;
			} else {
				$created = wp_insert_term( $name, 'category', array( 'slug' => $slug ) );
				$id      = is_wp_error( $created ) ? 0 : (int) $created['term_id'];
			}
		}
		if ( $save && $id ) {
			$ids         = get_option( self::OPTION, array() );
			$ids         = is_array( $ids ) ? $ids : array();
			$ids[ $key ] = $id;
			update_option( self::OPTION, $ids, true );
		}
		return $id;
	}

	/**
	 * Term ID of a section, or 0 when it does not exist.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Section key, e.g. `Sections::REFERENCE`.
	 * @return int
	 */
	public static function term_id( string $key ): int {
		$ids = get_option( self::OPTION, array() );
		return is_array( $ids ) ? (int) ( $ids[ $key ] ?? 0 ) : 0;
	}
}
