/**
 * External dependencies
 */
import {
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
} from 'docx';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

// A 1×1 PNG.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

type Block = {
	name: string;
	attributes: Record< string, unknown >;
	innerBlocks: Block[];
};

/**
 * A report as a commune officer would send it: a heading, text, a bulleted list, a table, a
 * photo; one paragraph typed on a Mac (decomposed) and one in an old `.VnTime` font (TCVN3).
 */
async function wordReport(): Promise< Buffer > {
	const cell = ( text: string ) =>
		new TableCell( { children: [ new Paragraph( text ) ] } );
	const document = new Document( {
		sections: [
			{
				children: [
					new Paragraph( {
						text: 'Hội nghị tổng kết năm 2023',
						heading: HeadingLevel.HEADING_2,
					} ),
					new Paragraph(
						'Thị trấn Thanh Chương tổ chức hội nghị.'.normalize(
							'NFD'
						)
					),
					new Paragraph( {
						text: 'Tổng kết công tác',
						bullet: { level: 0 },
					} ),
					new Paragraph( {
						text: 'Phương hướng năm tới',
						bullet: { level: 0 },
					} ),
					new Table( {
						rows: [
							new TableRow( {
								children: [
									cell( 'Chỉ tiêu' ),
									cell( 'Kết quả' ),
								],
							} ),
							new TableRow( {
								children: [ cell( 'Tin bài' ), cell( '52' ) ],
							} ),
						],
					} ),
					new Paragraph( {
						children: [
							new ImageRun( {
								type: 'png',
								data: PNG,
								transformation: { width: 40, height: 40 },
								altText: {
									name: 'anh-hoi-nghi',
									title: 'Ảnh',
									description: 'Ảnh hội nghị',
								},
							} ),
						],
					} ),
					new Paragraph( 'Héi nghÞ ®¹t kÕt qu¶ tèt.' ),
				],
			},
		],
	} );
	return Packer.toBuffer( document );
}

test.describe( 'Import from Word (.docx)', () => {
	test( 'turns a Word document into blocks, with its image in the media library', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost();
		await page
			.getByRole( 'region', { name: /Editor top bar|Thanh công cụ/ } )
			.getByRole( 'button', { name: /^(Options|Tùy chọn)$/ } )
			.click();
		const chooser = page.waitForEvent( 'filechooser' );
		await page
			.getByRole( 'menuitem', { name: 'Nhập từ Word (.docx)' } )
			.click();
		await (
			await chooser
		).setFiles( {
			name: 'bao-cao-hoi-nghi.docx',
			mimeType:
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			buffer: await wordReport(),
		} );

		await expect(
			page
				.getByTestId( 'snackbar' )
				.filter( { hasText: 'Đã nhập tệp Word' } )
			// Playground serves one request at a time: the converter and the upload queue.
		).toContainText( '1 ảnh được thêm vào thư viện', { timeout: 60_000 } );

		const blocks = ( await editor.getBlocks() ) as Block[];
		expect( blocks.map( ( block ) => block.name ) ).toEqual( [
			'core/heading',
			'core/paragraph',
			'core/list',
			'core/table',
			'core/image',
			'core/paragraph',
		] );
		const [ heading, text, list, , image, legacy ] = blocks;
		expect( heading.attributes ).toMatchObject( {
			content: 'Hội nghị tổng kết năm 2023',
			level: 2,
		} );
		// Decomposed text arrives composed (NFC), TCVN3 text arrives converted.
		expect( text.attributes.content ).toBe(
			'Thị trấn Thanh Chương tổ chức hội nghị.'
		);
		expect( legacy.attributes.content ).toBe( 'Hội nghị đạt kết quả tốt.' );
		expect(
			list.innerBlocks.map( ( item ) => [
				item.name,
				item.attributes.content,
			] )
		).toEqual( [
			[ 'core/list-item', 'Tổng kết công tác' ],
			[ 'core/list-item', 'Phương hướng năm tới' ],
		] );
		const cells = await page.evaluate( () =>
			(
				window as unknown as {
					wp: {
						data: {
							select: ( store: string ) => {
								getBlocks: () => Array< {
									name: string;
									attributes: {
										body: Array< {
											cells: Array< {
												content: unknown;
											} >;
										} >;
									};
								} >;
							};
						};
					};
				}
			 ).wp.data
				.select( 'core/block-editor' )
				.getBlocks()
				.find( ( block ) => block.name === 'core/table' )
				?.attributes.body.map( ( row ) =>
					row.cells.map( ( cell ) => String( cell.content ) )
				)
		);
		expect( cells ).toEqual( [
			[ 'Chỉ tiêu', 'Kết quả' ],
			[ 'Tin bài', '52' ],
		] );
		expect( image.attributes.url ).toMatch(
			/^http:\/\/localhost:\d+\/wp-content\/uploads\/.+\.png$/
		);
		expect( image.attributes.id ).toEqual( expect.any( Number ) );
		expect( image.attributes.alt ).toBe( 'Ảnh hội nghị' );
	} );
} );
