<?php
/**
 * JSON schemas of the network routes.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Royalty\RoyaltyRules;
use Ttdt\Settings\SettingChoices;
use Ttdt\Settings\SettingsSchema;
use Ttdt\Support\EnumLabels;

/**
 * The province-wide figures and the overview of the communes.
 *
 * @since 0.1.0
 */
final class NetworkSchema {

	/**
	 * Schema of `ttdt/v1/network/settings`.
	 *
	 * Built from the settings' and royalty rules' own schemas (so not in the generated
	 * TypeScript contract). The network's screen builds its form from it: each figure's
	 * title and description, the names of an enum's values (`x-labels`) and, in `x-default`,
	 * the value a commune follows when it sets none (the province's figure, else the built-in
	 * one): the form starts from it when the network administrator sets a figure.
	 *
	 * @since 0.1.0
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
					self::values_with_defaults(),
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
					'title'       => __( 'Delete the data when the plugin is uninstalled', 'ttdt-portal' ),
					'description' => __( 'Whether uninstalling the plugin also deletes its tables (audit log, feedback, royalty ledger) on every site. Off: the records stay.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => $context,
				),
			),
		);
	}

	/**
	 * The figures' schema, with the names of enum values and the value a commune follows
	 * for each figure when it sets none.
	 *
	 * @return array<string, mixed>
	 */
	private static function values_with_defaults(): array {
		$schema = EnumLabels::add( NetworkSettings::values_schema(), SettingChoices::labels() );
		// Both already give the province's figure where it set one (their defaults filters).
		$site    = SettingsSchema::defaults();
		$royalty = RoyaltyRules::defaults( (int) gmdate( 'Y' ) );
		foreach ( array_keys( $schema['properties'] ) as $key ) {
			$schema['properties'][ $key ]['x-default'] = in_array( $key, NetworkSettings::SITE_KEYS, true ) ? ( $site[ $key ] ?? null ) : ( $royalty[ $key ] ?? null );
		}
		return $schema;
	}

	/**
	 * Schema of one row of `ttdt/v1/network/overview`: one commune's site.
	 *
	 * @since 0.1.0
	 * @contract NetworkOverviewRow
	 *
	 * @return array<string, mixed>
	 */
	public static function overview_row(): array {
		$read    = array(
			'context'  => array( 'view' ),
			'readonly' => true,
		);
		$integer = array_merge( $read, array( 'type' => 'integer' ) );
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-network-overview-row',
			'type'       => 'object',
			'properties' => array(
				'id'               => array_merge( $integer, array( 'description' => __( 'Site ID.', 'ttdt-portal' ) ) ),
				'name'             => array_merge( $read, array( 'type' => 'string', 'description' => __( 'Site title.', 'ttdt-portal' ) ) ),
				'url'              => array_merge( $read, array( 'type' => 'string', 'format' => 'uri', 'description' => __( 'Address of the site.', 'ttdt-portal' ) ) ),
				'unit_name'        => array_merge( $read, array( 'type' => 'string', 'description' => __( 'Administrative unit, from the site\'s settings.', 'ttdt-portal' ) ) ),
				'published_week'   => array_merge( $integer, array( 'description' => __( 'Items published since Monday.', 'ttdt-portal' ) ) ),
				'quota_week'       => array_merge( $integer, array( 'description' => __( 'Items the board must publish this week: the weekly quota times the board members.', 'ttdt-portal' ) ) ),
				'board_members'    => array_merge( $integer, array( 'description' => __( 'Members of the editorial board.', 'ttdt-portal' ) ) ),
				'pending_overdue'  => array_merge( $integer, array( 'description' => __( 'Items waiting for approval past their deadline.', 'ttdt-portal' ) ) ),
				'feedback_overdue' => array_merge( $integer, array( 'description' => __( 'Citizens\' feedback not answered by its deadline.', 'ttdt-portal' ) ) ),
				'royalty_spent'    => array_merge( $integer, array( 'description' => __( 'Royalties and fees booked this year, in VND.', 'ttdt-portal' ) ) ),
				'royalty_budget'   => array_merge( $integer, array( 'description' => __( 'Royalty budget of the year, in VND.', 'ttdt-portal' ) ) ),
				'archive_at'       => array_merge( $read, array( 'type' => 'string', 'description' => __( 'When the newest archive package was made, in site time; empty when there is none.', 'ttdt-portal' ) ) ),
				'archive_status'   => array_merge(
					$read,
					array(
						'type'        => 'string',
						'enum'        => array( 'none', 'unchecked', 'valid', 'invalid' ),
						'description' => __( 'Verification of the newest archive package.', 'ttdt-portal' ),
					)
				),
				'needs_attention'  => array_merge( $read, array( 'type' => 'boolean', 'description' => __( 'Behind the quota, an item or feedback overdue, or no sound archive: the commune needs a call.', 'ttdt-portal' ) ) ),
			),
		);
	}
}
