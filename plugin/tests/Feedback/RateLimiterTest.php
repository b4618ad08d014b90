<?php
/**
 * Tests of the feedback rate limiter's counting.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Feedback;

use Ttdt\Feedback\RateLimiter;
use Ttdt\Tests\Support\TestCase;

/**
 * Each hit learns its own count from the one statement that counts it (the concurrent case
 * is proved by `e2e/specs/load-feedback.spec.ts`): exactly the limit passes.
 */
final class RateLimiterTest extends TestCase {

	public function test_exactly_the_limit_passes_then_every_hit_is_refused(): void {
		$key    = '127.42.9.' . wp_rand( 1, 250 );
		$passed = array();
		for ( $i = 0; $i < 8; $i++ ) {
			$passed[] = RateLimiter::hit( RateLimiter::SUBMIT_IP, $key );
		}
		$this->assertSame( array( true, true, true, true, true, false, false, false ), $passed );
		$this->assertTrue( RateLimiter::exceeded( RateLimiter::SUBMIT_IP, $key ) );
		$this->assertTrue( RateLimiter::hit( RateLimiter::SUBMIT_IP, $key . '0' ), 'Another address has its own count.' );
		$this->assertTrue( RateLimiter::hit( RateLimiter::SUBMIT_CONTACT, $key ), 'Another limit has its own count.' );
	}

	public function test_a_limit_filtered_to_one_passes_the_first_hit_only(): void {
		$limit = static fn( array $limits ): array => array( RateLimiter::SUBMIT_CONTACT => array( 1, HOUR_IN_SECONDS ) ) + $limits;
		add_filter( RateLimiter::LIMITS_FILTER, $limit );
		$key = '09' . wp_rand( 10000000, 99999999 );
		$this->assertTrue( RateLimiter::hit( RateLimiter::SUBMIT_CONTACT, $key ) );
		$this->assertFalse( RateLimiter::hit( RateLimiter::SUBMIT_CONTACT, $key ) );
		remove_filter( RateLimiter::LIMITS_FILTER, $limit );
	}
}
