<?php
/**
 * The period of an activity report: a month, a quarter, a half-year or a year.
 *
 * @package Ttdt
 */

namespace Ttdt\Reports;

defined( 'ABSPATH' ) || exit;

/**
 * Written `2026-03`, `2026-Q1`, `2026-H1` or `2026` (the royalty periods plus the half-year the
 * board plans by, Art. 6.3.1). Days are the site's local days; the audit log and the feedback
 * tables keep UTC, so the bounds are also given in UTC.
 *
 * @since 0.1.0
 */
final class ReportPeriod {

	/**
	 * Pattern of a period, for REST schemas.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$';

	/**
	 * The period as written.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $key;

	/**
	 * First day, `Y-m-d`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $from;

	/**
	 * Last day, `Y-m-d`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $to;

	/**
	 * Constructor.
	 *
	 * @param string $key  Period.
	 * @param int    $year Year.
	 * @param int    $first First month.
	 * @param int    $last  Last month.
	 */
	private function __construct( string $key, int $year, int $first, int $last ) {
		$this->key  = $key;
		$this->from = sprintf( '%04d-%02d-01', $year, $first );
		$this->to   = gmdate( 'Y-m-t', (int) gmmktime( 0, 0, 0, $last, 1, $year ) );
	}

	/**
	 * Reads a period, or null when the text is not one.
	 *
	 * @since 0.1.0
	 *
	 * @param string $key Period.
	 * @return self|null
	 */
	public static function parse( string $key ): ?self {
		if ( ! preg_match( '/' . self::PATTERN . '/', $key ) ) {
			return null;
		}
		$year = (int) substr( $key, 0, 4 );
		if ( 4 === strlen( $key ) ) {
			return new self( $key, $year, 1, 12 );
		}
		$n = (int) substr( $key, 6 );
		switch ( $key[5] ) {
			case 'Q':
				return new self( $key, $year, 3 * $n - 2, 3 * $n );
			case 'H':
				return new self( $key, $year, 6 * $n - 5, 6 * $n );
			default:
				$month = (int) substr( $key, 5, 2 );
				return new self( $key, $year, $month, $month );
		}
	}

	/**
	 * The year of the period.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public function year(): int {
		return (int) substr( $this->from, 0, 4 );
	}

	/**
	 * First and last month, `Y-m`, as the royalty ledger keys its periods.
	 *
	 * @since 0.1.0
	 *
	 * @return array{0: string, 1: string}
	 */
	public function months(): array {
		return array( substr( $this->from, 0, 7 ), substr( $this->to, 0, 7 ) );
	}

	/**
	 * The first moment of the period in UTC, `Y-m-d H:i:s`.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function utc_start(): string {
		return gmdate( 'Y-m-d H:i:s', (int) strtotime( $this->from . ' 00:00:00 UTC' ) - self::offset() );
	}

	/**
	 * The last second of the period in UTC, `Y-m-d H:i:s`.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function utc_end(): string {
		return gmdate( 'Y-m-d H:i:s', (int) strtotime( $this->to . ' 23:59:59 UTC' ) - self::offset() );
	}

	/**
	 * The site's offset from UTC in seconds (to turn stored UTC times into local days in SQL).
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public static function offset(): int {
		return (int) round( (float) get_option( 'gmt_offset' ) * HOUR_IN_SECONDS );
	}

	/**
	 * The period as a Vietnamese report names it: "Tháng 3 năm 2026", "Quý 1 năm 2026",
	 * "6 tháng đầu năm 2026", "Năm 2026". The printed report is a Vietnamese document whatever
	 * the admin's language, so this is not translated.
	 *
	 * @since 0.1.0
	 *
	 * @return string
	 */
	public function name(): string {
		$year = substr( $this->key, 0, 4 );
		if ( 4 === strlen( $this->key ) ) {
			return 'Năm ' . $year;
		}
		$n = (int) substr( $this->key, 6 );
		switch ( $this->key[5] ) {
			case 'Q':
				return sprintf( 'Quý %d năm %s', $n, $year );
			case 'H':
				return sprintf( '6 tháng %s năm %s', 1 === $n ? 'đầu' : 'cuối', $year );
			default:
				return sprintf( 'Tháng %d năm %s', (int) substr( $this->key, 5, 2 ), $year );
		}
	}
}
