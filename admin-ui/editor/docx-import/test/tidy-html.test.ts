/**
 * Internal dependencies
 */
import { tidyHtml } from '../tidy-html';

describe( 'tidyHtml', () => {
	it( 'turns an image alone in a paragraph into a figure', () => {
		expect(
			tidyHtml(
				'<p><img alt="Ảnh" src="a.png"></p><p>Chữ <img src="b.png"></p>'
			)
		).toBe(
			'<figure><img alt="Ảnh" src="a.png"></figure><p>Chữ <img src="b.png"></p>'
		);
	} );

	it( 'turns paragraphs in table cells into lines', () => {
		expect(
			tidyHtml(
				'<table><tr><td><p>Chỉ tiêu</p></td><td><p>Một</p><p><strong>Hai</strong></p></td></tr></table>'
			)
		).toBe(
			'<table><tbody><tr><td>Chỉ tiêu</td><td>Một<br><strong>Hai</strong></td></tr></tbody></table>'
		);
	} );

	it( 'leaves everything else as it is', () => {
		const html = '<h2>Tiêu đề</h2><ul><li>Một</li></ul><p>Đoạn văn</p>';
		expect( tidyHtml( html ) ).toBe( html );
	} );
} );
