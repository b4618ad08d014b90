/**
 * Internal dependencies
 */
import type { ArchivePackage } from '../../data/generated/schemas';

export type { ArchivePackage };

/**
 * A background archive job (`ttdt/v1/archives/jobs/<id>`).
 */
export type ArchiveJob = {
	id: number;
	kind: 'export' | 'verify' | 'restore';
	package: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	label: string;
	done: number;
	total: number;
	error: string;
	messages: { time: string; text: string }[];
};

/**
 * Whether a job is still working.
 *
 * @param job The job.
 */
export function isRunning( job: ArchiveJob | null | undefined ): boolean {
	return !! job && ( job.status === 'queued' || job.status === 'running' );
}
