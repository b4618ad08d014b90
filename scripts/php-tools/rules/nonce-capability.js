/**
 * nonce-capability: code that acts on a form or AJAX submission proves the request is
 * intended (a nonce: check_admin_referer, check_ajax_referer, wp_verify_nonce) and allowed
 * (current_user_can). Checked for:
 * - callbacks hooked to `admin_post_*` and `wp_ajax_*` (found in the same class or file);
 *   `*_nopriv_*` handlers serve visitors without an account, so they need the nonce only;
 * - any function that reads `$_POST`, `$_REQUEST` or `$_FILES`.
 * A check counts when it is in the function, in a method/function of the same class/file
 * that it calls, or in one that calls it.
 */
const {
	functionName,
	isThis,
	methodName,
	stringValue,
	walk,
	FUNCTION_KINDS,
} = require( '../lib/ast' );
const { classMethods } = require( '../lib/members' );

const NONCE = new Set( [
	'check_admin_referer',
	'check_ajax_referer',
	'wp_verify_nonce',
] );
const CAPABILITY = new Set( [ 'current_user_can', 'user_can' ] );
const HANDLER_HOOK = /^(wp_ajax_|admin_post_)(nopriv_)?/;
const FORM_DATA = new Set( [ '_POST', '_REQUEST', '_FILES' ] );

/**
 * The leading literal of a hook name when it is not fully static (`'admin_post_' . $x`).
 *
 * @param {Object} node Hook name expression.
 * @return {string} Prefix.
 */
function literalPrefix( node ) {
	if ( stringValue( node ) !== undefined ) {
		return stringValue( node );
	}
	if ( node?.kind === 'bin' && node.type === '.' ) {
		return literalPrefix( node.left );
	}
	if ( node?.kind === 'encapsed' ) {
		return stringValue( node.value[ 0 ]?.expression ) || '';
	}
	return '';
}

class CallGraph {
	constructor( info ) {
		this.info = info;
		this.facts = new Map();
		this.callees = new Map();
		this.owner = new Map(); // function node => class node
		this.all = [];
		walk( info.ast, ( node, ancestors ) => {
			if ( FUNCTION_KINDS.has( node.kind ) ) {
				const classNode = [ ...ancestors ]
					.reverse()
					.find( ( a ) => a.kind === 'class' || a.kind === 'trait' );
				this.owner.set( node, classNode );
				this.all.push( node );
			}
		} );
		this.all.push( info.ast );
	}

	/**
	 * Direct checks and same-class/file callees of a function.
	 *
	 * @param {Object} fn Function, method, closure or program node.
	 */
	scan( fn ) {
		if ( this.callees.has( fn ) ) {
			return;
		}
		const facts = { nonce: false, capability: false };
		const callees = new Set();
		const methods = classMethods( this.owner.get( fn ) );
		const body = fn.kind === 'program' ? fn : fn.body;
		walk( body, ( node ) => {
			if ( node !== body && FUNCTION_KINDS.has( node.kind ) ) {
				return false;
			}
			const name = functionName( node );
			facts.nonce ||= NONCE.has( name );
			facts.capability ||= CAPABILITY.has( name );
			if ( name && this.info.functions.has( name ) ) {
				callees.add( this.info.functions.get( name ) );
			}
			const method = methodName( node );
			const target = node.kind === 'call' ? node.what.what : undefined;
			if (
				method &&
				methods.has( method ) &&
				( isThis( target ) ||
					[ 'selfreference', 'staticreference' ].includes(
						target?.kind
					) )
			) {
				callees.add( methods.get( method ) );
			}
			return true;
		} );
		this.facts.set( fn, facts );
		this.callees.set( fn, callees );
	}

	/**
	 * Functions reachable from fn (fn included).
	 *
	 * @param {Object} fn Function, method, closure or program node.
	 * @return {Set<Object>} Reachable functions.
	 */
	reach( fn ) {
		const seen = new Set( [ fn ] );
		const queue = [ fn ];
		while ( queue.length ) {
			const current = queue.shift();
			this.scan( current );
			for ( const callee of this.callees.get( current ) ) {
				if ( ! seen.has( callee ) ) {
					seen.add( callee );
					queue.push( callee );
				}
			}
		}
		return seen;
	}

	/**
	 * Checks made by fn, by what it calls, or by any function that calls it.
	 *
	 * @param {Object} fn Function, method, closure or program node.
	 * @return {{nonce: boolean, capability: boolean}} What was found.
	 */
	checks( fn ) {
		const related = [
			fn,
			...this.all.filter(
				( other ) => other !== fn && this.reach( other ).has( fn )
			),
		];
		const result = { nonce: false, capability: false };
		for ( const each of related ) {
			for ( const reached of this.reach( each ) ) {
				result.nonce ||= this.facts.get( reached ).nonce;
				result.capability ||= this.facts.get( reached ).capability;
			}
		}
		return result;
	}
}

/**
 * The function a hook callback names, when it is in this file.
 *
 * @param {Object} node  Callback expression.
 * @param {Object} scope Evaluator scope.
 * @param {Object} info  File info.
 * @return {Object|undefined} Function, method or closure node.
 */
function resolveCallback( node, scope, info ) {
	if ( ! node ) {
		return undefined;
	}
	if ( node.kind === 'closure' || node.kind === 'arrowfunc' ) {
		return node;
	}
	const name = stringValue( node );
	if ( name !== undefined ) {
		const [ className, method ] = name.split( '::' );
		return method
			? classMethods(
					info.classes.get(
						className.replace( /^\\/, '' ).toLowerCase()
					)
				).get( method.toLowerCase() )
			: info.functions.get( name.replace( /^\\/, '' ).toLowerCase() );
	}
	if ( node.kind === 'array' && node.items.length === 2 ) {
		const [ target, method ] = node.items.map(
			( item ) => item.value || item
		);
		const methodNameValue = stringValue( method );
		if ( methodNameValue === undefined ) {
			return undefined;
		}
		let classNode;
		if (
			isThis( target ) ||
			( target.kind === 'magic' &&
				target.value.toUpperCase() === '__CLASS__' )
		) {
			classNode = scope.classNode;
		} else if (
			target.kind === 'staticlookup' &&
			target.offset.name?.toLowerCase() === 'class'
		) {
			const fqn = [ 'selfreference', 'staticreference' ].includes(
				target.what.kind
			)
				? info.classNames.get( scope.classNode )
				: scope.resolveName?.( target.what );
			classNode = fqn ? info.classes.get( fqn.toLowerCase() ) : undefined;
		} else if ( stringValue( target ) ) {
			classNode = info.classes.get(
				stringValue( target ).replace( /^\\/, '' ).toLowerCase()
			);
		}
		return classMethods( classNode ).get( methodNameValue.toLowerCase() );
	}
	return undefined;
}

module.exports = {
	id: 'nonce-capability',
	// The WordPress Coding Standards sniffs this rule stands for (`phpcs:ignore` codes).
	wpcs: [ 'WordPress.Security.NonceVerification' ],
	check( { info, evaluator, project, walkWithScope, report } ) {
		const graph = new CallGraph( info );
		const needs = new Map(); // function node => { capability, hooks, at }

		walkWithScope( ( node, scope ) => {
			if ( functionName( node ) === 'add_action' ) {
				const value = evaluator.evaluate( node.arguments[ 0 ], scope );
				const hook =
					typeof value === 'string'
						? value
						: literalPrefix( node.arguments[ 0 ] );
				const match = HANDLER_HOOK.exec( hook );
				if ( ! match ) {
					return;
				}
				const fn = resolveCallback(
					node.arguments[ 1 ],
					{
						...scope,
						resolveName: ( name ) =>
							project.resolveName( name, info, scope.classNode ),
					},
					info
				);
				if ( ! fn ) {
					report(
						node,
						`cannot find the handler of \`${ hook }\` in this file, so its nonce and capability checks cannot be verified; keep the handler in the same class`
					);
					return;
				}
				const need = needs.get( fn ) || {
					capability: true,
					hooks: [],
					at: fn,
				};
				need.capability &&= ! match[ 2 ];
				need.hooks.push( hook );
				needs.set( fn, need );
			} else if (
				node.kind === 'variable' &&
				FORM_DATA.has( node.name )
			) {
				const fn = scope.functionNode;
				const need = needs.get( fn ) || {
					capability: true,
					hooks: [],
					at: node,
				};
				need.reads ||= node.name;
				needs.set( fn, need );
			}
		} );

		for ( const [ fn, need ] of needs ) {
			const found = graph.checks( fn );
			const missing = [];
			if ( ! found.nonce ) {
				missing.push(
					'a nonce (check_admin_referer(), check_ajax_referer() or wp_verify_nonce())'
				);
			}
			if ( need.capability && ! found.capability ) {
				missing.push( 'a capability (current_user_can())' );
			}
			if ( ! missing.length ) {
				continue;
			}
			const message = need.hooks.length
				? `the handler of \`${ need.hooks.join( '`, `' ) }\` does not check ${ missing.join( ' or ' ) }`
				: `reads $${ need.reads }, but neither this function nor its callers check ${ missing.join( ' or ' ) }`;
			report(
				need.at.kind === 'method' || need.at.kind === 'function'
					? need.at.name
					: need.at,
				message
			);
		}
	},
};
