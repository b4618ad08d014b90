/**
 * Formats violations as `file:line: [rule-id] message`, the shape editors and CI annotate.
 */

/**
 * One line per violation.
 *
 * @param {Object[]} violations Violations.
 * @return {string} Text.
 */
function formatViolations( violations ) {
	return violations
		.map(
			( { file, line, rule, message } ) =>
				`${ file }:${ line }: [${ rule }] ${ message }`
		)
		.join( '\n' );
}

module.exports = { formatViolations };
