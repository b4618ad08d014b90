<?php
/**
 * Tests of the board rosters per site.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Network;

use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardRoster;

/**
 * One person on two communes' boards, in different positions: each site keeps its own roster.
 */
final class SiteBoardMetaTest extends NetworkTestCase {

	public function test_each_site_keeps_its_own_board(): void {
		$a      = self::create_site( 'xa-bb-a' );
		$b      = self::create_site( 'xa-bb-b' );
		$c      = self::create_site( 'xa-bb-c' );
		$person = self::create_user( 'subscriber' );
		add_user_to_blog( $a, $person->ID, 'ttdt_publisher' );
		add_user_to_blog( $b, $person->ID, 'ttdt_collaborator' );
		add_user_to_blog( $c, $person->ID, 'ttdt_updater' );
		$roster = new BoardRoster();

		switch_to_blog( $a );
		$this->assertIsArray( $roster->update( $person, array( 'position' => 'head', 'term_start' => '2026-01-01' ) ) );
		restore_current_blog();
		switch_to_blog( $b );
		$this->assertSame( '', $roster->position( $person->ID ), 'heading A makes nobody a member of B' );
		$this->assertSame( array(), array_map( static fn( $user ) => $user->ID, $roster->members() ) );
		$this->assertIsArray( $roster->update( $person, array( 'position' => 'member' ) ) );
		restore_current_blog();

		switch_to_blog( $a );
		$this->assertSame( 'head', $roster->position( $person->ID ) );
		$this->assertSame( '2026-01-01', $roster->read( $person->ID )['term_start'] );
		$this->assertSame( array( $person->ID ), array_map( static fn( $user ) => $user->ID, $roster->members() ) );
		restore_current_blog();

		switch_to_blog( $b );
		$this->assertSame( 'member', $roster->position( $person->ID ) );
		$this->assertSame( '', $roster->read( $person->ID )['term_start'] );
		$this->assertIsArray( $roster->update( $person, array( 'position' => '' ) ) );
		$this->assertSame( '', $roster->position( $person->ID ) );
		restore_current_blog();

		switch_to_blog( $a );
		$this->assertSame( 'head', $roster->position( $person->ID ), 'leaving B\'s board leaves A\'s alone' );
		restore_current_blog();
		switch_to_blog( $c );
		$this->assertSame( '', $roster->position( $person->ID ) );
		restore_current_blog();

		// The main site, like a single site, reads the plain key.
		$this->assertSame( '', (string) get_user_meta( $person->ID, BoardMeta::POSITION_META, true ) );
		global $wpdb;
		$this->assertSame( 'head', get_user_meta( $person->ID, $wpdb->get_blog_prefix( $a ) . BoardMeta::POSITION_META, true ) );
	}
}
