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

	public function test_the_agency_notice_prints_no_indentation_and_keeps_each_labels_space(): void {
		update_option(
			\Ttdt\Settings\Settings::OPTION,
			array(
				'agency_name' => 'Ủy ban nhân dân xã Thử',
				'board_head'  => 'Ông Nguyễn Văn Trưởng',
				'email'       => 'lienhe@example.test',
			)
		);
		$html = render_block(
			array(
				'blockName'    => 'ttdt/agency-notice',
				'attrs'        => array( 'showContact' => true ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);

		$this->assertDoesNotMatchRegularExpression( '/(?<!<dd)>\s+</', $html, 'No white space between tags but the space that opens a value.' );
		$this->assertStringContainsString( 'Trưởng Ban biên tập:</dt><dd> Ông Nguyễn Văn Trưởng</dd>', $html, 'The label and its value, one space apart on the line.' );
		$this->assertStringContainsString( '<dd> <a href="mailto:lienhe@example.test">lienhe@example.test</a></dd>', $html );
	}
}
