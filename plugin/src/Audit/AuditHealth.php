<?php
/**
 * Makes a lost audit entry visible: PHP error log and a Site Health check (Art. 8.2, 13.5).
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * An audit trail that silently misses events is worse than none: people trust it. When the
 * database refuses an entry, {@see AuditLog::append()} calls {@see self::note_failure()},
 * which writes the entry's gist to the PHP error log and keeps a count and the last failure;
 * the Site Health screen then shows a critical issue until a week has passed without one.
 *
 * @since 0.1.0
 */
final class AuditHealth implements Hookable {

	/**
	 * Option holding `count`, `last_at` (Unix time) and `last` (gist) of failed writes.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FAILURES_OPTION = 'ttdt_audit_write_failures';

	/**
	 * Site Health test ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TEST = 'ttdt_audit_log';

	/**
	 * How long a failure keeps the check critical.
	 *
	 * @var int
	 */
	private const RECENT = WEEK_IN_SECONDS;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'site_status_tests', array( $this, 'add_test' ) );
	}

	/**
	 * Reports an entry the database refused. Never throws: the action being recorded has
	 * already happened and must not fail because its record did.
	 *
	 * @since 0.1.0
	 *
	 * @param AuditEntry $entry The lost entry.
	 * @param string     $error The database's error message, if any.
	 */
	public static function note_failure( AuditEntry $entry, string $error ): void {
		$gist = sprintf(
			'%s %s#%d by %s (%s)',
			$entry->action,
			$entry->object_type,
			$entry->object_id,
			'' !== $entry->user_login ? $entry->user_login : 'system',
			AuditText::cut( $entry->summary, 100 )
		);
		// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the report is the point.
		error_log( sprintf( 'ttdt-portal: audit entry NOT written: %s; database: %s', $gist, '' !== $error ? $error : 'unknown error' ) );

		$failures = self::failures();
		update_option(
			self::FAILURES_OPTION,
			array(
				'count'   => $failures['count'] + 1,
				'last_at' => time(),
				'last'    => AuditText::cut( $gist, 300 ),
			),
			false
		);
	}

	/**
	 * Failed writes so far.
	 *
	 * @since 0.1.0
	 *
	 * @return array{count: int, last_at: int, last: string}
	 */
	public static function failures(): array {
		$stored = get_option( self::FAILURES_OPTION );
		$stored = is_array( $stored ) ? $stored : array();
		return array(
			'count'   => (int) ( $stored['count'] ?? 0 ),
			'last_at' => (int) ( $stored['last_at'] ?? 0 ),
			'last'    => (string) ( $stored['last'] ?? '' ),
		);
	}

	/**
	 * Adds the check to Site Health as a direct test (it only reads an option).
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $tests Tests by kind.
	 * @return array<string, mixed>
	 */
	public function add_test( $tests ): array {
		$tests                         = (array) $tests;
		$tests['direct'][ self::TEST ] = array(
			'label' => __( 'Audit log', 'ttdt-portal' ),
			'test'  => array( self::class, 'result' ),
		);
		return $tests;
	}

	/**
	 * The check's result, in the shape Site Health expects.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function result(): array {
		$failures = self::failures();
		$result   = array(
			'label'       => __( 'Every event is written to the audit log', 'ttdt-portal' ),
			'status'      => 'good',
			'badge'       => array(
				'label' => __( 'Audit log', 'ttdt-portal' ),
				'color' => 'blue',
			),
			'description' => '<p>' . esc_html__( 'No audit entry has failed to be written in the last seven days.', 'ttdt-portal' ) . '</p>',
			'actions'     => '',
			'test'        => self::TEST,
		);
		if ( $failures['last_at'] > time() - self::RECENT ) {
			$result['status']         = 'critical';
			$result['badge']['color'] = 'red';
			$result['label']          = __( 'Some events could not be written to the audit log', 'ttdt-portal' );
			$result['description']    = '<p>' . esc_html(
				sprintf(
					/* translators: 1: number of lost entries, 2: date and time of the last one. */
					_n(
						'%1$d audit entry could not be written; the last one at %2$s. Check the database (disk space, the audit table) and the PHP error log, which lists each lost entry, then record the missing events by hand.',
						'%1$d audit entries could not be written; the last one at %2$s. Check the database (disk space, the audit table) and the PHP error log, which lists each lost entry, then record the missing events by hand.',
						$failures['count'],
						'ttdt-portal'
					),
					$failures['count'],
					wp_date( 'd/m/Y H:i:s', $failures['last_at'] )
				)
			) . '</p>';
		}
		return $result;
	}
}
