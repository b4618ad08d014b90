/**
 * Reads the plugin's data contract out of its PHP, statically: the annotated schemas,
 * keys, constants and option names (annotated.js) and the registered routes, meta, post
 * types and taxonomies (registered.js). Annotated values are promises of a static
 * contract, so failing them is an error; registrations that are not static are left out
 * with a warning.
 */
const { Project } = require( '../lib/project' );
const { Evaluator } = require( '../lib/evaluate' );
const { lineOf } = require( '../lib/ast' );
const { annotations, collectAnnotated } = require( './annotated' );
const { collectRegistered } = require( './registered' );

/**
 * Collects the contract of a set of files.
 *
 * @param {string}   root  Repository root.
 * @param {string[]} files PHP files relative to the root.
 * @return {Object} { schemas, keys, constants, options, routes, meta, postTypes, taxonomies, problems }.
 */
function collectContract( root, files ) {
	const project = new Project( { root } );
	const evaluator = new Evaluator( project );
	const contract = {
		schemas: [],
		keys: [],
		constants: [],
		options: [],
		routes: [],
		meta: [],
		postTypes: [],
		taxonomies: [],
		problems: [],
	};
	for ( const file of files ) {
		const info = project.load( file );
		const report = ( severity ) => ( node, message ) =>
			contract.problems.push( {
				file,
				line: lineOf( node ),
				message,
				severity,
			} );
		collectAnnotated( info, evaluator, contract, report( 'error' ) );
		collectRegistered(
			info,
			evaluator,
			contract,
			report( 'warning' ),
			report( 'error' )
		);
	}
	return contract;
}

module.exports = { annotations, collectContract };
