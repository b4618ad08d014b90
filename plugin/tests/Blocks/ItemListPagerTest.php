<?php
/**
 * Tests the pager of the public lists.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Blocks\ItemListPager;
use Ttdt\Tests\Support\TestCase;

/**
 * The markup the documents, procedures and drafts lists print.
 */
final class ItemListPagerTest extends TestCase {

	/**
	 * What the pager prints.
	 *
	 * @param int $page  Current page.
	 * @param int $pages Pages.
	 * @return string
	 */
	private static function pager( int $page, int $pages ): string {
		ob_start();
		ItemListPager::render( $page, $pages, 'Trang "dự thảo"', static fn( int $n ): string => 'https://xa.test/du-thao/?trang=' . $n . '&a=<b>' );
		return (string) ob_get_clean();
	}

	/**
	 * One page: nothing. A middle page: both links, escaped, and "Page n of m". The first and
	 * last pages: only the link that leads somewhere.
	 */
	public function test_links_of_each_page(): void {
		$this->assertSame( '', self::pager( 1, 1 ) );
		$this->assertSame( '', self::pager( 1, 0 ) );

		$middle = self::pager( 2, 3 );
		$this->assertStringContainsString( '<nav class="ttdt-item-list__pages" aria-label="Trang &quot;dự thảo&quot;">', $middle );
		$this->assertStringContainsString( '<a rel="prev" href="https://xa.test/du-thao/?trang=1&#038;a=b">', $middle );
		$this->assertStringContainsString( '<a rel="next" href="https://xa.test/du-thao/?trang=3&#038;a=b">', $middle );
		$this->assertMatchesRegularExpression( '/<span>\s*' . preg_quote( sprintf( __( 'Page %1$s of %2$s', 'ttdt-portal' ), 2, 3 ), '/' ) . '\s*<\/span>/', $middle );

		$first = self::pager( 1, 3 );
		$this->assertStringNotContainsString( 'rel="prev"', $first );
		$this->assertStringContainsString( 'rel="next"', $first );
		$last = self::pager( 3, 3 );
		$this->assertStringContainsString( 'rel="prev"', $last );
		$this->assertStringNotContainsString( 'rel="next"', $last );
	}
}
