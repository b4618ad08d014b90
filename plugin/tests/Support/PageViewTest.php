<?php
/**
 * Tests of the public page view test and of the work it leaves out.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Board\BoardRoster;
use Ttdt\Quota\QuotaReminder;
use Ttdt\Quota\WeeklyQuota;
use Ttdt\Settings\Settings;
use Ttdt\Support\PageView;

/**
 * Public page views are most of the portal's requests (issue 10): keeping cron events
 * scheduled is left to the admin, REST, cron and the command line.
 */
final class PageViewTest extends TestCase {

	/**
	 * The request address before the test.
	 *
	 * @var string|null
	 */
	private ?string $uri = null;

	protected function setUp(): void {
		parent::setUp();
		$this->uri = $_SERVER['REQUEST_URI'] ?? null;
	}

	protected function tearDown(): void {
		if ( null === $this->uri ) {
			unset( $_SERVER['REQUEST_URI'] );
		} else {
			$_SERVER['REQUEST_URI'] = $this->uri;
		}
		unset( $_GET['rest_route'] );
		parent::tearDown();
	}

	private function request_to( ?string $uri ): void {
		if ( null === $uri ) {
			unset( $_SERVER['REQUEST_URI'] );
		} else {
			$_SERVER['REQUEST_URI'] = $uri;
		}
	}

	public function test_pages_are_page_views_and_rest_and_the_command_line_are_not(): void {
		$this->request_to( '/tin-tuc/bench-tin-150/?x=1' );
		$this->assertTrue( PageView::is_page_address() );
		$this->assertFalse( PageView::is_current(), 'The command line (these tests) is no visitor.' );
		$this->request_to( '/' );
		$this->assertTrue( PageView::is_page_address() );
		$this->request_to( '/wp-json/ttdt/v1/settings' );
		$this->assertFalse( PageView::is_page_address() );
		$this->request_to( '/?rest_route=/ttdt/v1/settings' );
		$_GET['rest_route'] = '/ttdt/v1/settings';
		$this->assertFalse( PageView::is_page_address() );
		unset( $_GET['rest_route'] );
		$this->request_to( null );
		$this->assertFalse( PageView::is_page_address(), 'No address.' );
	}

	public function test_a_form_sent_to_a_page_and_the_log_in_screen_are_not_page_views(): void {
		$method  = $_SERVER['REQUEST_METHOD'] ?? null;
		$pagenow = $GLOBALS['pagenow'] ?? null;
		$this->request_to( '/gop-y/' );
		try {
			$_SERVER['REQUEST_METHOD'] = 'HEAD';
			$this->assertTrue( PageView::is_page_address() );
			$_SERVER['REQUEST_METHOD'] = 'POST';
			$this->assertFalse( PageView::is_page_address(), 'A form sent to a page writes: every rule and service is there.' );
			$_SERVER['REQUEST_METHOD'] = 'GET';
			$GLOBALS['pagenow']        = 'wp-login.php';
			$this->request_to( '/wp-login.php?action=lostpassword' );
			$this->assertFalse( PageView::is_page_address() );
		} finally {
			$_SERVER['REQUEST_METHOD'] = $method;
			$GLOBALS['pagenow']        = $pagenow;
		}
	}

	public function test_a_page_view_does_not_check_the_cron_schedule(): void {
		$callback = array( QuotaReminder::class, 'maybe_schedule' );
		$reminder = new QuotaReminder( new WeeklyQuota( new Settings(), new BoardRoster() ) );

		remove_action( 'init', $callback );
		// As the web server would serve it.
		add_filter( PageView::FILTER, array( PageView::class, 'is_page_address' ) );
		$this->request_to( '/chuyen-muc/tin-tuc/' );
		$reminder->register_hooks();
		$this->assertFalse( has_action( 'init', $callback ), 'A page view checked the schedule.' );

		$this->request_to( '/wp-json/ttdt/v1/quota' );
		$reminder->register_hooks();
		$this->assertSame( 10, has_action( 'init', $callback ), 'REST keeps the event scheduled.' );
	}

	public function test_a_site_whose_page_views_run_cron_has_none(): void {
		$this->assertSame( '1', $this->page_address_in_a_new_process( '' ), 'Control: a page.' );
		$this->assertSame( '0', $this->page_address_in_a_new_process( 'define( "ALTERNATE_WP_CRON", true );' ), 'The page runs the due cron events itself.' );
	}

	/**
	 * Whether a GET of `/` is a page's address, asked in a new PHP process that boots the site.
	 *
	 * @param string $before PHP run before WordPress loads.
	 * @return string '1' or '0'.
	 */
	private function page_address_in_a_new_process( string $before ): string {
		return SiteProcess::run( 'echo Ttdt\\Support\\PageView::is_page_address() ? "1" : "0";', $before )[0];
	}
}
