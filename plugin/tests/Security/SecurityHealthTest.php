<?php
/**
 * Tests of the Site Health security checks: each made to pass and made to fail.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Security;

use Ttdt\Archive\ArchiveStore;
use Ttdt\Audit\AuditLog;
use Ttdt\Audit\AuditTable;
use Ttdt\Security\AccessHealth;
use Ttdt\Security\OperationsHealth;
use Ttdt\Security\SecurityHealth;
use Ttdt\Tests\Support\TestCase;
use WP_Error;

/**
 * Every check answers `good` in the healthy case and something else when broken.
 */
final class SecurityHealthTest extends TestCase {

	/**
	 * Archive folder of the test.
	 *
	 * @var string
	 */
	private string $archive_dir = '';

	protected function tearDown(): void {
		if ( '' !== $this->archive_dir ) {
			array_map( 'unlink', (array) glob( $this->archive_dir . '/{,.}[!.]*', GLOB_BRACE ) );
			rmdir( $this->archive_dir );
		}
		parent::tearDown();
	}

	public function test_every_check_is_registered_with_site_health(): void {
		$tests = apply_filters( 'site_status_tests', array( 'direct' => array() ) );
		foreach ( SecurityHealth::ids() as $id ) {
			$this->assertArrayHasKey( $id, $tests['direct'] );
			$this->assertIsCallable( $tests['direct'][ $id ]['test'] );
		}
	}

	public function test_audit_check_passes_with_a_recent_entry_and_fails_without(): void {
		global $wpdb;
		delete_option( \Ttdt\Audit\AuditHealth::FAILURES_OPTION );
		AuditLog::record( 'test.health', 'test', 0, 'x' );
		$this->assertSame( 'good', OperationsHealth::audit()['status'] );

		// Rolled back with the test's transaction.
		$wpdb->query( "UPDATE {$wpdb->prefix}" . AuditTable::NAME . " SET occurred_at = '2000-01-01 00:00:00'" );
		$this->assertSame( 'recommended', OperationsHealth::audit()['status'] );

		update_option( \Ttdt\Audit\AuditHealth::FAILURES_OPTION, array( 'count' => 1, 'last_at' => time(), 'last' => 'x' ) );
		$this->assertSame( 'critical', OperationsHealth::audit()['status'] );
	}

	public function test_role_caps_check_fails_when_a_role_gets_an_extra_capability(): void {
		$this->assertSame( 'good', AccessHealth::role_caps()['status'] );

		get_role( 'ttdt_collaborator' )->add_cap( 'publish_posts' );
		$result = AccessHealth::role_caps();
		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'publish_posts', $result['description'] );
	}

	public function test_duties_check_fails_for_an_account_with_two_levels(): void {
		foreach ( get_users( array( 'role__in' => array( 'ttdt_accountant' ) ) ) as $user ) {
			if ( count( $user->roles ) > 1 ) {
				$user->set_role( 'ttdt_accountant' );
			}
		}
		$this->assertSame( 'good', AccessHealth::duties()['status'] );

		$user = self::create_user( 'ttdt_publisher', array( 'display_name' => 'Nguyễn Văn Kép' ) );
		$user->add_role( 'ttdt_accountant' );
		$result = AccessHealth::duties();
		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'Nguyễn Văn Kép', $result['description'] );
	}

	public function test_mail_check_follows_the_last_send(): void {
		delete_option( \Ttdt\Security\MailLog::OPTION );
		$this->assertSame( 'recommended', OperationsHealth::mail()['status'] );

		do_action( 'wp_mail_succeeded', array() );
		$this->assertSame( 'good', OperationsHealth::mail()['status'] );

		do_action( 'wp_mail_failed', new WP_Error( 'wp_mail_failed', 'SMTP connect() failed.' ) );
		$result = OperationsHealth::mail();
		$this->assertSame( 'critical', $result['status'] );
		$this->assertStringContainsString( 'SMTP connect() failed.', $result['description'] );
	}

	public function test_backup_check_needs_a_recent_package(): void {
		$this->archive_dir = sys_get_temp_dir() . '/ttdt-health-' . wp_generate_password( 8, false );
		mkdir( $this->archive_dir );
		add_filter( ArchiveStore::DIR_FILTER, fn() => $this->archive_dir );
		$this->assertSame( 'critical', OperationsHealth::backups()['status'] );

		$old = 'ttdt-20200101-020000-abcdef';
		file_put_contents( "{$this->archive_dir}/{$old}.zip", 'zip' );
		file_put_contents( "{$this->archive_dir}/{$old}.json", wp_json_encode( array( 'created_at' => '2020-01-01T02:00:00+00:00' ) ) );
		$this->assertSame( 'critical', OperationsHealth::backups()['status'] );

		$new = ArchiveStore::new_id();
		file_put_contents( "{$this->archive_dir}/{$new}.zip", 'zip' );
		file_put_contents( "{$this->archive_dir}/{$new}.json", wp_json_encode( array( 'created_at' => gmdate( 'c' ) ) ) );
		$this->assertSame( 'good', OperationsHealth::backups()['status'] );
	}

	public function test_xmlrpc_check_follows_cores_filter(): void {
		add_filter( 'xmlrpc_enabled', '__return_true' );
		$this->assertSame( 'recommended', OperationsHealth::xmlrpc()['status'] );
		add_filter( 'xmlrpc_enabled', '__return_false', 20 );
		$this->assertSame( 'good', OperationsHealth::xmlrpc()['status'] );
	}

	public function test_password_policy_check_warns_without_a_policy_plugin(): void {
		update_option( 'active_plugins', array( 'ttdt-portal/ttdt-portal.php' ) );
		$this->assertSame( 'recommended', AccessHealth::password_policy()['status'] );

		update_option( 'active_plugins', array( 'ttdt-portal/ttdt-portal.php', 'melapress-login-security/melapress-login-security.php' ) );
		$this->assertSame( 'good', AccessHealth::password_policy()['status'] );
	}
}
