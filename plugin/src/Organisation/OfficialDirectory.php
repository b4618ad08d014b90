<?php
/**
 * The officials the portal shows, grouped by unit.
 *
 * @package Ttdt
 */

namespace Ttdt\Organisation;

defined( 'ABSPATH' ) || exit;

use Ttdt\Units\UnitPostType;

/**
 * What the organisation page lists: officials marked "shown on the portal", whose unit exists,
 * grouped by unit. Officials are ordered by their order, then name; a unit comes where its
 * first official does (the leadership, given the smallest orders, comes first), then by name.
 * Only the public fields are read: the unit's forwarding e-mail, which the feedback inbox
 * uses, never leaves the server here.
 *
 * @since 0.1.0
 */
final class OfficialDirectory {

	/**
	 * Most officials read for one page: a commune has a few dozen.
	 *
	 * @var int
	 */
	private const LIMIT = 500;

	/**
	 * The groups, each a unit with its officials.
	 *
	 * @since 0.1.0
	 *
	 * @param int $unit_id One unit only (0: all).
	 * @return array<int, array{unit: string, officials: array<int, array<string, mixed>>}>
	 */
	public static function groups( int $unit_id = 0 ): array {
		$args = array(
			'post_type'              => OfficialPostType::NAME,
			'post_status'            => 'publish',
			'numberposts'            => self::LIMIT,
			'orderby'                => 'title',
			'order'                  => 'ASC',
			'no_found_rows'          => true,
			'update_post_term_cache' => false,
			'suppress_filters'       => false,
		);
		$groups = array();
		foreach ( get_posts( $args ) as $post ) {
			$official = self::official( $post );
			if ( ! $official['shown'] || ( $unit_id && $official['unit'] !== $unit_id ) ) {
				continue;
			}
			$unit = $groups[ $official['unit'] ]['unit'] ?? UnitPostType::find( $official['unit'] )['name'] ?? null;
			if ( null === $unit ) {
				continue;
			}
			$groups[ $official['unit'] ]['unit']        = $unit;
			$groups[ $official['unit'] ]['officials'][] = $official;
		}
		foreach ( $groups as &$group ) {
			usort( $group['officials'], static fn( array $a, array $b ): int => array( $a['order'], $a['name'] ) <=> array( $b['order'], $b['name'] ) );
		}
		unset( $group );
		usort( $groups, static fn( array $a, array $b ): int => array( $a['officials'][0]['order'], $a['unit'] ) <=> array( $b['officials'][0]['order'], $b['unit'] ) );
		return $groups;
	}

	/**
	 * One official's public fields.
	 *
	 * @param \WP_Post $post The record.
	 * @return array{name: string, position: string, unit: int, photo: int, phone: string, email: string, order: int, contact: bool, shown: bool}
	 */
	private static function official( \WP_Post $post ): array {
		$meta = static fn( string $key ) => get_post_meta( $post->ID, $key, true );
		return array(
			'name'     => (string) $post->post_title,
			'position' => (string) $meta( OfficialPostType::POSITION ),
			'unit'     => absint( $meta( OfficialPostType::UNIT ) ),
			'photo'    => absint( $meta( OfficialPostType::PHOTO ) ),
			'phone'    => (string) $meta( OfficialPostType::PHONE ),
			'email'    => (string) $meta( OfficialPostType::EMAIL ),
			'order'    => (int) $meta( OfficialPostType::ORDER ),
			'contact'  => (bool) $meta( OfficialPostType::CONTACT_OFFICER ),
			'shown'    => (bool) $meta( OfficialPostType::SHOWN ),
		);
	}
}
