<?php
/**
 * The board's own words in a periodic report: its assessment and its proposals (Art. 14).
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Support\Transaction;

/**
 * One option holds the notes of every period (a few dozen short texts over the years), keyed
 * by the period. Each change is written with its audit entry in one transaction, with the
 * texts before and after: proposals of rewards and discipline are decisions about people.
 *
 * @since 0.1.0
 */
final class ReportNotes {

	/**
	 * Option name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OPTION = 'ttdt_report_notes';

	/**
	 * The texts kept per period.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const FIELDS = array( 'narrative', 'proposals' );

	/**
	 * The notes of a period.
	 *
	 * @since 0.1.0
	 *
	 * @param string $period Period key.
	 * @return array{narrative: string, proposals: string, updated_at: string, updated_by: int}
	 */
	public static function get( string $period ): array {
		$all   = get_option( self::OPTION, array() );
		$notes = is_array( $all ) && isset( $all[ $period ] ) && is_array( $all[ $period ] ) ? $all[ $period ] : array();
		return array(
			'narrative'  => (string) ( $notes['narrative'] ?? '' ),
			'proposals'  => (string) ( $notes['proposals'] ?? '' ),
			'updated_at' => (string) ( $notes['updated_at'] ?? '' ),
			'updated_by' => (int) ( $notes['updated_by'] ?? 0 ),
		);
	}

	/**
	 * Saves the texts given (others are kept) and records the change.
	 *
	 * @since 0.1.0
	 *
	 * @param string                $period  Period key.
	 * @param array<string, string> $changes `narrative` and/or `proposals`, already sanitised.
	 * @return bool Whether the notes and their audit entry were stored.
	 */
	public static function save( string $period, array $changes ): bool {
		$before  = self::get( $period );
		$changes = array_intersect_key( $changes, array_flip( self::FIELDS ) );
		$changed = array_filter( $changes, static fn( $value, $key ) => $before[ $key ] !== $value, ARRAY_FILTER_USE_BOTH );
		if ( ! $changed ) {
			return true;
		}
		$result = Transaction::run(
			static function () use ( $period, $before, $changed ) {
				$all = get_option( self::OPTION, array() );
				$all = is_array( $all ) ? $all : array();

				$all[ $period ] = array_merge(
					array_intersect_key( $before, array_flip( self::FIELDS ) ),
					$changed,
					array(
						'updated_at' => current_datetime()->format( DATE_ATOM ),
						'updated_by' => get_current_user_id(),
					)
				);
				update_option( self::OPTION, $all, false );
				$entry = AuditLog::record( 'report.notes', 'report', 0, $period, array_intersect_key( $before, $changed ), $changed );
				return $entry ? true : new \WP_Error( 'ttdt_report_not_saved', __( 'The report notes could not be saved. Try again; if it keeps failing, tell the site administrator.', 'ttdt-portal' ), array( 'status' => 500 ) );
			}
		);
		return true === $result;
	}
}
