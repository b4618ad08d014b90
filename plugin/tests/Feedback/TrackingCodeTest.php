<?php
/**
 * Tests of the tracking code and the contact forms.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\ContactNormalizer;
use Ttdt\Feedback\TrackingCode;
use Ttdt\Tests\Support\TestCase;

/**
 * Codes are read aloud and typed back; contacts are typed twice, differently.
 */
final class TrackingCodeTest extends TestCase {

	public function test_codes_use_only_the_alphabet_without_look_alikes_and_differ(): void {
		$codes = array();
		for ( $i = 0; $i < 500; $i++ ) {
			$code = TrackingCode::generate();
			$this->assertMatchesRegularExpression( '/^[ACDEFGHJKLMNPQRTUVWXY34679]{10}$/', $code );
			$codes[ $code ] = true;
		}
		$this->assertCount( 500, $codes, 'Random codes do not repeat.' );
		foreach ( str_split( '0O1I2Z5S8B' ) as $look_alike ) {
			$this->assertStringNotContainsString( $look_alike, TrackingCode::ALPHABET );
		}
	}

	public function test_codes_are_shown_in_groups_and_read_back_in_any_form(): void {
		$this->assertSame( 'ACDE-FG-HJKL', TrackingCode::format( 'ACDEFGHJKL' ) );
		$this->assertSame( 'ACDEFGHJKL', TrackingCode::normalize( 'acde-fg-hjkl' ) );
		$this->assertSame( 'ACDEFGHJKL', TrackingCode::normalize( ' ACDE FG HJKL ' ) );
		$this->assertSame( '', TrackingCode::normalize( 'ACDE-FG-HJK' ), 'too short' );
		$this->assertSame( '', TrackingCode::normalize( 'ACDE-FG-HJK0' ), 'zero is not in the alphabet' );
		$this->assertSame( '', TrackingCode::normalize( "ACDE' OR 1=1" ) );
	}

	public function test_contacts_are_normalised(): void {
		$this->assertSame( 'an@example.org', ContactNormalizer::email( ' An@Example.ORG ' ) );
		$this->assertSame( '', ContactNormalizer::email( 'not an address' ) );
		$this->assertSame( '0912345678', ContactNormalizer::phone( '0912 345 678' ) );
		$this->assertSame( '0912345678', ContactNormalizer::phone( '+84 912.345.678' ) );
		$this->assertSame( '0912345678', ContactNormalizer::phone( '84912345678' ) );
		$this->assertSame( '+33612345678', ContactNormalizer::phone( '+33 6 12 34 56 78' ) );
		$this->assertSame( '', ContactNormalizer::phone( '12345' ) );
		$this->assertSame( '', ContactNormalizer::phone( 'an@example.org' ) );
	}
}
