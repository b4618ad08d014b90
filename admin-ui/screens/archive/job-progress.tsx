/**
 * WordPress dependencies
 */
import { ProgressBar } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { isRunning, type ArchiveJob } from './types';

/**
 * The progress of the job being watched: its step, done of total and a bar; its error when
 * it failed.
 *
 * @param props     Component props.
 * @param props.job The job.
 */
export default function JobProgress( { job }: { job: ArchiveJob } ) {
	const percent =
		job.total > 0 ? Math.min( 100, ( job.done / job.total ) * 100 ) : 0;
	return (
		<div className="ttdt-archive__job" aria-live="polite">
			<p>
				<strong>{ job.label }</strong>
				{ job.total > 0 &&
					' ' +
						sprintf(
							/* translators: 1: units done, 2: units in all. */
							__( '(%1$s of %2$s)', 'ttdt-portal' ),
							job.done.toLocaleString( 'vi' ),
							job.total.toLocaleString( 'vi' )
						) }
			</p>
			{ isRunning( job ) && (
				<ProgressBar
					value={ job.total > 0 ? percent : undefined }
					className="ttdt-archive__bar"
				/>
			) }
			{ job.status === 'done' && (
				<p>{ __( 'Finished.', 'ttdt-portal' ) }</p>
			) }
			{ job.status === 'failed' && (
				<p className="ttdt-archive__error">{ job.error }</p>
			) }
		</div>
	);
}
