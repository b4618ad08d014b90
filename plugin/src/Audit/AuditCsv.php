<?php
/**
 * Writes the audit log as a CSV file that Excel opens with Vietnamese intact.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;

/**
 * UTF-8 with a byte-order mark (without it Excel reads the file as the ANSI code page and
 * garbles every diacritic), CRLF line ends, times as dd/mm/yyyy HH:mm:ss in the site's time
 * zone. Rows are read in keyset batches and written as they come, so exporting a million
 * entries needs the memory of one batch.
 *
 * @since 0.1.0
 */
final class AuditCsv {

	/**
	 * Rows read per query.
	 *
	 * @var int
	 */
	private const BATCH = 500;

	/**
	 * Streams the entries matching a query to the output.
	 *
	 * @since 0.1.0
	 *
	 * @param AuditQuery $query Filters (the page is ignored).
	 */
	public static function stream( AuditQuery $query ): void {
		$out = fopen( 'php://output', 'w' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streaming a download.
		if ( false === $out ) {
			return;
		}
		fwrite( $out, "\xEF\xBB\xBF" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streaming a download.
		self::put( $out, self::header() );

		$page            = clone $query;
		$page->per_page  = self::BATCH;
		$page->page      = 1;
		$page->before_id = 0;
		do {
			$rows  = AuditLog::find( $page );
			$names = AuditPresenter::names( $rows );
			foreach ( $rows as $row ) {
				self::put( $out, self::line( AuditPresenter::present( $row, $names ) ) );
			}
			$last = end( $rows );
			if ( $last ) {
				$page = $page->after_entry( (int) $last->id );
			}
		} while ( count( $rows ) === self::BATCH );

		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streaming a download.
	}

	/**
	 * The header row, in the reader's language.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function header(): array {
		return array(
			__( 'Time', 'ttdt-portal' ),
			__( 'User', 'ttdt-portal' ),
			__( 'IP address', 'ttdt-portal' ),
			__( 'Action', 'ttdt-portal' ),
			__( 'Object', 'ttdt-portal' ),
			__( 'Object ID', 'ttdt-portal' ),
			__( 'Summary', 'ttdt-portal' ),
			__( 'Changes', 'ttdt-portal' ),
			__( 'Before (JSON)', 'ttdt-portal' ),
			__( 'After (JSON)', 'ttdt-portal' ),
		);
	}

	/**
	 * One entry as a CSV line.
	 *
	 * @param array<string, mixed> $entry Entry as {@see AuditPresenter::present()} shapes it.
	 * @return string[]
	 */
	private static function line( array $entry ): array {
		$changes = array();
		foreach ( $entry['changes'] as $change ) {
			$changes[] = sprintf( '%1$s: %2$s → %3$s', $change['label'], '' === $change['before'] ? '—' : $change['before'], '' === $change['after'] ? '—' : $change['after'] );
		}
		$time = DateTimeImmutable::createFromFormat( 'Y-m-d\\TH:i:s', (string) $entry['occurred_at'] );
		return array(
			$time ? $time->format( 'd/m/Y H:i:s' ) : '',
			(string) $entry['actor'],
			(string) $entry['ip'],
			(string) $entry['action_label'],
			(string) $entry['object_label'],
			$entry['object_id'] ? (string) $entry['object_id'] : '',
			(string) $entry['summary'],
			implode( "\n", $changes ),
			null === $entry['before'] ? '' : (string) wp_json_encode( $entry['before'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ),
			null === $entry['after'] ? '' : (string) wp_json_encode( $entry['after'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ),
		);
	}

	/**
	 * Writes one line; a cell that a spreadsheet would run as a formula gets a leading quote.
	 *
	 * @param resource $out    Output stream.
	 * @param string[] $fields Cells.
	 */
	private static function put( $out, array $fields ): void {
		$fields = array_map(
			static fn( string $cell ) => preg_match( '/^[=+\-@\t\r]/', $cell ) ? "'" . $cell : $cell,
			$fields
		);
		fputcsv( $out, $fields, ',', '"', '', "\r\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streaming a download.
	}
}
