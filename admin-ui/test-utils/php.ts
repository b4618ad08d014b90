/**
 * External dependencies
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs PHP code in php-wasm ({@link ./php-runner.mjs}) and returns what it printed as JSON.
 * The code reads its input with `json_decode( file_get_contents( '/input.json' ), true )` and
 * finds the plugin under `/plugin/`.
 *
 * @param code  PHP code, starting with `<?php`.
 * @param input What `/input.json` holds.
 */
export function runPhp< Result >( code: string, input: unknown ): Result {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'ttdt-php-' ) );
	try {
		const script = path.join( dir, 'script.php' );
		const data = path.join( dir, 'input.json' );
		fs.writeFileSync( script, code );
		fs.writeFileSync( data, JSON.stringify( input ) );
		return JSON.parse(
			execFileSync(
				process.execPath,
				[ path.join( __dirname, 'php-runner.mjs' ), script, data ],
				{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
			)
		);
	} finally {
		fs.rmSync( dir, { recursive: true, force: true } );
	}
}
