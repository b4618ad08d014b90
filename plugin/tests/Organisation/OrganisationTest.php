<?php
/**
 * Tests of the officials' records and the organisation block.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Organisation;

use Ttdt\Organisation\OfficialDirectory;
use Ttdt\Organisation\OfficialPostType;
use Ttdt\Support\RestController;
use Ttdt\Tests\Support\TestCase;
use Ttdt\Units\UnitPostType;
use WP_REST_Request;

/**
 * Records saved through the real REST route; the block rendered by WordPress.
 */
final class OrganisationTest extends TestCase {

	/**
	 * A published unit with a private forwarding e-mail.
	 *
	 * @param string $name  Unit name.
	 * @param string $email Forwarding e-mail.
	 * @return int
	 */
	private static function unit( string $name, string $email = 'chuyen-tiep@example.org' ): int {
		return self::create_post(
			array(
				'post_type'   => UnitPostType::NAME,
				'post_status' => 'publish',
				'post_title'  => $name,
				'meta_input'  => array( UnitPostType::META_EMAIL => $email ),
			)
		)->ID;
	}

	/**
	 * Saves an official through REST.
	 *
	 * @param string               $name Name.
	 * @param array<string, mixed> $meta Meta.
	 * @return \WP_REST_Response
	 */
	private static function save( string $name, array $meta ): \WP_REST_Response {
		$request = new WP_REST_Request( 'POST', '/ttdt/v1/officials' );
		$request->set_body_params(
			array(
				'title' => $name,
				'meta'  => $meta,
			)
		);
		return rest_do_request( $request );
	}

	/**
	 * Only those who manage the units read or write officials; a visitor reads nothing, not
	 * even a published official's record.
	 */
	public function test_records_are_for_those_who_manage_units(): void {
		$unit     = self::unit( 'Ủy ban nhân dân xã' );
		$response = self::save( 'Nguyễn Văn A', array( OfficialPostType::UNIT => $unit ) );
		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( RestController::FORBIDDEN, $response->as_error()->get_error_code() );

		wp_set_current_user( self::create_user( 'ttdt_moderator' )->ID );
		$this->assertSame( 403, self::save( 'Nguyễn Văn A', array( OfficialPostType::UNIT => $unit ) )->get_status() );

		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$response = self::save( 'Nguyễn Văn A', array( OfficialPostType::UNIT => $unit ) );
		$this->assertSame( 201, $response->get_status() );
		$id = (int) $response->get_data()['id'];
		$this->assertSame( 'publish', get_post_status( $id ) );

		wp_set_current_user( 0 );
		$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', "/ttdt/v1/officials/{$id}" ) )->get_status() );
		$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', '/ttdt/v1/officials' ) )->get_status() );
	}

	/**
	 * The server refuses a record without a name, without an existing unit, with a wrong
	 * e-mail or a photo that is not an image, in Vietnamese.
	 */
	public function test_the_server_checks_what_the_form_sends(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$unit = self::unit( 'Văn phòng UBND' );
		$not  = self::create_post();
		$pdf  = (int) wp_insert_attachment(
			array(
				'post_mime_type' => 'application/pdf',
				'post_title'     => 'to-trinh.pdf',
			),
			'to-trinh.pdf'
		);
		$cases = array(
			array( '', array( OfficialPostType::UNIT => $unit ) ),
			array( 'Trần Thị B', array() ),
			array( 'Trần Thị B', array( OfficialPostType::UNIT => $not->ID ) ),
			array(
				'Trần Thị B',
				array(
					OfficialPostType::UNIT  => $unit,
					OfficialPostType::EMAIL => 'khong-phai-email',
				),
			),
			array(
				'Trần Thị B',
				array(
					OfficialPostType::UNIT  => $unit,
					OfficialPostType::PHOTO => $pdf,
				),
			),
		);
		foreach ( $cases as $i => list( $name, $meta ) ) {
			$response = self::save( $name, $meta );
			$this->assertSame( 400, $response->get_status(), "Case {$i}" );
			$this->assertSame( 'ttdt_official_invalid', $response->as_error()->get_error_code(), "Case {$i}" );
		}
	}

	/**
	 * The block groups shown officials by unit, leadership first, marks the contact officers,
	 * escapes what it prints and never shows a hidden official or the unit's forwarding
	 * e-mail; it adds no script.
	 */
	public function test_the_block_groups_by_unit_and_marks_contact_officers(): void {
		wp_set_current_user( self::create_user( 'administrator' )->ID );
		$committee = self::unit( 'Ủy ban nhân dân xã', 'ubnd-chuyen-tiep@example.org' );
		$office    = self::unit( 'Văn phòng - Thống kê', 'vp-chuyen-tiep@example.org' );
		$officials = array(
			array( 'Lê Văn Chủ Tịch', $committee, 1, 'Chủ tịch UBND', false, true ),
			array( 'Phạm Thị Phó', $committee, 2, 'Phó Chủ tịch UBND', false, true ),
			array( 'Hoàng Văn Đầu Mối <script>x</script>', $office, 5, 'Công chức Văn phòng', true, true ),
			array( 'Người Ẩn Danh', $office, 6, 'Công chức', false, false ),
		);
		foreach ( $officials as list( $name, $unit, $order, $position, $contact, $shown ) ) {
			$response = self::save(
				$name,
				array(
					OfficialPostType::UNIT            => $unit,
					OfficialPostType::ORDER           => $order,
					OfficialPostType::POSITION        => $position,
					OfficialPostType::PHONE           => '0210 3851 234',
					OfficialPostType::EMAIL           => 'can-bo@example.org',
					OfficialPostType::CONTACT_OFFICER => $contact,
					OfficialPostType::SHOWN           => $shown,
				)
			);
			$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		}
		wp_set_current_user( 0 );

		$groups = array_values( array_filter( OfficialDirectory::groups(), static fn( $group ) => in_array( $group['unit'], array( 'Ủy ban nhân dân xã', 'Văn phòng - Thống kê' ), true ) ) );
		$this->assertSame( array( 'Ủy ban nhân dân xã', 'Văn phòng - Thống kê' ), array_column( $groups, 'unit' ) );
		$this->assertSame( array( 'Lê Văn Chủ Tịch', 'Phạm Thị Phó' ), array_column( $groups[0]['officials'], 'name' ) );
		$this->assertCount( 1, $groups[1]['officials'], 'The hidden official is left out.' );
		$this->assertSame( array( 'Văn phòng - Thống kê' ), array_column( OfficialDirectory::groups( $office ), 'unit' ) );

		$html = do_blocks( '<!-- wp:ttdt/organisation /-->' );
		$this->assertStringContainsString( 'Ủy ban nhân dân xã</h3>', $html );
		$this->assertLessThan( strpos( $html, 'Văn phòng - Thống kê' ), strpos( $html, 'Lê Văn Chủ Tịch' ) );
		$this->assertStringContainsString( 'Hoàng Văn Đầu Mối &lt;script&gt;', $html );
		$this->assertStringNotContainsString( '<script', $html );
		$this->assertSame( 1, substr_count( $html, 'ttdt-organisation__contact-officer' ) );
		$this->assertStringContainsString( 'href="tel:02103851234"', $html );
		$this->assertStringNotContainsString( 'Người Ẩn Danh', $html );
		$this->assertStringNotContainsString( 'chuyen-tiep@example.org', $html );
	}
}
