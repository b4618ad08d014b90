<?php
/**
 * Tests of how the audit log names recorded codes.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Audit;

use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditPresenter;
use Ttdt\Audit\AuditQuery;
use Ttdt\I18n\Translations;
use Ttdt\Security\SessionEndReason;
use Ttdt\Security\SessionHygiene;
use Ttdt\Tests\Support\TestCase;
use WP_Session_Tokens;

/**
 * The reason sessions ended is stored as a code and read in the reader's language; the same
 * field of another action (a royalty adjustment's reason, typed by a person) stays as typed.
 */
final class AuditValueTest extends TestCase {

	/**
	 * Puts the site language back.
	 */
	protected function tearDown(): void {
		restore_previous_locale();
		unload_textdomain( Translations::DOMAIN, true );
		parent::tearDown();
	}

	/**
	 * The changes of an entry as the presenter shows them, by field.
	 *
	 * @param object $entry Table row.
	 * @return array<string, array{field: string, label: string, before: string, after: string}>
	 */
	private static function changes( object $entry ): array {
		return array_column( AuditPresenter::present( $entry )['changes'], null, 'field' );
	}

	public function test_the_reason_sessions_ended_reads_in_vietnamese(): void {
		$user = self::create_user( 'ttdt_updater' );
		WP_Session_Tokens::get_instance( $user->ID )->create( time() + HOUR_IN_SECONDS );
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		SessionHygiene::end_all( $user->ID, SessionEndReason::MANUAL );
		$query            = new AuditQuery();
		$query->action    = 'user.sessions_end';
		$query->object_id = $user->ID;
		$entries          = AuditLog::find( $query );
		$this->assertCount( 1, $entries );

		switch_to_locale( 'vi' );
		unload_textdomain( Translations::DOMAIN, true );
		( new Translations() )->load_textdomain();
		$changes = self::changes( $entries[0] );

		$this->assertSame( 'Lý do', $changes['reason']['label'] );
		$this->assertSame( '', $changes['reason']['before'] );
		$this->assertSame( 'Quản trị viên chấm dứt các phiên', $changes['reason']['after'] );
		$this->assertSame( 'Số phiên đăng nhập đang mở', $changes['sessions']['label'] );
		// Every reason has its own Vietnamese words.
		$labels = SessionEndReason::labels();
		$this->assertSame( array( 'manual', 'role', 'everywhere', 'everywhere_else' ), array_keys( $labels ) );
		foreach ( $labels as $code => $label ) {
			$this->assertMatchesRegularExpression( '/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u', $label, $code );
		}
		$this->assertCount( 4, array_unique( $labels ) );
	}

	public function test_a_reason_typed_by_a_person_stays_as_typed(): void {
		$row = (object) array(
			'id'           => 1,
			'occurred_at'  => '2026-01-05 08:00:00',
			'user_id'      => 0,
			'user_login'   => 'ketoan',
			'ip'           => '',
			'action'       => 'royalty.line_adjusted',
			'object_type'  => 'royalty_line',
			'object_id'    => 7,
			'summary'      => '',
			'before_value' => (string) wp_json_encode( array( 'amount' => 100000 ) ),
			'after_value'  => (string) wp_json_encode(
				array(
					'amount' => 80000,
					'reason' => 'role',
				)
			),
		);

		$this->assertSame( 'role', self::changes( $row )['reason']['after'] );
	}
}
