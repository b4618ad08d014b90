#!/usr/bin/env node
/**
 * Extracts the .pot and merges it into every language's .po (existing translations kept,
 * new strings added empty or filled from fragments in languages/<locale>/*.po, obsolete ones
 * dropped). Fails, listing them, when a string has no translation. Usage: node scripts/i18n/sync-po.mjs [--root <dir>]
 */
import { describeMissing, syncPo, writePot } from './lib/pipeline.mjs';
import { relative, setup } from './lib/cli.mjs';

const { root, config } = setup( process.argv.slice( 2 ) );
const template = writePot( root, config );
let failed = false;
for ( const locale of Object.keys( config.LOCALES ) ) {
	const po = syncPo( root, config, locale, template );
	process.stdout.write(
		`${ relative( root, po.file ) }: ${ po.entries.length } string(s), ${ po.added.length } new, ${ po.removed.length } dropped, ${ po.fromFragments } from fragments.\n`
	);
	if ( po.missing.length ) {
		failed = true;
		process.stderr.write(
			`${ relative( root, po.file ) }: ${ po.missing.length } string(s) have no translation; translate them (msgstr) in that file:\n${ describeMissing( po ) }\n`
		);
	}
}
process.exitCode = failed ? 1 : 0;
