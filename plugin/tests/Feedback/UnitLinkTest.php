<?php
/**
 * Tests of the signed, expiring, single-use unit links.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackEvent;
use Ttdt\Feedback\FeedbackRepository;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Feedback\UnitLink;
use Ttdt\Tests\Support\TestCase;
use WP_Error;

/**
 * A link opens the answer page once, for its item and unit, until it expires or is replaced.
 */
final class UnitLinkTest extends TestCase {

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Links under test.
	 *
	 * @var UnitLink
	 */
	private UnitLink $links;

	/**
	 * An item to forward.
	 *
	 * @var int
	 */
	private int $item_id;

	protected function setUp(): void {
		parent::setUp();
		$this->items = new FeedbackRepository();
		$this->links = new UnitLink( $this->items );
		$stored      = $this->items->insert(
			array(
				'type'         => FeedbackType::REPORT,
				'channel'      => FeedbackChannel::ONLINE,
				'subject'      => 'Ống nước vỡ ở thôn Bắc',
				'content'      => 'Nước chảy ra đường từ hôm qua.',
				'name'         => 'Trần Thị Bình',
				'email'        => 'binh@example.org',
				'consent_text' => 'Tôi đồng ý.',
				'consent_at'   => '2026-01-05 08:00:00',
				'ip_hash'      => str_repeat( 'b', 64 ),
			)
		);
		$this->assertIsArray( $stored );
		$this->item_id = $stored['id'];
	}

	public function test_a_fresh_link_verifies_for_its_item_and_unit_and_stores_only_a_hash(): void {
		$link = $this->links->issue( $this->item_id, 42 );
		$this->assertIsArray( $link );

		$verified = $this->links->verify( $link['token'] );

		$this->assertIsArray( $verified );
		$this->assertSame( $this->item_id, $verified['item_id'] );
		$this->assertSame( 42, $verified['unit_id'] );
		$this->assertStringContainsString( UnitLink::QUERY_VAR . '=', $link['url'] );
		$nonce = explode( '.', $link['token'] )[3];
		$sent  = array_values( array_filter( $this->items->events( $this->item_id ), static fn( $e ) => FeedbackEvent::UNIT_LINK_SENT === $e['kind'] ) );
		$this->assertCount( 1, $sent );
		$this->assertStringNotContainsString( $nonce, (string) wp_json_encode( $sent[0] ), 'the nonce itself is never stored' );
		$this->assertSame( hash( 'sha256', $nonce ), $sent[0]['data']['nonce_hash'] );
	}

	/**
	 * Forged links: changed item, unit or expiry; made-up signature; garbage.
	 *
	 * @return array<string, array{callable(string): string}>
	 */
	public static function forgeries(): array {
		$part = static function ( int $index, string $value ): callable {
			return static function ( string $token ) use ( $index, $value ): string {
				$parts           = explode( '.', $token );
				$parts[ $index ] = $value;
				return implode( '.', $parts );
			};
		};
		return array(
			'other item'          => array( $part( 0, '999999' ) ),
			'other unit'          => array( $part( 1, '7' ) ),
			'later expiry'        => array( $part( 2, (string) ( time() + 10 * YEAR_IN_SECONDS ) ) ),
			'other nonce'         => array( $part( 3, str_repeat( 'a', 32 ) ) ),
			'made-up signature'   => array( $part( 4, hash_hmac( 'sha256', 'x', 'guessed-key' ) ) ),
			'signature cut short' => array( static fn( string $t ): string => substr( $t, 0, -1 ) ),
			'not a token'         => array( static fn(): string => '<script>alert(1)</script>' ),
			'empty'               => array( static fn(): string => '' ),
		);
	}

	/**
	 * @dataProvider forgeries
	 *
	 * @param callable(string): string $forge Changes the genuine token.
	 */
	public function test_forged_links_are_refused( callable $forge ): void {
		$link = $this->links->issue( $this->item_id, 42 );

		$result = $this->links->verify( $forge( $link['token'] ) );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( 'ttdt_unit_link_invalid', $result->get_error_code() );
		$this->assertSame( 403, $result->get_error_data()['status'] );
	}

	public function test_an_expired_link_is_refused(): void {
		$link = $this->links->issue( $this->item_id, 42, 60 );
		$this->assertIsArray( $link );
		// Re-sign the same link with an expiry in the past, as time passing would make it.
		$parts    = explode( '.', $link['token'] );
		$parts[2] = (string) ( time() - 1 );
		$payload  = implode( '.', array_slice( $parts, 0, 4 ) );
		$expired  = $payload . '.' . hash_hmac( 'sha256', 'ttdt-unit-link|' . $payload, wp_salt( 'auth' ) );

		$result = $this->links->verify( $expired );

		$this->assertInstanceOf( WP_Error::class, $result );
		$this->assertSame( 'ttdt_unit_link_expired', $result->get_error_code() );
	}

	public function test_a_link_answers_once_and_is_refused_when_reused(): void {
		$link = $this->links->issue( $this->item_id, 42 );

		$first  = $this->links->consume( $link['token'], 'Đã cử người sửa ống nước sáng nay.' );
		$second = $this->links->consume( $link['token'], 'Trả lời lần hai.' );

		$this->assertIsArray( $first );
		$this->assertInstanceOf( WP_Error::class, $second );
		$this->assertSame( 'ttdt_unit_link_used', $second->get_error_code() );
		$answers = array_values( array_filter( $this->items->events( $this->item_id ), static fn( $e ) => FeedbackEvent::UNIT_ANSWERED === $e['kind'] ) );
		$this->assertCount( 1, $answers, 'one answer stored' );
		$this->assertSame( 'Đã cử người sửa ống nước sáng nay.', $answers[0]['body'] );
		$this->assertSame( 42, $answers[0]['unit_id'] );
		$this->assertInstanceOf( WP_Error::class, $this->links->verify( $link['token'] ) );
	}

	public function test_forwarding_again_revokes_the_earlier_link(): void {
		$old = $this->links->issue( $this->item_id, 42 );
		$new = $this->links->issue( $this->item_id, 43 );

		$this->assertInstanceOf( WP_Error::class, $this->links->verify( $old['token'] ) );
		$this->assertIsArray( $this->links->verify( $new['token'] ) );
	}
}
