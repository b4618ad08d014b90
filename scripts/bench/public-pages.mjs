/**
 * Public pages, plugin on ÷ plugin off on the same site and data: requests alternate
 * between the arms (on, off, on, off…) so a burst of load from other processes hits both.
 *
 * The time budget is judged on the CPU time PHP spent on the request (as the legacy-text
 * bench does): on a shared machine the wall-clock time mostly measures waiting for a core.
 * Request i of each arm forms a pair (sent back to back), and the plugin's cost is the median
 * of the pairs' differences, its ratio that over the median without the plugin: the shared
 * cores drift between a fast and a slow state (the same page takes 35 or 52 ms of CPU), which
 * moves the medians of two separate samples apart by several ms from run to run, while both
 * requests of a pair mostly see the same state. The difference of the medians is written too.
 * Both are printed and written. Plugin scripts must be absent from every page but those of an
 * interactive block (its view script); plugin styles only on pages that show plugin markup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchFetch, median, readLog, root, timedGet } from './site.mjs';

export const PUBLIC_BUDGET = { ms: 3, ratio: 1.05, queries: 0, bytes: 0 };

const ASSET =
	/<(?:script|link)\b[^>]*?(?:src|href)=["']([^"']*\/plugins\/ttdt-portal\/[^"']*)["']/g;
const INLINE =
	/<(style|script)\b[^>]*id=["']ttdt[^"']*["'][^>]*>([\s\S]*?)<\/\1>/g;
const MARKUP = /class=["'][^"']*\b(?:wp-block-ttdt-|ttdt-)/;

/**
 * Whether a bench page shows an interactive block: one whose `block.json` declares a view
 * script. Only there may the plugin's JS appear (its own view script).
 *
 * @param {string} label The page's label, `block: <name>` for a block's page.
 * @return {boolean} Whether it does.
 */
function isInteractive( label ) {
	const name = label.startsWith( 'block: ' ) ? label.slice( 7 ) : '';
	if ( ! name ) {
		return false;
	}
	const metadata = JSON.parse(
		fs.readFileSync(
			path.join( root, 'blocks', name, 'block.json' ),
			'utf8'
		)
	);
	return Boolean( metadata.viewScript || metadata.viewScriptModule );
}

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
	const inline = [ ...html.matchAll( INLINE ) ];
	const bytes = ( kind ) =>
		inline
			.filter( ( match ) => match[ 1 ] === kind )
			.reduce(
				( sum, match ) => sum + Buffer.byteLength( match[ 2 ] ),
				0
			);
	const body = html.replace( INLINE, '' );
	return {
		files,
		inlineCss: bytes( 'style' ),
		inlineJs: bytes( 'script' ),
		markup: MARKUP.test( body ),
	};
}

async function assetBytes( site, files, extension ) {
	let total = 0;
	for ( const file of files.filter( ( name ) =>
		name.split( '?' )[ 0 ].endsWith( extension )
	) ) {
		const url = file.startsWith( 'http' ) ? file : site.url + file;
		const response = await benchFetch( url );
		total += ( await response.arrayBuffer() ).byteLength;
	}
	return total;
}

/**
 * The CPU time of each stage of a request, from the marks the bench must-use plugin logs:
 * loading the plugins, `init`, the main query, then the page itself (to `shutdown`).
 *
 * @param {Object} entry A log entry.
 * @return {Record<string, number>} Stage → ms.
 */
function stageTimes( entry ) {
	const { load, init, query } = entry.stages ?? {};
	return {
		load,
		init: init - load,
		query: query - init,
		render: entry.cpu - query,
	};
}

/**
 * The plugin's cost in each stage: the median of the pairs' differences, as for the total
 * (the four medians need not add up to it).
 *
 * @param {Object[]}         on  The plugin-on arm's entries.
 * @param {Map<string, any>} log Every entry by ID.
 * @return {Record<string, number>} Stage → ms.
 */
function pairedStages( on, log ) {
	const pairs = on.map( ( entry ) => [
		stageTimes( entry ),
		stageTimes( log.get( entry.id.replace( /^on/, 'off' ) ) ),
	] );
	return Object.fromEntries(
		[ 'load', 'init', 'query', 'render' ]
			.map( ( stage ) => [
				stage,
				median(
					pairs
						.map( ( [ a, b ] ) => a[ stage ] - b[ stage ] )
						.filter( Number.isFinite )
				),
			] )
			.filter( ( [ , ms ] ) => Number.isFinite( ms ) )
	);
}

/**
 * Measures every page.
 *
 * @param {Object}                 site     The bench site.
 * @param {Record<string, string>} pages    Label → path.
 * @param {number}                 requests Requests per arm.
 */
export async function benchPublicPages( site, pages, requests ) {
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
		const jsBytes =
			( await assetBytes( site, assets.files, '.js' ) ) + assets.inlineJs;
		const cssBytes =
			( await assetBytes( site, assets.files, '.css' ) ) +
			assets.inlineCss;
		const onMs = median( on.map( ( entry ) => entry.ms ) );
		const offMs = median( off.map( ( entry ) => entry.ms ) );
		const onCpu = median( on.map( ( entry ) => entry.cpu ) );
		const offCpu = median( off.map( ( entry ) => entry.cpu ) );
		const pairedCpu = median(
			on.map(
				( entry ) =>
					entry.cpu - log.get( entry.id.replace( /^on/, 'off' ) ).cpu
			)
		);
		const stages = pairedStages( on, log );
		const onQ = median( on.map( ( entry ) => entry.q ) );
		const offQ = median( off.map( ( entry ) => entry.q ) );
		const row = {
			page: label,
			url,
			status: first.status,
			requestsPerArm: requests,
			onCpuMs: onCpu,
			offCpuMs: offCpu,
			// The budget's figures: the median of the pairs' differences (see above).
			deltaCpuMs: pairedCpu,
			ratioCpu: 1 + pairedCpu / offCpu,
			deltaOfMediansCpuMs: onCpu - offCpu,
			onMs,
			offMs,
			deltaMs: onMs - offMs,
			ratio: onMs / offMs,
			onQueries: onQ,
			offQueries: offQ,
			extraQueries: onQ - offQ,
			pluginJsBytes: jsBytes,
			pluginCssBytes: cssBytes,
			pluginMarkup: assets.markup,
			pluginAssets: assets.files,
			stagesCpuMs: stages,
		};
		row.over = [
			row.status >= 500 && `HTTP ${ row.status }`,
			row.deltaCpuMs > PUBLIC_BUDGET.ms &&
				`+${ row.deltaCpuMs.toFixed( 2 ) } ms CPU`,
			row.ratioCpu > PUBLIC_BUDGET.ratio &&
				`CPU ratio ${ row.ratioCpu.toFixed( 3 ) }`,
			row.extraQueries > PUBLIC_BUDGET.queries &&
				`${ row.extraQueries } extra queries`,
			! isInteractive( label ) &&
				jsBytes > PUBLIC_BUDGET.bytes &&
				`${ jsBytes } B of plugin JS`,
			! assets.markup &&
				cssBytes > PUBLIC_BUDGET.bytes &&
				`${ cssBytes } B of plugin CSS without plugin markup`,
		].filter( Boolean );
		rows.push( row );
		process.stdout.write(
			`  ${ label.padEnd( 22 ) } CPU ${ onCpu.toFixed( 2 ) } / ${ offCpu.toFixed(
				2
			) } ms, paired +${ pairedCpu.toFixed( 2 ) } ms (${ row.ratioCpu.toFixed(
				3
			) }), wall ${ onMs.toFixed(
				2
			) } / ${ offMs.toFixed( 2 ) } ms (${ row.ratio.toFixed(
				3
			) }), queries ${ onQ } / ${ offQ }, JS ${ jsBytes } B, CSS ${ cssBytes } B${
				row.over.length ? `  OVER: ${ row.over.join( ', ' ) }` : ''
			}\n${ ' '.repeat( 26 ) }by stage, paired: ${ Object.entries(
				stages
			)
				.map(
					( [ stage, ms ] ) =>
						`${ stage } ${ ms >= 0 ? '+' : '' }${ ms.toFixed( 2 ) }`
				)
				.join( ', ' ) } ms\n`
		);
	}
	return rows;
}
