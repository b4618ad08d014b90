/**
 * Shared start of the i18n commands: the repository root (`--root <dir>` for tests) and
 * the configuration.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import config from '../config.js';

/**
 * Root and configuration of a run.
 *
 * @param {string[]} args Command-line arguments.
 * @return {{root: string, config: Object}} Run settings.
 */
export function setup( args ) {
	const index = args.indexOf( '--root' );
	const root =
		index >= 0
			? path.resolve( args[ index + 1 ] )
			: path.resolve(
					path.dirname( fileURLToPath( import.meta.url ) ),
					'../../..'
				);
	return { root, config };
}

/**
 * Path relative to the root, for messages.
 *
 * @param {string} root Root.
 * @param {string} file Absolute path.
 * @return {string} Relative path.
 */
export function relative( root, file ) {
	return path.relative( root, file );
}
