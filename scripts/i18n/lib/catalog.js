/**
 * An in-memory catalogue of source strings (msgctxt + msgid, plural, references, translator
 * comments, flags) and its conversion to the table shape gettext-parser reads and writes.
 */

const CONTEXT_GLUE = '\u0004';

class Catalog {
	constructor() {
		this.entries = new Map();
	}

	/**
	 * Adds an occurrence of a string; occurrences of the same string merge.
	 *
	 * @param {Object} string               String found in a source.
	 * @param {string} string.msgid         Text.
	 * @param {string} [string.msgctxt]     Context.
	 * @param {string} [string.msgidPlural] Plural text.
	 * @param {string} [string.reference]   `file:line` (or `file`).
	 * @param {string} [string.comment]     Extracted comment (e.g. "translators: ...").
	 * @param {string} [string.flag]        Flag (e.g. php-format).
	 */
	add( { msgid, msgctxt = '', msgidPlural, reference, comment, flag } ) {
		const key = `${ msgctxt }${ CONTEXT_GLUE }${ msgid }`;
		if ( ! this.entries.has( key ) ) {
			this.entries.set( key, {
				msgctxt,
				msgid,
				msgidPlural: undefined,
				references: [],
				comments: [],
				flags: [],
			} );
		}
		const entry = this.entries.get( key );
		entry.msgidPlural = entry.msgidPlural || msgidPlural;
		for ( const [ list, value ] of [
			[ entry.references, reference ],
			[ entry.comments, comment ],
			[ entry.flags, flag ],
		] ) {
			if ( value && ! list.includes( value ) ) {
				list.push( value );
			}
		}
	}

	/**
	 * Entries in the order they were first found.
	 *
	 * @return {Object[]} Entries.
	 */
	list() {
		return [ ...this.entries.values() ];
	}
}

/**
 * A gettext-parser table for catalogue entries.
 *
 * @param {Object[]} entries  Catalogue entries.
 * @param {Object}   headers  PO headers.
 * @param {Function} msgstrOf Entry => msgstr array.
 * @param {Function} [extra]  Entry => comments to keep (e.g. translator comments).
 * @return {Object} Table { charset, headers, translations }.
 */
function toTable( entries, headers, msgstrOf, extra = () => ( {} ) ) {
	const translations = { '': { '': { msgid: '', msgstr: [ '' ] } } };
	for ( const entry of entries ) {
		const context = ( translations[ entry.msgctxt ] ||= {} );
		const comments = {
			...extra( entry ),
			reference: entry.references.join( '\n' ),
			extracted: entry.comments.join( '\n' ),
			flag: entry.flags.join( ', ' ),
		};
		context[ entry.msgid ] = {
			...( entry.msgctxt ? { msgctxt: entry.msgctxt } : {} ),
			msgid: entry.msgid,
			...( entry.msgidPlural ? { msgid_plural: entry.msgidPlural } : {} ),
			msgstr: msgstrOf( entry ),
			comments,
		};
	}
	return { charset: 'utf-8', headers, translations };
}

/**
 * Catalogue-like entries of a gettext-parser table (header excluded).
 *
 * @param {Object} table Parsed PO/POT.
 * @return {Object[]} Entries with msgstr and comments.
 */
function fromTable( table ) {
	const entries = [];
	for ( const [ msgctxt, messages ] of Object.entries(
		table.translations || {}
	) ) {
		for ( const [ msgid, message ] of Object.entries( messages ) ) {
			if ( ! msgctxt && ! msgid ) {
				continue;
			}
			const comments = message.comments || {};
			entries.push( {
				msgctxt,
				msgid,
				msgidPlural: message.msgid_plural,
				msgstr: message.msgstr || [ '' ],
				references: ( comments.reference || '' )
					.split( /\s+/ )
					.filter( Boolean ),
				comments: ( comments.extracted || '' )
					.split( '\n' )
					.filter( Boolean ),
				flags: ( comments.flag || '' )
					.split( /,\s*/ )
					.filter( Boolean ),
				translator: comments.translator || '',
			} );
		}
	}
	return entries;
}

/**
 * Key of an entry as Jed and WordPress's JSON files spell it.
 *
 * @param {Object} entry Entry.
 * @return {string} `context\u0004msgid` or `msgid`.
 */
function jedKey( entry ) {
	return entry.msgctxt
		? `${ entry.msgctxt }${ CONTEXT_GLUE }${ entry.msgid }`
		: entry.msgid;
}

module.exports = { CONTEXT_GLUE, Catalog, fromTable, jedKey, toTable };
