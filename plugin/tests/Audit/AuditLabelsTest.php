<?php
/**
 * Tests that every action and object the plugin records has a name in the audit log.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Audit;

use ReflectionClass;
use Ttdt\Audit\AuditPresenter;
use Ttdt\Feedback\FeedbackEvent;
use Ttdt\Tests\Support\TestCase;

/**
 * The log and its CSV show the name of each action and object type; a code the presenter does
 * not know falls back to its words (`royalty line added`), which no reader should meet for the
 * plugin's own records. The scan reads every `AuditLog::record()` of the plugin's source.
 */
final class AuditLabelsTest extends TestCase {

	/**
	 * Actions and object types written as literals in the plugin's `AuditLog::record()` calls.
	 *
	 * @return array{0: string[], 1: string[]}
	 */
	private static function recorded(): array {
		$actions = array();
		$types   = array();
		$files   = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( dirname( __DIR__, 2 ) . '/src', \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			$source = (string) file_get_contents( (string) $file );
			// The call's first arguments, up to the object ID: one or two actions, then the type.
			preg_match_all( '/(?:AuditLog::record|new AuditEntry)\(\s*([^;]*?),\s*\'([a-z_]+)\',\s*[$(\w]/s', $source, $calls, PREG_SET_ORDER );
			foreach ( $calls as $call ) {
				preg_match_all( '/\'([a-z_]+\.[a-z_]+)\'/', $call[1], $literal );
				$actions = array_merge( $actions, $literal[1] );
				$types[] = $call[2];
			}
		}
		foreach ( ( new ReflectionClass( FeedbackEvent::class ) )->getConstants() as $kind ) {
			$actions[] = 'feedback.' . $kind;
		}
		return array( array_values( array_unique( $actions ) ), array_values( array_unique( $types ) ) );
	}

	public function test_every_recorded_action_and_object_type_has_a_name(): void {
		list( $actions, $types ) = self::recorded();
		$this->assertGreaterThan( 25, count( $actions ), 'the scan finds the recorded actions' );
		foreach ( array( 'royalty.line_added', 'royalty.period_paid', 'report.notes', 'user.sessions_end', 'feedback.forwarded' ) as $known ) {
			$this->assertContains( $known, $actions, 'the scan finds ' . $known );
		}
		$this->assertContains( 'royalty_line', $types, 'the scan finds the object types' );

		$this->assertSame( array(), array_values( array_diff( $actions, array_keys( AuditPresenter::action_labels() ) ) ), 'actions without a name' );
		$this->assertSame( array(), array_values( array_diff( $types, array_keys( AuditPresenter::object_type_labels() ) ) ), 'object types without a name' );
	}

	public function test_feedback_actions_say_they_are_of_feedback(): void {
		switch_to_locale( 'vi' );
		$this->assertSame( 'Phản ánh: Đã chuyển xử lý', AuditPresenter::action_label( 'feedback.' . FeedbackEvent::FORWARDED ) );
		restore_previous_locale();
	}
}
