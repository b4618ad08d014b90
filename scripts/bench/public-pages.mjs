/**
 * Public pages, plugin on ÷ plugin off on the same site and data: requests alternate
 * between the arms (on, off, on, off…) so a burst of load from other processes hits both.
 */
import { median, readLog, timedGet } from './site.mjs';

export const PUBLIC_BUDGET = { ms: 3, ratio: 1.05, queries: 0, bytes: 0 };

const ASSET = /<(?:script|link)\b[^>]*?(?:src|href)=["']([^"']*\/plugins\/ttdt-portal\/[^"']*)["']/g;
const INLINE = /<(style|script)\b[^>]*id=["']ttdt[^"']*["'][^>]*>([\s\S]*?)<\/\1>/g;

/**
 * The plugin's JS/CSS on a page: files it links and inline code under its handles.
 *
 * @param {string} html The page.
 * @return {{files: string[], inlineBytes: number}} What the page carries.
 */
function pluginAssets( html ) {
	const files = [ ...html.matchAll( ASSET ) ].map( ( match ) =>
		match[ 1 ].replace( /&#038;|&amp;/g, '&' )
	);
	const inlineBytes = [ ...html.matchAll( INLINE ) ].reduce(
		( sum, match ) => sum + Buffer.byteLength( match[ 2 ] ),
		0
	);
	return { files, inlineBytes };
}

async function assetBytes( site, files ) {
	let total = 0;
	for ( const file of files ) {
		const url = file.startsWith( 'http' ) ? file : site.url + file;
		const response = await fetch( url );
		total += ( await response.arrayBuffer() ).byteLength;
	}
	return total;
}

/**
 * Measures every page.
 *
 * @param {Object}                 site     The bench site.
 * @param {Record<string, string>} pages    Label → path.
 * @param {number}                 requests Requests per arm.
 * @param {string[]}               interactive Labels of pages that carry an interactive block.
 */
export async function benchPublicPages(
	site,
	pages,
	requests,
	interactive = []
) {
	const rows = [];
	for ( const [ label, url ] of Object.entries( pages ) ) {
		// Warm the opcode cache and the database's buffers for both arms.
		let first;
		for ( let i = 0; i < 5; i++ ) {
			first = await timedGet( site, url, `warm-${ i }`, 'on' );
			await timedGet( site, url, `warm-off-${ i }`, 'off' );
		}
		readLog( site );
		for ( let i = 0; i < requests; i++ ) {
			// Alternate which arm goes first, so neither always follows the other.
			const order = i % 2 ? [ 'off', 'on' ] : [ 'on', 'off' ];
			for ( const arm of order ) {
				await timedGet( site, url, `${ arm }-${ i }`, arm );
			}
		}
		const log = readLog( site );
		const arm = ( name ) =>
			[ ...log.values() ].filter( ( entry ) => entry.plugin === name );
		const on = arm( 'on' );
		const off = arm( 'off' );
		if ( on.length < requests || off.length < requests ) {
			throw new Error(
				`${ label }: ${ on.length }/${ off.length } requests logged of ${ requests }`
			);
		}
		const assets = pluginAssets( first.body );
		const bytes =
			( await assetBytes( site, assets.files ) ) + assets.inlineBytes;
		const onMs = median( on.map( ( entry ) => entry.ms ) );
		const offMs = median( off.map( ( entry ) => entry.ms ) );
		const onQ = median( on.map( ( entry ) => entry.q ) );
		const offQ = median( off.map( ( entry ) => entry.q ) );
		const row = {
			page: label,
			url,
			status: first.status,
			requestsPerArm: requests,
			onMs,
			offMs,
			deltaMs: onMs - offMs,
			ratio: onMs / offMs,
			onQueries: onQ,
			offQueries: offQ,
			extraQueries: onQ - offQ,
			pluginAssetBytes: bytes,
			pluginAssets: assets.files,
		};
		const isInteractive = interactive.includes( label );
		row.over = [
			row.deltaMs > PUBLIC_BUDGET.ms && `+${ row.deltaMs.toFixed( 2 ) } ms`,
			row.ratio > PUBLIC_BUDGET.ratio && `ratio ${ row.ratio.toFixed( 3 ) }`,
			row.extraQueries > PUBLIC_BUDGET.queries &&
				`${ row.extraQueries } extra queries`,
			! isInteractive &&
				row.pluginAssetBytes > PUBLIC_BUDGET.bytes &&
				`${ row.pluginAssetBytes } plugin asset bytes`,
		].filter( Boolean );
		rows.push( row );
		process.stdout.write(
			`  ${ label.padEnd( 22 ) } on ${ onMs.toFixed( 2 ) } ms / off ${ offMs.toFixed(
				2
			) } ms (${ row.ratio.toFixed( 3 ) }), queries ${ onQ } / ${ offQ }, assets ${ bytes } B${
				row.over.length ? `  OVER: ${ row.over.join( ', ' ) }` : ''
			}\n`
		);
	}
	return rows;
}
