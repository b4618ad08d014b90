/**
 * Keeps a translation (.po) in step with the template (.pot), like msgmerge without fuzzy
 * matching: existing translations stay, new strings arrive untranslated, strings no longer
 * in the source are dropped. A translation is missing when any of its forms is empty.
 */
const { jedKey } = require( './catalog' );

/**
 * Number of plural forms of a Plural-Forms header.
 *
 * @param {string} pluralForms e.g. `nplurals=1; plural=0;`.
 * @return {number} Count (2 when unreadable).
 */
function pluralCount( pluralForms ) {
	const match = /nplurals\s*=\s*(\d+)/.exec( pluralForms || '' );
	return match ? Number( match[ 1 ] ) : 2;
}

/**
 * Merges template entries into translated entries.
 *
 * @param {Object[]} templateEntries Entries of the .pot (catalogue entries).
 * @param {Object[]} poEntries       Entries of the existing .po (see fromTable()).
 * @param {number}   nplurals        Plural forms of the language.
 * @return {{entries: Object[], added: Object[], removed: Object[]}} Merged entries (with msgstr).
 */
function mergeEntries( templateEntries, poEntries, nplurals ) {
	const existing = new Map(
		poEntries.map( ( entry ) => [ jedKey( entry ), entry ] )
	);
	const added = [];
	const entries = templateEntries.map( ( entry ) => {
		const old = existing.get( jedKey( entry ) );
		existing.delete( jedKey( entry ) );
		const forms = entry.msgidPlural ? nplurals : 1;
		if ( ! old ) {
			added.push( entry );
		}
		const msgstr = Array.from(
			{ length: forms },
			( _, index ) => old?.msgstr?.[ index ] ?? ''
		);
		return { ...entry, msgstr, translator: old?.translator || '' };
	} );
	return { entries, added, removed: [ ...existing.values() ] };
}

/**
 * Entries whose translation is missing.
 *
 * @param {Object[]} entries Merged entries.
 * @return {Object[]} Untranslated entries.
 */
function missingTranslations( entries ) {
	return entries.filter( ( entry ) =>
		entry.msgstr.some( ( form ) => ! form || ! form.trim() )
	);
}

module.exports = { mergeEntries, missingTranslations, pluralCount };
