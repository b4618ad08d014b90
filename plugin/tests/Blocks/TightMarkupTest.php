<?php
/**
 * Tests of the list blocks' markup printed without the white space between tags.
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Blocks;

use Ttdt\Blocks\TightMarkup;
use Ttdt\Tests\Support\TestCase;

/**
 * Only the space a template's indentation leaves between two tags goes; every word stays.
 */
final class TightMarkupTest extends TestCase {

	public function test_the_indentation_between_tags_goes_and_text_stays(): void {
		ob_start();
		TightMarkup::start();
		echo "<form>\n\t<p>\n\t\t<label>Số ký hiệu</label>\n\t\t<input type=\"search\" />\n\t</p>\n\t<p class=\"meta\">\n\t\tQuyết định · UBND xã\n\t\t<span>Đã bị thay thế</span>\n\t</p>\n</form>\n";
		TightMarkup::end();
		$html = (string) ob_get_clean();

		$this->assertSame( "<form><p><label>Số ký hiệu</label><input type=\"search\" /></p><p class=\"meta\">\n\t\tQuyết định · UBND xã\n\t\t<span>Đã bị thay thế</span></p></form>\n", $html );
	}

	public function test_a_documents_list_prints_no_text_node_of_white_space_alone(): void {
		$html = render_block(
			array(
				'blockName'    => 'ttdt/documents',
				'attrs'        => array( 'showFilters' => true ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);

		$this->assertStringContainsString( 'ttdt-item-list__form', $html );
		$this->assertDoesNotMatchRegularExpression( '/>\s+</', $html );
	}
}
