/**
 * i18n: translatable strings can be extracted and translated.
 * - gettext calls use literal strings and the literal text domain 'ttdt-portal' (tools read
 *   the source, they do not run it);
 * - a string with placeholders (%s, %1$s, %d) has a `translators:` comment right above the
 *   call, telling the translator what each placeholder stands for;
 * - user-visible messages are not plain English literals: the message of `new WP_Error()`,
 *   `wp_die()`, `add_settings_error()`, and `esc_html()`/`esc_attr()` of a literal sentence.
 *   This part is deliberately narrow to avoid false positives.
 * - the `description` and `title` of an array (a REST schema's, a Site Health test's) are not
 *   plain English literals either.
 */
const {
	PHP_GETTEXT,
	TEXT_DOMAIN,
	hasPlaceholder,
} = require( '../lib/gettext' );
const { translatorComment } = require( '../lib/comments' );
const { functionName, stringValue } = require( '../lib/ast' );

const LETTERS = /[A-Za-z]{2,}/;
const WORDS = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

// Function => index of the argument that is a user-visible message.
const MESSAGE_ARGUMENT = { wp_die: 0, add_settings_error: 2 };
const ESCAPERS = new Set( [ 'esc_html', 'esc_attr' ] );
// Array keys whose text people read: schema and Site Health descriptions, schema titles.
const SHOWN_KEYS = new Set( [ 'description', 'title' ] );

/**
 * Checks a gettext call.
 *
 * @param {Object}   node           Call.
 * @param {Object[]} ancestors      Ancestors.
 * @param {Object}   context        Rule context.
 * @param {Object}   context.info   File info.
 * @param {Function} context.report Reports a violation.
 */
function checkGettext( node, ancestors, { info, report } ) {
	const name = functionName( node );
	const spec = PHP_GETTEXT[ name ];
	const labels = { text: 'text', plural: 'plural text', context: 'context' };
	for ( const [ part, label ] of Object.entries( labels ) ) {
		if ( spec[ part ] === undefined ) {
			continue;
		}
		const arg = node.arguments[ spec[ part ] ];
		if ( ! arg || stringValue( arg ) === undefined ) {
			report(
				arg || node,
				`${ name }() needs a literal string as its ${ label }; translation tools cannot read computed strings`
			);
			return;
		}
	}
	const domain = node.arguments[ spec.domain ];
	if ( ! domain ) {
		report(
			node,
			`${ name }() has no text domain; add '${ TEXT_DOMAIN }'`
		);
	} else if ( stringValue( domain ) !== TEXT_DOMAIN ) {
		report(
			domain,
			`${ name }() must use the literal text domain '${ TEXT_DOMAIN }'`
		);
	}
	const texts = [ spec.text, spec.plural ]
		.filter( ( index ) => index !== undefined )
		.map( ( index ) => stringValue( node.arguments[ index ] ) );
	if (
		texts.some( hasPlaceholder ) &&
		! translatorComment( info.comments, node, ancestors )
	) {
		report(
			node,
			`"${ texts[ 0 ] }" has placeholders; put a /* translators: %s: what it stands for */ comment on the line above the call`
		);
	}
}

module.exports = {
	id: 'i18n',
	// The WordPress Coding Standards sniffs this rule stands for (`phpcs:ignore` codes).
	wpcs: [ 'WordPress.WP.I18n' ],
	check( context ) {
		const { walkWithScope, report } = context;
		walkWithScope( ( node, scope, ancestors ) => {
			const name = functionName( node );
			if ( PHP_GETTEXT[ name ] ) {
				checkGettext( node, ancestors, context );
				return;
			}
			if (
				node.kind === 'entry' &&
				SHOWN_KEYS.has( stringValue( node.key ) ?? '' ) &&
				WORDS.test( stringValue( node.value ) ?? '' )
			) {
				report(
					node.value,
					`a '${ stringValue(
						node.key
					) }' is shown to users (REST index, forms, Site Health) but is not translatable; wrap it in __( '...', '${ TEXT_DOMAIN }' )`
				);
				return;
			}
			let message;
			if (
				node.kind === 'new' &&
				node.what.kind === 'name' &&
				node.what.name.split( '\\' ).pop() === 'WP_Error'
			) {
				message = node.arguments[ 1 ];
			} else if ( name in MESSAGE_ARGUMENT ) {
				message = node.arguments[ MESSAGE_ARGUMENT[ name ] ];
			} else if (
				ESCAPERS.has( name ) &&
				WORDS.test( stringValue( node.arguments[ 0 ] ) ?? '' )
			) {
				report(
					node,
					`${ name }() prints an untranslated literal; use ${ name }__( '...', '${ TEXT_DOMAIN }' )`
				);
				return;
			}
			if ( message && LETTERS.test( stringValue( message ) ?? '' ) ) {
				report(
					message,
					`this message is shown to users but is not translatable; wrap it in __( '...', '${ TEXT_DOMAIN }' )`
				);
			}
		} );
	},
};
