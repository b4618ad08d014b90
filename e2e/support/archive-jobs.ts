/**
 * WordPress dependencies
 */
import { expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * A background archive job as `ttdt/v1/archives/jobs/<id>` returns it.
 */
export type ArchiveJob = {
	id: number;
	kind: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	package: string;
	label: string;
	done: number;
	total: number;
	error: string;
	messages: { time: string; text: string }[];
	result: Record< string, any > | null;
};

/**
 * Polls a job (export, verify, restore answer 202 with it) until it is done or failed.
 * `get` reads a route of `ttdt/v1` on the right site with the right credentials.
 *
 * @param get     Reads a REST route (path after /wp-json) and returns its JSON.
 * @param job     The job the 202 answer returned.
 * @param timeout Milliseconds to wait.
 */
export async function finishJob(
	get: ( route: string ) => Promise< unknown >,
	job: ArchiveJob,
	timeout = 60_000
): Promise< ArchiveJob > {
	let last = job;
	await expect
		.poll(
			async () => {
				last = ( await get(
					`/ttdt/v1/archives/jobs/${ job.id }`
				) ) as ArchiveJob;
				return last.status;
			},
			{ timeout, intervals: [ 200, 500, 1000 ] }
		)
		.toMatch( /^(done|failed)$/ );
	return last;
}
