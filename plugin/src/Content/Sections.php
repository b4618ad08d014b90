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
	 * @since 0.1.0
	 */
	public static function ensure(): void {
		$ids = array();
		foreach ( self::definitions() as $key => list( $name, $slug ) ) {
			$term = get_term_by( 'slug', $slug, 'category' );
			if ( ! $term ) {
				$created = wp_insert_term( $name, 'category', array( 'slug' => $slug ) );
				if ( is_wp_error( $created ) ) {
					continue;
				}
				$ids[ $key ] = (int) $created['term_id'];
				continue;
			}
			$ids[ $key ] = (int) $term->term_id;
		}
		update_option( self::OPTION, $ids, true );
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
