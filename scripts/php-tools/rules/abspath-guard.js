/**
 * abspath-guard: a PHP file must stop when loaded outside WordPress, so its first statement
 * (after namespace, `declare` and `use` lines) is `defined( 'ABSPATH' ) || exit;` or
 * `if ( ! defined( 'ABSPATH' ) ) { exit; }`. `uninstall.php` checks `WP_UNINSTALL_PLUGIN`
 * instead, as WordPress defines that constant only when it runs the uninstaller.
 */
const path = require( 'path' );
const { functionName, stringValue } = require( '../lib/ast' );

const SKIPPED_KINDS = new Set( [ 'usegroup', 'declare', 'noop' ] );

/**
 * The constant a guard statement checks, or undefined when it is no guard.
 *
 * @param {Object} statement First statement.
 * @return {string|undefined} Constant name.
 */
function guardedConstant( statement ) {
	const isDefinedCall = ( node ) =>
		functionName( node ) === 'defined'
			? stringValue( node.arguments[ 0 ] )
			: undefined;
	const isExit = ( node ) =>
		node?.kind === 'exit' ||
		( node?.kind === 'expressionstatement' &&
			node.expression.kind === 'exit' ) ||
		node?.kind === 'return';

	if ( statement.kind === 'expressionstatement' ) {
		const { expression } = statement;
		if (
			expression.kind === 'bin' &&
			[ '||', 'or' ].includes( expression.type ) &&
			isExit( expression.right )
		) {
			return isDefinedCall( expression.left );
		}
	}
	if (
		statement.kind === 'if' &&
		statement.test.kind === 'unary' &&
		statement.test.type === '!'
	) {
		const body =
			statement.body?.kind === 'block'
				? statement.body.children
				: [ statement.body ];
		if ( body.length === 1 && isExit( body[ 0 ] ) ) {
			return isDefinedCall( statement.test.what );
		}
	}
	return undefined;
}

/**
 * First statement that does real work.
 *
 * @param {Object[]} statements Program children.
 * @return {Object|undefined} Statement.
 */
function firstStatement( statements ) {
	for ( const statement of statements ) {
		if ( statement.kind === 'namespace' ) {
			return firstStatement( statement.children );
		}
		if ( SKIPPED_KINDS.has( statement.kind ) ) {
			continue;
		}
		if ( statement.kind === 'inline' && ! statement.value.trim() ) {
			continue;
		}
		return statement;
	}
	return undefined;
}

module.exports = {
	id: 'abspath-guard',
	check( { info, report } ) {
		const uninstall = path.basename( info.file ) === 'uninstall.php';
		const expected = uninstall ? 'WP_UNINSTALL_PLUGIN' : 'ABSPATH';
		const statement = firstStatement( info.ast.children );
		if ( ! statement ) {
			return;
		}
		if ( guardedConstant( statement ) !== expected ) {
			report(
				statement,
				`the file must start with \`defined( '${ expected }' ) || exit;\` (after namespace/use lines) so it cannot run outside ${ uninstall ? 'the uninstaller' : 'WordPress' }`
			);
		}
	},
};
