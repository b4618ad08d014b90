<?php
/**
 * Tests of the registration of the plugin's blocks.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Blocks\BlockTypes;
use Ttdt\Blocks\HookedBlockRender;
use Ttdt\Blocks\OnDemandBlocks;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Support\PageView;
use Ttdt\Tests\Support\TestCase;
use WP_Block_Type_Registry;

/**
 * A public page view registers the blocks without their editor script and style (issue 10:
 * the cost of every visitor's request); the admin, REST and the command line get them all.
 */
final class BlockTypesTest extends TestCase {

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
		// Back to the registration the rest of the suite saw.
		$this->register_for( null );
		parent::tearDown();
	}

	/**
	 * Registers the blocks again as a request for `$uri` would (null: no address, the CLI).
	 *
	 * @param string|null $uri Request address.
	 * @return \WP_Block_Type The source-and-writer block.
	 */
	private function register_for( ?string $uri ): \WP_Block_Type {
		$this->start_request( $uri );
		// A page view registers a block when it is needed: here, when markup names it.
		parse_blocks( '<!-- wp:ttdt/post-source /-->' );
		$block = WP_Block_Type_Registry::get_instance()->get_registered( 'ttdt/post-source' );
		$this->assertInstanceOf( \WP_Block_Type::class, $block );
		return $block;
	}

	public function test_a_page_view_registers_the_blocks_the_page_needs(): void {
		$this->start_request( '/tin-tuc/bench-tin-150/' );
		$this->assertSame( array(), $this->plugin_blocks(), 'Nothing is registered before the main query has run.' );

		$item = self::create_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_content' => "<!-- wp:group -->\n<!--\twp:ttdt/documents {\"perPage\":5} /-->\n<!-- /wp:group -->",
			)
		);
		$news                = self::create_post(
			array(
				'meta_input' => array(
					ProvenanceMeta::SOURCE => 'Văn phòng UBND xã',
					ProvenanceMeta::WRITER => 'Nguyễn Văn Viết',
				),
			)
		);
		$GLOBALS['wp_query'] = new \WP_Query(
			array(
				'post__in'    => array( $item->ID, $news->ID ),
				'post_type'   => 'any',
				'post_status' => 'any',
			)
		);
		$queries             = $GLOBALS['wpdb']->num_queries;
		OnDemandBlocks::register_for_page();
		$this->assertSame( $queries, $GLOBALS['wpdb']->num_queries, 'Without a remembered block, not a query more.' );
		$this->assertEqualsCanonicalizing(
			array( 'ttdt/documents', 'ttdt/post-source' ),
			$this->plugin_blocks(),
			'The blocks its items name, nested or not, and the hooked blocks that show for them: the source line, not a document\'s details or a draft\'s form.'
		);
		$this->assertSame( array(), get_option( OnDemandBlocks::OPTION, array() ) );

		parse_blocks( '<!-- wp:ttdt/agency-notice /-->' );
		$this->assertContains( 'ttdt/agency-notice', $this->plugin_blocks(), 'Markup the template shows registers the blocks it names.' );
		$remembered = get_option( OnDemandBlocks::OPTION );
		$this->assertSame( array( 'ttdt/agency-notice' ), array_keys( $remembered ), 'A block registered that late is remembered.' );
		$this->assertEqualsWithDelta( time(), $remembered['ttdt/agency-notice'], 5, 'With when it was learnt.' );

		// The next page, without items (a 404): the remembered block only.
		$this->start_request( '/tin-tuc/bench-tin-150/' );
		$GLOBALS['wp_query'] = new \WP_Query( array( 'p' => PHP_INT_MAX ) );
		OnDemandBlocks::register_for_page();
		$this->assertSame( array( 'ttdt/agency-notice' ), $this->plugin_blocks() );

		// A block no page has needed late for longer than the period is no longer registered
		// early; the first page that shows it again learns it again.
		update_option( OnDemandBlocks::OPTION, array( 'ttdt/agency-notice' => time() - OnDemandBlocks::REMEMBER_FOR - 1 ), true );
		$this->start_request( '/tin-tuc/bench-tin-150/' );
		OnDemandBlocks::register_for_page();
		$this->assertSame( array(), $this->plugin_blocks(), 'Remembered too long ago: not registered early.' );
		parse_blocks( '<!-- wp:ttdt/agency-notice /-->' );
		$this->assertEqualsWithDelta( time(), get_option( OnDemandBlocks::OPTION )['ttdt/agency-notice'], 5, 'Learnt again.' );

		// The list of names stored before reads as nothing remembered.
		update_option( OnDemandBlocks::OPTION, array( 'ttdt/agency-notice' ), true );
		$this->start_request( '/tin-tuc/bench-tin-150/' );
		OnDemandBlocks::register_for_page();
		$this->assertSame( array(), $this->plugin_blocks(), 'The old list is relearnt, not trusted.' );
		update_option( OnDemandBlocks::OPTION, array( 'ttdt/agency-notice' => time() ), true );
		$this->start_request( '/tin-tuc/bench-tin-150/' );
		OnDemandBlocks::register_for_page();

		$other = static fn() => 'Another_Block_Parser';
		add_filter( 'block_parser_class', $other );
		$this->assertSame( 'Another_Block_Parser', apply_filters( 'block_parser_class', \WP_Block_Parser::class ), 'Another plugin\'s parser stays.' );
		remove_filter( 'block_parser_class', $other );
		$this->assertCount( count( require TTDT_DIR . 'build/blocks-manifest.php' ), $this->plugin_blocks(), 'With it, every block is registered at once.' );

		OnDemandBlocks::forget();
		$this->assertFalse( get_option( OnDemandBlocks::OPTION ), 'A new theme starts again.' );
	}

	/**
	 * Registers the blocks as a new request for `$uri` would, none registered before.
	 *
	 * @param string|null $uri Request address (null: no address, the CLI).
	 */
	private function start_request( ?string $uri ): void {
		if ( null === $uri ) {
			unset( $_SERVER['REQUEST_URI'] );
		} else {
			$_SERVER['REQUEST_URI'] = $uri;
		}
		// Without an earlier page view's filters, as the web server would serve it (the
		// command line is never a page view).
		remove_filter( 'block_type_metadata', array( HookedBlockRender::class, 'take_hooks' ) );
		remove_filter( 'block_type_metadata', array( BlockTypes::class, 'without_editor_assets' ) );
		remove_filter( 'block_parser_class', array( OnDemandBlocks::class, 'parser_class' ), PHP_INT_MAX );
		add_filter( PageView::FILTER, array( PageView::class, 'is_page_address' ) );
		$registry = WP_Block_Type_Registry::get_instance();
		foreach ( array_keys( $registry->get_all_registered() ) as $name ) {
			if ( str_starts_with( $name, 'ttdt/' ) ) {
				$registry->unregister( $name );
			}
		}
		( new BlockTypes() )->register();
	}

	/**
	 * The plugin's registered blocks.
	 *
	 * @return string[]
	 */
	private function plugin_blocks(): array {
		return array_values( array_filter( array_keys( WP_Block_Type_Registry::get_instance()->get_all_registered() ), static fn( $name ) => str_starts_with( $name, 'ttdt/' ) ) );
	}

	public function test_a_page_view_registers_the_blocks_without_their_editor_assets(): void {
		$block = $this->register_for( '/tin-tuc/bench-tin-150/?x=1' );
		$this->assertSame( array(), $block->editor_script_handles );
		$this->assertNotEmpty( $block->style_handles, 'The front-end style stays.' );
		$this->assertNotNull( $block->render_callback );
		$this->assertSame( array(), $block->block_hooks, 'Its hook is rendered beside the anchor, not inserted by core.' );
		$this->assertNotFalse( has_filter( 'render_block_core/post-content', array( HookedBlockRender::class, 'render_beside' ) ) );
	}

	public function test_a_page_view_does_not_translate_what_only_the_inserter_shows(): void {
		$translated = new \ArrayObject();
		add_filter(
			'gettext_with_context_ttdt-portal',
			static function ( $translation, $text ) use ( $translated ) {
				$translated[] = $text;
				return $translation;
			},
			10,
			2
		);
		$this->register_for( '/tin-tuc/bench-tin-150/' );
		$this->assertSame( array(), $translated->getArrayCopy(), 'A page view translated block titles.' );
		$this->register_for( null );
		$this->assertContains( 'Source and writer', $translated->getArrayCopy(), 'The editor\'s requests translate them.' );
	}

	public function test_every_block_s_editor_code_is_in_the_one_script_of_the_editor(): void {
		foreach ( array( '/wp-json/wp/v2/block-types/ttdt', '/tin-tuc/bench-tin-150/', null ) as $uri ) {
			$this->assertSame( array(), $this->register_for( $uri )->editor_script_handles, 'No block loads an editor script of its own.' );
		}
		$bundle = TTDT_DIR . 'build/admin-ui/editor/blocks.js';
		$this->assertFileExists( $bundle, 'Run `npm run build`: it writes the blocks\' editor script.' );
		$code = (string) file_get_contents( $bundle );
		foreach ( array_keys( WP_Block_Type_Registry::get_instance()->get_all_registered() ) as $name ) {
			if ( str_starts_with( $name, 'ttdt/' ) ) {
				$this->assertStringContainsString( '"' . $name . '"', $code, "{$name} is registered by the editor's script." );
			}
		}
	}
}
