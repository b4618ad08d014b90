/**
 * Runs the rules over parsed files and applies suppressions, `// phpcs:ignore <WPCS sniff>
 * -- <reason>` or `// ttdt-check-ignore <rule> -- <reason>` (same line or the line above;
 * the reason is required).
 */
const path = require( 'path' );

const RULES = require( '../rules' );
const { Project } = require( './project' );
const { Evaluator } = require( './evaluate' );
const { PhpParseError } = require( './parse' );
const { findRestRoutes } = require( './rest-routes' );
const { ignoreComments } = require( './comments' );
const { lineOf, walk } = require( './ast' );
const { DEFAULT_FILE, loadPublicRoutes } = require( './public-routes' );

const IGNORE_RULE = 'check-ignore';

/**
 * Drops suppressed violations and reports malformed or unused suppressions.
 *
 * @param {Object}   info       File info.
 * @param {Object[]} violations Violations of the file.
 * @param {boolean}  allRules   Whether every rule ran (else unused ignores are not reported).
 * @return {Object[]} Remaining violations.
 */
function applyIgnores( info, violations, allRules ) {
	const known = new Set( RULES.map( ( rule ) => rule.id ) );
	const ignores = ignoreComments( info.comments, RULES );
	const result = [];
	const flag = ( line, message ) =>
		result.push( { file: info.file, line, rule: IGNORE_RULE, message } );

	for ( const ignore of ignores ) {
		ignore.problems.forEach( ( problem ) => flag( ignore.line, problem ) );
		if ( ignore.problems.length ) {
			continue;
		}
		const unknown = ignore.rules.filter( ( rule ) => ! known.has( rule ) );
		if ( ! ignore.rules.length || unknown.length ) {
			flag(
				ignore.line,
				`names ${ unknown.length ? `unknown rule "${ unknown.join( '", "' ) }"` : 'no rule' }; known rules: ${ [ ...known ].join( ', ' ) }`
			);
		}
		if ( ! ignore.reason ) {
			flag(
				ignore.line,
				'needs a reason: // phpcs:ignore <sniff code> -- <why this is safe> (or // ttdt-check-ignore <rule-id> -- <why>)'
			);
		}
	}
	for ( const violation of violations ) {
		const applies = ( item ) =>
			item.reason && item.rules.includes( violation.rule );
		// A trailing comment covers its own line first; a comment alone, the line below.
		const ignore =
			ignores.find(
				( item ) => applies( item ) && violation.line === item.line
			) ||
			ignores.find(
				( item ) =>
					applies( item ) &&
					( violation.line === item.endLine ||
						violation.line === item.endLine + 1 )
			);
		if ( ignore ) {
			ignore.used = true;
		} else {
			result.push( violation );
		}
	}
	if ( allRules ) {
		const unused = ignores.filter(
			( item ) =>
				item.reason &&
				! item.used &&
				! item.problems.length &&
				item.rules.length &&
				item.rules.every( ( rule ) => known.has( rule ) )
		);
		for ( const ignore of unused ) {
			flag(
				ignore.line,
				'suppresses nothing on this line or the next; remove it'
			);
		}
	}
	return result;
}

/**
 * Checks one indexed file.
 *
 * @param {Object}   info                 File info from Project.
 * @param {Object}   context              Shared state of the run.
 * @param {Object}   context.project      Parsed files.
 * @param {Object}   context.evaluator    Static evaluator.
 * @param {Object}   context.publicRoutes Reviewed public routes.
 * @param {Object[]} [context.rules]      Rules to run (default: all).
 * @return {Object[]} Violations: { file, line, rule, message }.
 */
function checkInfo(
	info,
	{ project, evaluator, publicRoutes, rules = RULES }
) {
	const violations = [];
	const restRoutes = findRestRoutes( info, evaluator );
	const walkWithScope = ( visit ) =>
		walk( info.ast, ( node, ancestors ) => {
			visit( node, evaluator.scope( info, ancestors ), ancestors );
		} );
	for ( const rule of rules ) {
		const report = ( target, message ) =>
			violations.push( {
				file: info.file,
				line: typeof target === 'number' ? target : lineOf( target ),
				rule: rule.id,
				message,
			} );
		rule.check( {
			info,
			project,
			evaluator,
			publicRoutes,
			restRoutes,
			report,
			walkWithScope,
		} );
	}
	return applyIgnores( info, violations, rules === RULES );
}

/**
 * Sorts violations by file and line.
 *
 * @param {Object[]} violations Violations.
 * @return {Object[]} Sorted copy.
 */
function sortViolations( violations ) {
	return [ ...violations ].sort(
		( a, b ) =>
			a.file.localeCompare( b.file ) ||
			a.line - b.line ||
			a.rule.localeCompare( b.rule )
	);
}

/**
 * Checks files.
 *
 * @param {string[]} files                        Paths relative to the root.
 * @param {Object}   [options]                    Options.
 * @param {string}   [options.root]               Repository root.
 * @param {string}   [options.publicRoutesFile]   Public route list, relative to the root.
 * @param {boolean}  [options.reportUnusedRoutes] Report list entries no route uses.
 * @param {Object[]} [options.rules]              Rules to run (default: all).
 * @return {Object[]} Violations.
 */
function checkFiles(
	files,
	{
		root = process.cwd(),
		publicRoutesFile = DEFAULT_FILE,
		reportUnusedRoutes = false,
		rules,
	} = {}
) {
	const project = new Project( { root } );
	const evaluator = new Evaluator( project );
	const publicRoutes = loadPublicRoutes(
		path.join( root, publicRoutesFile ),
		publicRoutesFile
	);
	const violations = [
		...publicRoutes.problems.map( ( problem ) => ( {
			...problem,
			rule: 'rest-permission',
		} ) ),
	];
	for ( const file of files ) {
		let info;
		try {
			info = project.load( file );
		} catch ( error ) {
			if ( ! ( error instanceof PhpParseError ) ) {
				throw error;
			}
			violations.push( {
				file,
				line: error.line,
				rule: 'parse-error',
				message: error.message,
			} );
			continue;
		}
		violations.push(
			...checkInfo( info, { project, evaluator, publicRoutes, rules } )
		);
	}
	if ( reportUnusedRoutes ) {
		violations.push(
			...publicRoutes.unused().map( ( problem ) => ( {
				...problem,
				rule: 'rest-permission',
			} ) )
		);
	}
	return sortViolations( violations );
}

/**
 * Checks source text (used by tests).
 *
 * @param {string}   code                   PHP source.
 * @param {string}   file                   Path shown in messages.
 * @param {Object}   [options]              Options.
 * @param {string}   [options.root]         Repository root (for PSR-4 lookups).
 * @param {Object}   [options.publicRoutes] A loaded public route list.
 * @param {Object[]} [options.rules]        Rules to run (default: all).
 * @return {Object[]} Violations.
 */
function checkSource(
	code,
	file,
	{ root = process.cwd(), publicRoutes, rules } = {}
) {
	const project = new Project( { root } );
	const evaluator = new Evaluator( project );
	let info;
	try {
		info = project.addSource( code, file );
	} catch ( error ) {
		if ( error instanceof PhpParseError ) {
			return [
				{
					file,
					line: error.line,
					rule: 'parse-error',
					message: error.message,
				},
			];
		}
		throw error;
	}
	const routes =
		publicRoutes || loadPublicRoutes( path.join( root, DEFAULT_FILE ) );
	return sortViolations(
		checkInfo( info, { project, evaluator, publicRoutes: routes, rules } )
	);
}

module.exports = { RULES, checkFiles, checkSource };
