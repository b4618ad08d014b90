/**
 * file-length: no PHP file over 400 lines, docblocks included. A longer file does more than
 * one job (house style: one class per file, one job per class); split it rather than trim
 * its comments. The violation is reported on the first line past the limit.
 */
const MAX_LINES = 400;

module.exports = {
	id: 'file-length',
	MAX_LINES,
	check( { info, report } ) {
		const lines = info.code.split( '\n' );
		// A final newline ends the last line; it does not start another.
		const count =
			lines[ lines.length - 1 ] === '' ? lines.length - 1 : lines.length;
		if ( count > MAX_LINES ) {
			report(
				MAX_LINES + 1,
				`this file has ${ count } lines, more than ${ MAX_LINES }; split it by job (one class, one job per file)`
			);
		}
	},
};
