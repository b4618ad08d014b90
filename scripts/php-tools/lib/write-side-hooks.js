/**
 * The hooks of the plugin's write-side services (`Ttdt\Support\WriteSide`), read from each
 * one's `register_hooks()`, for the bundle (`build/write-side-hooks.php`): on a public page view
 * the plugin registers these services only when one of their hooks first fires
 * (`Ttdt\Support\WriteSideServices`), so it must know every hook they would use.
 *
 * Hence a write-side service's `register_hooks()` may hold nothing but `add_action()` /
 * `add_filter()` calls whose hook name is known here (a string, a class constant, their
 * concatenation, or a `foreach` variable over a literal array of them),
 * `PageView::add_action_unless_page_view()`, which adds nothing on a page view, and
 * `$this->part->register_hooks()` for a part held in a typed property, whose own
 * `register_hooks()` follows the same rules. Anything else
 * (a helper that registers hooks itself, a name known only at run time) fails the build: the
 * service is then not a write-side one, or its hooks are written out.
 */
const { isCallTo, isThis, methodName } = require( './ast' );
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
	if (
		call?.kind === 'call' &&
		methodName( call ) === 'register_hooks' &&
		call.what.what?.kind === 'propertylookup' &&
		isThis( call.what.what.what )
	) {
		return partHooks(
			call.what.what.offset?.name,
			statement,
			scope,
			evaluator
		);
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
 * The hooks a part of a service adds: the class of a typed property, read the same way.
 *
 * @param {string}    name      Property name.
 * @param {Object}    statement The statement, for messages.
 * @param {Object}    scope     Evaluator scope of the service.
 * @param {Evaluator} evaluator Evaluator.
 * @return {string[]} Hook names.
 */
function partHooks( name, statement, scope, evaluator ) {
	const property = ( scope.classNode.body || [] )
		.filter( ( member ) => member.kind === 'propertystatement' )
		.flatMap( ( member ) => member.properties )
		.find( ( item ) => item.name?.name === name );
	const type =
		property?.type?.kind === 'name'
			? evaluator.project.resolveName(
					property.type,
					scope.info,
					scope.classNode
				)
			: undefined;
	const part = type && evaluator.project.findClass( type );
	if ( ! part ) {
		throw new WriteSideError(
			scope.info.file,
			statement,
			'a part whose hooks a write-side service registers is held in a property typed with its class'
		);
	}
	return classHooks( part.classNode, part.info, evaluator );
}

/**
 * The hooks a class's `register_hooks()` adds.
 *
 * @param {Object}    classNode Class node.
 * @param {Object}    info      Its file.
 * @param {Evaluator} evaluator Evaluator.
 * @return {string[]} Hook names, maybe repeated.
 */
function classHooks( classNode, info, evaluator ) {
	const method = classNode.body.find(
		( member ) =>
			member.kind === 'method' && member.name.name === 'register_hooks'
	);
	if ( ! method?.body ) {
		throw new WriteSideError(
			info.file,
			classNode,
			'a write-side service declares its own register_hooks()'
		);
	}
	const scope = evaluator.scope( info, [ classNode, method ] );
	return method.body.children.flatMap( ( statement ) =>
		statementHooks( statement, scope, evaluator )
	);
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
			const hooks = classHooks( classNode, info, evaluator );
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
