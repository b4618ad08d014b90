<?php
/**
 * What the personal-data classes of citizens' submissions share.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;

/**
 * Feedback ({@see FeedbackPrivacy}) and comments on drafts ({@see \Ttdt\Drafts\CommentPrivacy})
 * answer WordPress's export and erase tools the same way and keep names and contacts for the
 * same retention period: the shapes those tools expect and that period are built here once.
 *
 * @since 0.1.0
 */
final class PrivacyTools {

	/**
	 * Retention period when the setting is unset, in months.
	 *
	 * @var int
	 */
	private const DEFAULT_MONTHS = 24;

	/**
	 * Adds an exporter to the `wp_privacy_personal_data_exporters` list.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed    $exporters Registered exporters.
	 * @param string   $id        Exporter ID.
	 * @param string   $name      Name shown to the administrator.
	 * @param callable $callback  `fn( string $email, int $page ): array`.
	 * @return array<string, mixed>
	 */
	public static function add_exporter( $exporters, string $id, string $name, callable $callback ): array {
		$exporters        = (array) $exporters;
		$exporters[ $id ] = array(
			'exporter_friendly_name' => $name,
			'callback'               => $callback,
		);
		return $exporters;
	}

	/**
	 * Adds an eraser to the `wp_privacy_personal_data_erasers` list.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed    $erasers  Registered erasers.
	 * @param string   $id       Eraser ID.
	 * @param string   $name     Name shown to the administrator.
	 * @param callable $callback `fn( string $email, int $page ): array`.
	 * @return array<string, mixed>
	 */
	public static function add_eraser( $erasers, string $id, string $name, callable $callback ): array {
		$erasers        = (array) $erasers;
		$erasers[ $id ] = array(
			'eraser_friendly_name' => $name,
			'callback'             => $callback,
		);
		return $erasers;
	}

	/**
	 * One item of an export.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $group   `id`, `label`, `description` of the group.
	 * @param string                $item_id Item ID.
	 * @param array<string, string> $fields  Name => value.
	 * @return array<string, mixed>
	 */
	public static function export_item( array $group, string $item_id, array $fields ): array {
		return array(
			'group_id'          => $group['id'],
			'group_label'       => $group['label'],
			'group_description' => $group['description'],
			'item_id'           => $item_id,
			'data'              => array_map(
				static fn( string $name, string $value ): array => array(
					'name'  => $name,
					'value' => $value,
				),
				array_keys( $fields ),
				array_values( $fields )
			),
		);
	}

	/**
	 * The consent a row records: its text, and when it was given.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $row Row with `consent_text` and `consent_at` (UTC).
	 * @return string
	 */
	public static function consent( array $row ): string {
		return trim( (string) $row['consent_text'] . ( $row['consent_at'] ? ' (' . $row['consent_at'] . ' UTC)' : '' ) );
	}

	/**
	 * The answer of an eraser that keeps the matter and erases the person.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $removed Whether personal data was erased.
	 * @param bool   $found   Whether the address sent anything (then kept without the person).
	 * @param string $kept    Why what was kept is kept.
	 * @return array<string, mixed>
	 */
	public static function erased( bool $removed, bool $found, string $kept ): array {
		return array(
			'items_removed'  => $removed,
			'items_retained' => $found,
			'messages'       => $found ? array( $kept ) : array(),
			'done'           => true,
		);
	}

	/**
	 * The retention period in months (1–120): the setting, 24 when unset.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings.
	 * @return int
	 */
	public static function retention_months( Settings $settings ): int {
		$value = $settings->get( FeedbackPrivacy::RETENTION_SETTING );
		return max( 1, min( 120, null === $value ? self::DEFAULT_MONTHS : (int) $value ) );
	}

	/**
	 * The time before which names and contacts are erased, UTC `Y-m-d H:i:s`.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings Settings.
	 * @return string
	 */
	public static function retention_cutoff( Settings $settings ): string {
		return gmdate( 'Y-m-d H:i:s', (int) strtotime( '-' . self::retention_months( $settings ) . ' months' ) );
	}
}
