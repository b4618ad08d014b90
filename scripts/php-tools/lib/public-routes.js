/**
 * Reads scripts/php-tools/public-routes.json: `"<namespace>/<route> <METHOD[,METHOD]>":
 * "<reason>"`. It is the single reviewed list of REST routes anyone may call; keys starting
 * with `$` (e.g. `$comment`) are notes.
 */
const fs = require( 'fs' );

const DEFAULT_FILE = 'scripts/php-tools/public-routes.json';

/**
 * Loads the list.
 *
 * @param {string} absolutePath File path on disk.
 * @param {string} [file]       Path shown in messages.
 * @return {{allows: Function, problems: Object[], unused: Function}} Lookup and problems.
 */
function loadPublicRoutes( absolutePath, file = DEFAULT_FILE ) {
	const problems = [];
	let text = '{}';
	if ( fs.existsSync( absolutePath ) ) {
		text = fs.readFileSync( absolutePath, 'utf8' );
	}
	let data = {};
	try {
		data = JSON.parse( text );
	} catch ( error ) {
		problems.push( {
			file,
			line: 1,
			message: `is not valid JSON: ${ error.message }`,
		} );
	}
	const lineOfKey = ( key ) => {
		const index = text.indexOf( JSON.stringify( key ) );
		return index < 0 ? 1 : text.slice( 0, index ).split( '\n' ).length;
	};
	const entries = [];
	for ( const [ key, reason ] of Object.entries( data ) ) {
		if ( key.startsWith( '$' ) ) {
			continue;
		}
		const match = /^\/?(\S+)\s+([A-Za-z, ]+)$/.exec( key.trim() );
		const line = lineOfKey( key );
		if ( ! match ) {
			problems.push( {
				file,
				line,
				message: `key "${ key }" must look like "ttdt/v1/feedback POST"`,
			} );
			continue;
		}
		if ( typeof reason !== 'string' || ! reason.trim() ) {
			problems.push( {
				file,
				line,
				message: `"${ key }" needs a reason: why may anyone call this route?`,
			} );
			continue;
		}
		for ( const method of match[ 2 ].split( /[\s,]+/ ).filter( Boolean ) ) {
			entries.push( {
				key,
				line,
				path: match[ 1 ],
				method: method.toUpperCase(),
				used: false,
			} );
		}
	}
	return {
		problems,
		allows( routePath, method ) {
			const entry = entries.find(
				( item ) => item.path === routePath && item.method === method
			);
			if ( entry ) {
				entry.used = true;
			}
			return Boolean( entry );
		},
		unused() {
			return entries
				.filter( ( entry ) => ! entry.used )
				.map( ( entry ) => ( {
					file,
					line: entry.line,
					message: `"${ entry.key }" lists ${ entry.method } ${ entry.path }, which no public endpoint registers; remove it`,
				} ) );
		},
	};
}

module.exports = { DEFAULT_FILE, loadPublicRoutes };
