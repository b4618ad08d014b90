<?php
/**
 * Names of enum values, sent to the client in a REST schema.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * Adds `x-labels` (value => name in the user's language) next to the `enum` of schema
 * properties. The admin screens build their choices from it, so a value's name is written
 * once, in PHP, and translated at request time; WordPress ignores the unknown keyword when
 * it validates, and the contract generator ignores it when it writes the TypeScript types.
 *
 * @since 0.1.0
 */
final class EnumLabels {

	/**
	 * The schema keyword that carries the names.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const KEYWORD = 'x-labels';

	/**
	 * Adds the names to the named properties of a schema, in the order of each `enum`.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed>                $schema Object schema.
	 * @param array<string, array<string,string>> $labels Property => ( value => name ).
	 * @return array<string, mixed>
	 */
	public static function add( array $schema, array $labels ): array {
		foreach ( $labels as $property => $names ) {
			if ( ! isset( $schema['properties'][ $property ]['enum'] ) ) {
				continue;
			}
			$ordered = array();
			foreach ( $schema['properties'][ $property ]['enum'] as $value ) {
				$ordered[ $value ] = $names[ $value ] ?? (string) $value;
			}
			$schema['properties'][ $property ][ self::KEYWORD ] = $ordered;
		}
		return $schema;
	}
}
