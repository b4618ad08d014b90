#!/usr/bin/env node
/**
 * Writes plugin/languages/ttdt-portal.pot from the PHP, block.json and script sources.
 * Usage: node scripts/i18n/extract.mjs [--root <dir>]
 */
import { writePot } from './lib/pipeline.mjs';
import { relative, setup } from './lib/cli.mjs';

const { root, config } = setup( process.argv.slice( 2 ) );
const template = writePot( root, config );
process.stdout.write(
	`${ relative( root, template.file ) }: ${ template.entries.length } string(s)${ template.written ? ' (updated)' : '' }.\n`
);
