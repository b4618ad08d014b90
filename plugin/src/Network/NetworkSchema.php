<?php
/**
 * JSON schemas of the network routes.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

/**
 * The province-wide figures and the overview of the communes.
 *
 * @since 0.1.0
 */
final class NetworkSchema {

	/**
	 * Schema of `ttdt/v1/network/settings`.
	 *
	 * @since 0.1.0
	 * @contract NetworkSettings
	 *
	 * @return array<string, mixed>
	 */
	public static function settings(): array {
		$context = array( 'view', 'edit' );
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'ttdt-network-settings',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'values'                   => array_merge(
					NetworkSettings::values_schema(),
					array(
						'description' => __( 'Province-wide figures: each commune\'s site follows them unless it sets its own.', 'ttdt-portal' ),
						'context'     => $context,
					)
				),
				'locked'                   => array(
					'description' => __( 'Figures no commune may change.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array(
						'type' => 'string',
						'enum' => NetworkSettings::keys(),
					),
					'uniqueItems' => true,
					'context'     => $context,
				),
				'delete_data_on_uninstall' => array(
					'description' => __( 'Whether uninstalling the plugin also deletes its tables (audit log, feedback, royalty ledger) on every site. Off: the records stay.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => $context,
				),
			),
		);
	}
}
