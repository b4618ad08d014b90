<?php
/**
 * Tests of the plugin's tables: the base that installs them once per version, and their list.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Network\SiteCleanup;
use Ttdt\Support\Table;
use Ttdt\Support\Tables;

/**
 * A table class lists itself once in {@see Tables::ALL} and is then installed on every path;
 * its definitions are applied again only when its version changes.
 */
final class TablesTest extends TestCase {

	protected function tearDown(): void {
		ProbeTable::$definitions = 0;
		ProbeTable::$installed   = 0;
		parent::tearDown();
	}

	public function test_every_table_class_of_the_plugin_is_in_the_list(): void {
		$found = array();
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( dirname( __DIR__, 2 ) . '/src', \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $files as $file ) {
			$source = (string) file_get_contents( (string) $file );
			if ( preg_match( '/^namespace (\S+);.*^final class (\w+) extends Table\b/ms', $source, $match ) ) {
				$found[] = $match[1] . '\\' . $match[2];
			}
		}
		sort( $found );
		$listed = Tables::ALL;
		sort( $listed );
		$this->assertCount( 8, $found, 'the scan finds the table classes' );
		$this->assertSame( $found, $listed, 'a table class missing from Tables::ALL is never installed' );
		foreach ( Tables::ALL as $class ) {
			$this->assertTrue( is_subclass_of( $class, Table::class ), $class );
		}
	}

	public function test_the_request_installed_every_table_of_the_list(): void {
		global $wpdb;
		foreach ( Tables::ALL as $class ) {
			$this->assertNotFalse( get_option( $class::VERSION_OPTION ), $class );
		}
		$tables = array_map(
			static fn ( string $table ): string => substr( $table, strlen( $wpdb->prefix ) ),
			SiteCleanup::tables( $wpdb->prefix )
		);
		foreach ( array( 'ttdt_audit_log', 'ttdt_feedback', 'ttdt_feedback_files', 'ttdt_feedback_events', 'ttdt_royalty_lines', 'ttdt_royalty_totals', 'ttdt_draft_comments', 'ttdt_search_tokens', 'ttdt_doc_dates', 'ttdt_plans', 'ttdt_plan_topics', 'ttdt_archive_jobs' ) as $name ) {
			$this->assertContains( $name, $tables );
		}
	}

	public function test_a_table_is_installed_once_per_version(): void {
		global $wpdb;
		$this->assertFalse( get_option( ProbeTable::VERSION_OPTION ) );

		ProbeTable::maybe_install();
		$this->assertSame( 1, ProbeTable::$definitions );
		$this->assertSame( 1, ProbeTable::$installed, 'the filling step runs after the definitions' );
		$this->assertSame( 3, (int) get_option( ProbeTable::VERSION_OPTION ) );
		$this->assertSame( array( 'id', 'label' ), $wpdb->get_col( 'DESCRIBE ' . ProbeTable::name() ) );

		ProbeTable::maybe_install();
		$this->assertSame( 1, ProbeTable::$definitions, 'same version: nothing applied again' );

		update_option( ProbeTable::VERSION_OPTION, 2 );
		ProbeTable::maybe_install();
		$this->assertSame( 2, ProbeTable::$definitions, 'an older version is brought up to date' );
		$this->assertSame( 3, (int) get_option( ProbeTable::VERSION_OPTION ) );
	}

	public function test_a_table_whose_version_option_went_missing_is_installed_again_by_the_list(): void {
		delete_option( Tables::ALL[0]::VERSION_OPTION );
		Tables::maybe_install();
		$this->assertNotFalse( get_option( Tables::ALL[0]::VERSION_OPTION ) );
	}
}

// phpcs:disable Generic.Files.OneObjectStructurePerFile -- a fixture used by this test only.

/**
 * A table of the test: counts how often it is installed.
 */
final class ProbeTable extends Table {

	public const VERSION_OPTION = 'ttdt_test_probe_version';

	protected const VERSION = 3;

	/**
	 * Calls of {@see self::definitions()}.
	 *
	 * @var int
	 */
	public static int $definitions = 0;

	/**
	 * Calls of {@see self::installed()}.
	 *
	 * @var int
	 */
	public static int $installed = 0;

	public static function name(): string {
		return self::prefixed( 'ttdt_test_probe' );
	}

	protected static function definitions(): array {
		++self::$definitions;
		$table = self::name();
		return array(
			"CREATE TABLE {$table} (
id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
label varchar(20) NOT NULL DEFAULT '',
PRIMARY KEY  (id)
) " . self::charset() . ';',
		);
	}

	protected static function installed(): void {
		++self::$installed;
	}
}
