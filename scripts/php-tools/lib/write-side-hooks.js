/**
 * The hooks of the plugin's write-side services (`Ttdt\Support\WriteSide`), read from each
 * one's `register_hooks()`, for the bundle (`build/write-side-hooks.php`): on a public page view
 * the plugin registers these services only when one of their hooks first fires
 * (`Ttdt\Support\WriteSideServices`), so it must know every hook they would use.
 *
 * Hence a write-side service's `register_hooks()` may hold nothing but `add_action()` /
 * `add_filter()` calls whose hook name is known here (a string, a class constant, their
 * concatenation, or a `foreach` variable over a literal array of them), and
 * `PageView::add_action_unless_page_view()`, which adds nothing on a page view. Anything else
 * (a helper that registers hooks itself, a name known only at run time) fails the build: the
 * service is then not a write-side one, or its hooks are written out.
 */
const { isCallTo, methodName } = require( './ast' );
const { Evaluator } = require( './evaluate' );
const { Project } = require( './project' );

const INTERFACE = 'Ttdt\\Support\\WriteSide';
const PAGE_VIEW = 'Ttdt\\Support\\PageView';
const ADDERS = [ 'add_action', 'add_filter' ];
// A write-side service's callback on these only finishes what its other callbacks began (a
// transaction, a batch of audit entries): without a stub there, it waits until those fire.
const UNSTUBBED = new Set( [ 'shutdown' ] );

/** A write-side service whose hooks cannot be known before it runs. */
class WriteSideError extends Error {
	/**
	 * @param {string} file    Path shown to the user.
	 * @param {Object} node    The statement.
	 * @param {string} message Why.
	 */
	constructor( file, node, message ) {
		super( `${ file }:${ node?.loc?.start.line ?? 0 }: ${ message }` );
	}
}

/**
 * The hook names one statement of `register_hooks()` adds.
 *
 * @param {Object}    statement Statement node.
 * @param {Object}    scope     Evaluator scope.
 * @param {Evaluator} evaluator Evaluator.
 * @return {string[]} Hook names.
 */
function statementHooks( statement, scope, evaluator ) {
	const file = scope.info.file;
	if ( statement.kind === 'foreach' ) {
		const values = evaluator.evaluate( statement.source, scope );
		if (
			! Array.isArray( values ) ||
			statement.key ||
			statement.value?.kind !== 'variable'
		) {
			throw new WriteSideError(
				file,
				statement,
				'a write-side service may loop only over a literal list of hook names'
			);
		}
		const body =
			statement.body.kind === 'block'
				? statement.body.children
				: [ statement.body ];
		return values.flatMap( ( value ) => {
			const bindings = new Map( scope.bindings );
			bindings.set( statement.value.name, value );
			return body.flatMap( ( inner ) =>
				statementHooks( inner, { ...scope, bindings }, evaluator )
			);
		} );
	}
	const call =
		statement.kind === 'expressionstatement'
			? statement.expression
			: undefined;
	if (
		call?.kind === 'call' &&
		methodName( call ) === 'add_action_unless_page_view' &&
		evaluator.project.resolveName( call.what.what, scope.info ) ===
			PAGE_VIEW
	) {
		return [];
	}
	if ( ! isCallTo( call, ADDERS ) ) {
		throw new WriteSideError(
			file,
			statement,
			'a write-side service may only call add_action() and add_filter() in register_hooks()'
		);
	}
	const name = evaluator.evaluate( call.arguments[ 0 ], scope );
	if ( typeof name !== 'string' || name === '' ) {
		throw new WriteSideError(
			file,
			statement,
			'the hook name of a write-side service must be known before it runs'
		);
	}
	return [ name ];
}

/**
 * The hooks each write-side service of the plugin registers, but those it needs no stub on.
 *
 * @param {string}   root  Repository root.
 * @param {string[]} files Class files, relative to the root.
 * @return {Record<string, string[]>} Class name => sorted hook names.
 */
function writeSideHooks( root, files ) {
	const project = new Project( { root } );
	const evaluator = new Evaluator( project );
	const result = {};
	for ( const file of [ ...files ].sort() ) {
		const info = project.load( file );
		for ( const classNode of info.classes.values() ) {
			const implementsWriteSide = ( classNode.implements || [] ).some(
				( name ) =>
					project.resolveName( name, info, classNode ) === INTERFACE
			);
			if ( ! implementsWriteSide ) {
				continue;
			}
			const method = classNode.body.find(
				( member ) =>
					member.kind === 'method' &&
					member.name.name === 'register_hooks'
			);
			if ( ! method?.body ) {
				throw new WriteSideError(
					file,
					classNode,
					'a write-side service declares its own register_hooks()'
				);
			}
			const scope = evaluator.scope( info, [ classNode, method ] );
			const hooks = method.body.children.flatMap( ( statement ) =>
				statementHooks( statement, scope, evaluator )
			);
			result[ info.classNames.get( classNode ) ] = [ ...new Set( hooks ) ]
				.filter( ( hook ) => ! UNSTUBBED.has( hook ) )
				.sort();
		}
	}
	return result;
}

/**
 * `build/write-side-hooks.php`: the map, as PHP.
 *
 * @param {Record<string, string[]>} map Class name => hook names.
 * @return {string} PHP.
 */
function writeSideHooksPhp( map ) {
	const quote = ( value ) =>
		`'${ value.replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;
	const entries = Object.entries( map ).map(
		( [ name, hooks ] ) =>
			`\t${ quote( name ) } => array( ${ hooks
				.map( quote )
				.join( ', ' ) } ),`
	);
	return [
		'<?php',
		'// Generated by `npm run build` (scripts/php-tools/bundle-classes.mjs) from plugin/src: do',
		'// not edit. The hooks of each write-side service, read with the class bundle beside it.',
		'',
		"defined( 'ABSPATH' ) || exit;",
		'',
		'return array(',
		...entries,
		');',
		'',
	].join( '\n' );
}

module.exports = { writeSideHooks, writeSideHooksPhp, WriteSideError };
