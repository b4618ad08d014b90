<?php
/**
 * Who may read the activity reports and write the board's notes, through REST.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Reports;

use Ttdt\Board\BoardMeta;
use Ttdt\Reports\ReportNotes;
use Ttdt\Tests\Support\TestCase;
use WP_REST_Request;

/**
 * The routes run through the real REST server with the plugin's capability map.
 */
final class ReportsAccessTest extends TestCase {

	/**
	 * Role (and board position) => whether the user may read and write.
	 *
	 * @return array<string, array{0: string, 1: string, 2: int}>
	 */
	public static function people(): array {
		return array(
			'visitor'              => array( '', '', 401 ),
			'collaborator'         => array( 'ttdt_collaborator', '', 403 ),
			'moderator'            => array( 'ttdt_moderator', '', 403 ),
			'accountant'           => array( 'ttdt_accountant', '', 403 ),
			'publisher, no post'   => array( 'ttdt_publisher', '', 403 ),
			'member publisher'     => array( 'ttdt_publisher', 'member', 403 ),
			'head of the board'    => array( 'ttdt_publisher', 'head', 200 ),
			'deputy head'          => array( 'ttdt_publisher', 'deputy', 200 ),
			'head without publish' => array( 'ttdt_updater', 'head', 403 ),
			'administrator'        => array( 'administrator', '', 200 ),
		);
	}

	/**
	 * @dataProvider people
	 *
	 * @param string $role     Role, '' for a visitor.
	 * @param string $position Board position.
	 * @param int    $status   Expected status of both routes.
	 */
	public function test_reading_and_writing_the_report( string $role, string $position, int $status ): void {
		if ( '' !== $role ) {
			$user = self::create_user( $role );
			update_user_meta( $user->ID, BoardMeta::POSITION_META, $position );
			wp_set_current_user( $user->ID );
		}

		$read = rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/reports/2025-Q3' ) );
		$this->assertSame( $status, $read->get_status() );

		$write = new WP_REST_Request( 'PUT', '/ttdt/v1/reports/2025-Q3' );
		$write->set_body_params( array( 'proposals' => 'Khen thưởng cộng tác viên Nguyễn Văn A.' ) );
		$saved = rest_do_request( $write );
		$this->assertSame( $status, $saved->get_status() );

		if ( 200 === $status ) {
			$this->assertSame( 'Quý 3 năm 2025', $read->get_data()['name'] );
			$this->assertSame( 'Khen thưởng cộng tác viên Nguyễn Văn A.', $saved->get_data()['proposals'] );
		} else {
			$this->assertSame( 'ttdt_rest_forbidden', $read->as_error()->get_error_code() );
			$this->assertSame( '', ReportNotes::get( '2025-Q3' )['proposals'], 'A refused write changes nothing.' );
		}
	}

	public function test_the_notes_are_kept_per_period_and_audited(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$write = new WP_REST_Request( 'PUT', '/ttdt/v1/reports/2025-H1' );
		$write->set_body_params( array( 'narrative' => 'Hoàn thành kế hoạch.' ) );
		$this->assertSame( 200, rest_do_request( $write )->get_status() );

		$this->assertSame( 'Hoàn thành kế hoạch.', ReportNotes::get( '2025-H1' )['narrative'] );
		$this->assertSame( '', ReportNotes::get( '2025-Q1' )['narrative'] );
		global $wpdb;
		$entry = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM %i WHERE action = %s ORDER BY id DESC LIMIT 1', $wpdb->prefix . 'ttdt_audit_log', 'report.notes' ), ARRAY_A );
		$this->assertSame( '2025-H1', $entry['summary'] );
		$this->assertStringContainsString( 'Hoàn thành kế hoạch.', $entry['after_value'] );
	}

	public function test_a_period_that_is_not_one_is_refused(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$this->assertSame( 404, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/reports/2025-Q5' ) )->get_status() );
	}
}
