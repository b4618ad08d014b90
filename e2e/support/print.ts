/**
 * Prints a measurement of a test (seed, latency percentiles) in the run's output, where the
 * test command's log keeps it.
 *
 * @param line Text to print.
 */
export function print( line: string ): void {
	process.stdout.write( `${ line }\n` );
}
