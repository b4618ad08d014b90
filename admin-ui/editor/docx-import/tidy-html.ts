/**
 * Shapes mammoth's HTML the way the block editor's raw handler expects it:
 *
 * - an image alone in a paragraph becomes a figure (otherwise an empty paragraph block is left
 *   behind where the image was taken out);
 * - paragraphs inside table cells become lines, since a cell holds inline text only.
 *
 * @param html HTML from mammoth.
 * @return The tidied HTML.
 */
export function tidyHtml( html: string ): string {
	const doc = new window.DOMParser().parseFromString(
		`<body>${ html }</body>`,
		'text/html'
	);

	doc.querySelectorAll( 'p' ).forEach( ( paragraph ) => {
		const images = paragraph.querySelectorAll( 'img' );
		if (
			images.length === 1 &&
			! paragraph.textContent?.trim() &&
			paragraph.children.length === 1
		) {
			const figure = doc.createElement( 'figure' );
			figure.append( images[ 0 ] );
			paragraph.replaceWith( figure );
		}
	} );

	doc.querySelectorAll( 'td, th' ).forEach( ( cell ) => {
		const paragraphs = Array.from( cell.children ).filter(
			( child ) => child.tagName === 'P'
		);
		paragraphs.forEach( ( paragraph, i ) => {
			const nodes: Node[] = Array.from( paragraph.childNodes );
			if ( i < paragraphs.length - 1 ) {
				nodes.push( doc.createElement( 'br' ) );
			}
			paragraph.replaceWith( ...nodes );
		} );
	} );

	return doc.body.innerHTML;
}
