<?php
/**
 * Tests of the meta fields registered on demand on public page views.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Support\MetaRegistration;
use Ttdt\Support\PageView;
use Ttdt\Units\UnitPostType;

/**
 * A public page view registers the plugin's meta fields only when a read needs a registered
 * default (issue 10): the read returns the same value as with the fields registered on `init`.
 */
final class MetaRegistrationTest extends TestCase {

	/**
	 * The request before the test.
	 *
	 * @var array<string, string|null>
	 */
	private array $server = array();

	protected function setUp(): void {
		parent::setUp();
		foreach ( array( 'REQUEST_URI', 'REQUEST_METHOD' ) as $key ) {
			$this->server[ $key ] = $_SERVER[ $key ] ?? null;
		}
	}

	protected function tearDown(): void {
		MetaRegistration::register_waiting();
		foreach ( $this->server as $key => $value ) {
			if ( null === $value ) {
				unset( $_SERVER[ $key ] );
			} else {
				$_SERVER[ $key ] = $value;
			}
		}
		unregister_post_meta( 'post', 'ttdt_test_field' );
		parent::tearDown();
	}

	private function request( string $method, string $uri ): void {
		$_SERVER['REQUEST_METHOD'] = $method;
		$_SERVER['REQUEST_URI']    = $uri;
		// As the web server would serve it.
		add_filter( PageView::FILTER, array( PageView::class, 'is_page_address' ) );
	}

	public function register_test_field(): void {
		register_post_meta(
			'post',
			'ttdt_test_field',
			array(
				'type'    => 'string',
				'single'  => true,
				'default' => 'mặc định',
			)
		);
	}

	private function post(): int {
		return wp_insert_post(
			array(
				'post_title'  => 'Tin thử nghiệm',
				'post_status' => 'publish',
			)
		);
	}

	public function test_a_page_view_registers_on_the_first_read_of_a_missing_value(): void {
		$post = $this->post();
		$this->request( 'GET', '/tin-tuc/tin-thu-nghiem/' );
		MetaRegistration::on_init( array( $this, 'register_test_field' ) );
		$this->assertFalse( has_action( 'init', array( $this, 'register_test_field' ) ) );
		$this->assertFalse( registered_meta_key_exists( 'post', 'ttdt_test_field', 'post' ), 'Registered before it was needed.' );

		get_post_meta( $post, '_thumbnail_id', true );
		$this->assertFalse( registered_meta_key_exists( 'post', 'ttdt_test_field', 'post' ), 'Another plugin\'s read needs none of ours.' );

		$this->assertSame( 'mặc định', get_post_meta( $post, 'ttdt_test_field', true ), 'The registered default, as on init.' );
		$this->assertTrue( registered_meta_key_exists( 'post', 'ttdt_test_field', 'post' ) );
	}

	public function test_other_requests_register_on_init(): void {
		foreach ( array( array( 'POST', '/tin-tuc/tin-thu-nghiem/' ), array( 'GET', '/wp-json/wp/v2/posts' ) ) as list( $method, $uri ) ) {
			$this->request( $method, $uri );
			MetaRegistration::on_init( array( $this, 'register_test_field' ), 20 );
			$this->assertSame( 20, has_action( 'init', array( $this, 'register_test_field' ) ), "$method $uri" );
			remove_action( 'init', array( $this, 'register_test_field' ), 20 );
		}
	}

	public function test_the_reference_flag_reads_the_same_on_a_page_view(): void {
		$post = $this->post();
		$this->assertFalse( get_post_meta( $post, ProvenanceMeta::IS_REFERENCE, true ), 'Registered on init: the default.' );

		unregister_post_meta( 'post', ProvenanceMeta::IS_REFERENCE );
		wp_cache_delete( $post, 'post_meta' );
		$this->request( 'GET', '/tin-tuc/tin-thu-nghiem/' );
		MetaRegistration::on_init( array( ProvenanceMeta::class, 'register' ), 20 );
		$this->assertFalse( get_post_meta( $post, ProvenanceMeta::IS_REFERENCE, true ), 'Registered on the read: the same default.' );
	}

	public function test_a_save_on_a_page_view_registers_the_fields_checks_first(): void {
		$this->request( 'GET', '/tin-tuc/tin-thu-nghiem/' );
		MetaRegistration::on_init( array( $this, 'register_test_field' ) );
		$post = $this->post();
		$this->assertTrue( registered_meta_key_exists( 'post', 'ttdt_test_field', 'post' ), 'Saved before the fields were registered.' );
		$this->assertSame( 'mặc định', get_post_meta( $post, 'ttdt_test_field', true ) );
	}

	public function test_the_source_and_writer_of_a_list_need_no_registration(): void {
		$post = $this->post();
		unregister_post_meta( 'post', ProvenanceMeta::WRITER );
		$this->request( 'GET', '/' );
		MetaRegistration::on_init( array( ProvenanceMeta::class, 'register' ), 20 );
		$this->assertSame( '', ProvenanceMeta::text( $post, ProvenanceMeta::WRITER ), 'No writer: empty, the registered default.' );
		$this->assertFalse( registered_meta_key_exists( 'post', ProvenanceMeta::WRITER, 'post' ), 'Printing a list registered every field.' );
	}

	public function test_a_page_view_registers_a_register_with_its_fields(): void {
		$post = $this->post();
		unregister_post_type( UnitPostType::NAME );
		$this->request( 'GET', '/' );
		( new UnitPostType() )->register_hooks();
		$this->assertFalse( post_type_exists( UnitPostType::NAME ), 'A page view that shows no record registered the register.' );

		$this->assertSame( '', get_post_meta( $post, UnitPostType::META_HEAD, true ) );
		$this->assertTrue( post_type_exists( UnitPostType::NAME ), 'Read a record\'s field without its type.' );
	}

	public function test_other_requests_register_a_register_on_init(): void {
		remove_action( 'init', array( UnitPostType::class, 'register' ) );
		$this->request( 'POST', '/' );
		( new UnitPostType() )->register_hooks();
		$this->assertSame( 10, has_action( 'init', array( UnitPostType::class, 'register' ) ) );
		remove_action( 'init', array( UnitPostType::class, 'register' ) );
		remove_action( 'init', array( UnitPostType::class, 'register_meta' ) );
	}
}
