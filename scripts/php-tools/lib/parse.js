/**
 * Parses PHP with php-parser (PHP 8 syntax, positions, comments) so every tool reads the same
 * tree. There is no PHP binary in the toolchain, so this parser is the only judge of syntax.
 */
const fs = require( 'fs' );
const { Engine } = require( 'php-parser' );

const engine = new Engine( {
	parser: { php8: true, extractDoc: true, suppressErrors: false },
	ast: { withPositions: true, withSource: true },
	lexer: { short_tags: false },
} );

/** A syntax error with the file and line it was found at. */
class PhpParseError extends Error {
	/**
	 * @param {string} file    Path shown to the user.
	 * @param {number} line    1-based line.
	 * @param {string} message Parser message.
	 */
	constructor( file, line, message ) {
		super( message );
		this.file = file;
		this.line = line;
	}
}

/**
 * Parses PHP source.
 *
 * @param {string} code Source text.
 * @param {string} file Path shown in messages.
 * @return {{file: string, code: string, ast: Object, comments: Object[]}} Parsed file.
 */
function parsePhp( code, file ) {
	let ast;
	try {
		ast = engine.parseCode( code, file );
	} catch ( error ) {
		const message = String( error.message ).replace( / on line \d+$/, '' );
		throw new PhpParseError( file, error.lineNumber || 1, message );
	}
	return { file, code, ast, comments: ast.comments || [] };
}

/**
 * Reads and parses a PHP file.
 *
 * @param {string} absolutePath File to read.
 * @param {string} file         Path shown in messages.
 * @return {ReturnType<typeof parsePhp>} Parsed file.
 */
function parsePhpFile( absolutePath, file ) {
	return parsePhp( fs.readFileSync( absolutePath, 'utf8' ), file );
}

module.exports = { parsePhp, parsePhpFile, PhpParseError };
