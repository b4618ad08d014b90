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
use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackType;
use Ttdt\I18n\Translations;
use Ttdt\Plans\PlanRules;
use Ttdt\Royalty\Ledger;
use Ttdt\Royalty\LedgerSchema;
use Ttdt\Security\IncidentPostType;
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

	/**
	 * The newest entry of an action on an object.
	 *
	 * @param string $action    Action.
	 * @param int    $object_id Object ID.
	 * @return object
	 */
	private function entry( string $action, int $object_id ): object {
		$query            = new AuditQuery();
		$query->action    = $action;
		$query->object_id = $object_id;
		$entries          = AuditLog::find( $query );
		$this->assertCount( 1, $entries, $action );
		return $entries[0];
	}

	/**
	 * Switches to Vietnamese with the plugin's translations.
	 */
	private static function in_vietnamese(): void {
		switch_to_locale( 'vi' );
		unload_textdomain( Translations::DOMAIN, true );
		( new Translations() )->load_textdomain();
	}

	public function test_a_royalty_line_and_a_feedback_receipt_read_in_vietnamese(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$line = Ledger::add(
			array(
				'kind'          => 'royalty',
				'accrued_on'    => '2033-03-10',
				'amount'        => 500000,
				'item_id'       => 930001,
				'genre'         => 'tin',
				'payee_user_id' => 0,
				'payee_name'    => 'Trần Thị Bình',
			)
		);
		$this->assertGreaterThan( 0, $line );
		$received = ( new FeedbackRepository() )->insert(
			array(
				'type'         => FeedbackType::REPORT,
				'channel'      => FeedbackChannel::ONLINE,
				'subject'      => 'Đèn đường hỏng ở thôn Đông',
				'content'      => 'Ba cột đèn trước nhà văn hoá thôn Đông không sáng từ tuần trước.',
				'name'         => 'Nguyễn Văn An',
				'email'        => 'an@example.org',
				'consent_text' => 'Tôi đồng ý cho UBND xã xử lý dữ liệu cá nhân để trả lời phản ánh này.',
				'consent_at'   => '2026-01-05 08:00:00',
				'ip_hash'      => str_repeat( 'a', 64 ),
			)
		);
		$this->assertIsArray( $received );
		$royalty  = $this->entry( 'royalty.line_added', $line );
		$feedback = $this->entry( 'feedback.received', (int) $received['id'] );
		// The summary names the kind, in the language of whoever recorded the line.
		$this->assertSame( 'Trần Thị Bình — ' . LedgerSchema::kind_labels()['royalty'] . ' — 500.000 đ', $royalty->summary );

		self::in_vietnamese();
		$changes = self::changes( $royalty );

		$this->assertSame( 'Loại', $changes['kind']['label'] );
		$this->assertSame( 'Nhuận bút', $changes['kind']['after'] );
		$this->assertSame( 'Số tiền', $changes['amount']['label'] );
		$this->assertSame( '500.000 đ', $changes['amount']['after'] );
		$this->assertSame( 'Người nhận', $changes['payee_name']['label'] );
		$this->assertSame( 'Trần Thị Bình', $changes['payee_name']['after'] );
		$this->assertSame( 'Kỳ', $changes['period']['label'] );
		// No field of the line is shown by its code.
		foreach ( $changes as $field => $change ) {
			$this->assertNotSame( $field, $change['label'], $field );
		}

		$changes = self::changes( $feedback );
		$this->assertSame( 'Hình thức nhận', $changes['channel']['label'] );
		$this->assertSame( 'Qua cổng thông tin', $changes['channel']['after'] );
		$this->assertSame( 'Loại', $changes['type']['label'] );
		$this->assertSame( 'Phản ánh', $changes['type']['after'] );
	}

	public function test_royalty_rules_incidents_and_plans_read_as_their_screens_name_them(): void {
		$row = static fn( string $action, ?array $before, array $after ): object => (object) array(
			'id'           => 1,
			'occurred_at'  => '2026-01-05 08:00:00',
			'user_id'      => 0,
			'user_login'   => 'admin',
			'ip'           => '',
			'action'       => $action,
			'object_type'  => '',
			'object_id'    => 3,
			'summary'      => '',
			'before_value' => null === $before ? null : (string) wp_json_encode( $before ),
			'after_value'  => (string) wp_json_encode( $after ),
		);
		self::in_vietnamese();

		$rules = self::changes(
			$row(
				'royalty.rules',
				array( 'budget' => 30000000 ),
				array(
					'budget'    => 35000000,
					'base_wage' => array( array( 'from' => '2024-07-01', 'value' => 2340000 ) ),
					'stipends'  => array( 'head' => 2000000 ),
				)
			)
		);
		$this->assertSame( '30.000.000 đ', $rules['budget']['before'] );
		$this->assertSame( '35.000.000 đ', $rules['budget']['after'] );
		$this->assertStringContainsString( '01/07/2024: 2.340.000 đ', $rules['base_wage']['after'] );
		$this->assertStringContainsString( '2.000.000 đ', $rules['stipends']['after'] );
		foreach ( $rules as $field => $change ) {
			$this->assertNotSame( $field, $change['label'], $field );
		}

		$incident = self::changes(
			$row(
				'incident.report',
				null,
				array(
					'kind'  => 'leak',
					'state' => 'open',
					'item'  => 0,
				)
			)
		);
		$this->assertSame( IncidentPostType::kind_labels()['leak'], $incident['kind']['after'] );
		$this->assertSame( IncidentPostType::state_labels()['open'], $incident['state']['after'] );
		$this->assertSame( '', $incident['item']['after'] );

		$plan = self::changes( $row( 'plan.submitted', array( 'status' => 'draft' ), array( 'status' => 'submitted' ) ) );
		$this->assertSame( PlanRules::labels()['submitted'], $plan['status']['after'] );
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
