#!/usr/bin/env node
/**
 * The translation step of `npm run build` (after webpack): extract the .pot, merge it into
 * each .po, fail when a translation is missing, then compile the .mo and the JSON files of
 * the built scripts. Usage: node scripts/i18n/build.mjs [--root <dir>]
 */
import {
	compileLocale,
	describeMissing,
	syncPo,
	writePot,
} from './lib/pipeline.mjs';
import { relative, setup } from './lib/cli.mjs';

const { root, config } = setup( process.argv.slice( 2 ) );
const template = writePot( root, config );
const results = Object.keys( config.LOCALES ).map( ( locale ) => [
	locale,
	syncPo( root, config, locale, template ),
] );

const incomplete = results.filter( ( [ , po ] ) => po.missing.length );
if ( incomplete.length ) {
	for ( const [ , po ] of incomplete ) {
		process.stderr.write(
			`${ relative( root, po.file ) }: ${ po.missing.length } string(s) have no translation; translate them (msgstr) in that file:\n${ describeMissing( po ) }\n`
		);
	}
	process.stderr.write(
		'Translations are incomplete: the build stops here.\n'
	);
	process.exit( 1 );
}

for ( const [ locale, po ] of results ) {
	const { mo, php, pageViews, json } = compileLocale(
		root,
		config,
		locale,
		po
	);
	process.stdout.write(
		`${ locale }: ${ po.entries.length } string(s) -> ${ mo }, ${ php }, ${ pageViews }, ${ json.length } script JSON file(s)\n`
	);
	json.forEach( ( line ) => process.stdout.write( `  ${ line }\n` ) );
}
