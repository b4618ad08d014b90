/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { DataViews, type Action, type View } from '@wordpress/dataviews';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { addQueryArgs } from '@wordpress/url';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import {
	ARCHIVES_ENTITY,
	ARCHIVE_JOBS_ENTITY,
	ENTITY_KIND,
	registerEntities,
} from '../../data/entities';
import { errorMessage } from '../../data/error-message';
import ExportPanel, { type ExportRequest } from './export-panel';
import { archiveFields } from './fields';
import JobProgress from './job-progress';
import { isRunning, type ArchiveJob, type ArchivePackage } from './types';

registerEntities();

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 20,
	page: 1,
	fields: [ 'created_at', 'size', 'personal', 'verification' ],
	titleField: 'id',
	layout: {},
};

const NOTICE = { id: 'ttdt-archive' };

/**
 * The REST nonce apiFetch sends, for the download link (a plain navigation sends no header).
 */
function restNonce(): string {
	return (
		( apiFetch as unknown as { nonceMiddleware?: { nonce?: string } } )
			.nonceMiddleware?.nonce ?? ''
	);
}

/**
 * The kept archive packages (size, date, verification) and the background jobs that write,
 * check and restore them, with the progress of the one running.
 */
export default function ArchiveScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ jobId, setJobId ] = useState< number | null >( null );
	const fields = useMemo( archiveFields, [] );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );
	const { invalidateResolution, invalidateResolutionForStoreSelector } =
		useDispatch( coreStore ) as unknown as {
			invalidateResolution: ( selector: string, args: unknown[] ) => void;
			invalidateResolutionForStoreSelector: ( selector: string ) => void;
		};

	const { packages, isLoading, job, runningJob } = useSelect(
		( select ) => {
			const store = select( coreStore ) as unknown as {
				getEntityRecords: < T >(
					kind: string,
					name: string,
					query: object
				) => T[] | null;
				getEntityRecord: (
					kind: string,
					name: string,
					key: number
				) => ArchiveJob | undefined;
				hasFinishedResolution: (
					selector: string,
					args: unknown[]
				) => boolean;
			};
			const query = { context: 'view' };
			return {
				packages:
					store.getEntityRecords< ArchivePackage >(
						ENTITY_KIND,
						ARCHIVES_ENTITY,
						query
					) ?? [],
				// A job started before the page was opened (another tab, the schedule, a script).
				runningJob:
					store
						.getEntityRecords< ArchiveJob >(
							ENTITY_KIND,
							ARCHIVE_JOBS_ENTITY,
							query
						)
						?.find( isRunning ) ?? null,
				isLoading: ! store.hasFinishedResolution( 'getEntityRecords', [
					ENTITY_KIND,
					ARCHIVES_ENTITY,
					query,
				] ),
				job:
					jobId === null
						? null
						: ( store.getEntityRecord(
								ENTITY_KIND,
								ARCHIVE_JOBS_ENTITY,
								jobId
							) ?? null ),
			};
		},
		[ jobId ]
	);
	const running = isRunning( job );

	useEffect( () => {
		if ( jobId === null && runningJob ) {
			setJobId( runningJob.id );
		}
	}, [ jobId, runningJob ] );

	// Poll the running job (a poll also keeps a stalled job going on the server).
	useEffect( () => {
		if ( jobId === null || ( job && ! running ) ) {
			return;
		}
		const timer = window.setInterval(
			() =>
				invalidateResolution( 'getEntityRecord', [
					ENTITY_KIND,
					ARCHIVE_JOBS_ENTITY,
					jobId,
				] ),
			1000
		);
		return () => window.clearInterval( timer );
	}, [ jobId, job, running, invalidateResolution ] );

	// When it ends, the list shows the new package or the new verification.
	useEffect( () => {
		if ( job && ! running ) {
			invalidateResolutionForStoreSelector( 'getEntityRecords' );
		}
	}, [ job, running, invalidateResolutionForStoreSelector ] );

	const start = async ( path: string, data?: object ) => {
		try {
			const started = await apiFetch< ArchiveJob >( {
				path,
				method: 'POST',
				data,
			} );
			setJobId( started.id );
		} catch ( caught ) {
			createErrorNotice(
				errorMessage(
					caught,
					__( 'The job could not be started.', 'ttdt-portal' )
				),
				NOTICE
			);
		}
	};

	const remove = async ( item: ArchivePackage ) => {
		try {
			await apiFetch( {
				path: `/ttdt/v1/archives/${ item.id }`,
				method: 'DELETE',
			} );
			invalidateResolutionForStoreSelector( 'getEntityRecords' );
			createSuccessNotice(
				__( 'Package deleted.', 'ttdt-portal' ),
				NOTICE
			);
		} catch ( caught ) {
			createErrorNotice(
				errorMessage(
					caught,
					__( 'The package could not be deleted.', 'ttdt-portal' )
				),
				NOTICE
			);
		}
	};

	/**
	 * A confirmation in the action's modal, for the actions that cannot be undone.
	 *
	 * @param question What to ask about the package.
	 * @param confirm  The button's text.
	 * @param onYes    What to do.
	 */
	const confirmation =
		(
			question: ( item: ArchivePackage ) => string,
			confirm: string,
			onYes: ( item: ArchivePackage ) => void
		) =>
		( {
			items,
			closeModal,
		}: {
			items: ArchivePackage[];
			closeModal?: () => void;
		} ) => (
			<div className="ttdt-record-form">
				<p>{ question( items[ 0 ] ) }</p>
				<div className="ttdt-record-form__actions">
					<Button
						variant="tertiary"
						onClick={ closeModal }
						__next40pxDefaultSize
					>
						{ __( 'Cancel', 'ttdt-portal' ) }
					</Button>
					<Button
						variant="primary"
						isDestructive
						__next40pxDefaultSize
						onClick={ () => {
							closeModal?.();
							onYes( items[ 0 ] );
						} }
					>
						{ confirm }
					</Button>
				</div>
			</div>
		);

	const actions: Action< ArchivePackage >[] = [
		{
			id: 'download',
			label: __( 'Download', 'ttdt-portal' ),
			callback: ( [ item ] ) => {
				window.location.href = addQueryArgs(
					`${ window.location.origin }/?rest_route=/ttdt/v1/archives/${ item.id }/download`,
					{ _wpnonce: restNonce() }
				);
			},
		},
		{
			id: 'verify',
			label: __( 'Verify', 'ttdt-portal' ),
			disabled: running,
			callback: ( [ item ] ) =>
				start( `/ttdt/v1/archives/${ item.id }/verify` ),
		},
		{
			id: 'restore',
			label: __( 'Restore into this site', 'ttdt-portal' ),
			disabled: running,
			modalHeader: __( 'Restore the package', 'ttdt-portal' ),
			RenderModal: confirmation(
				( item ) =>
					sprintf(
						/* translators: %s: package ID. */
						__(
							'Restore package %s into this site? This is only allowed into a new, empty WordPress site with the plugin: the package is checked first, then every item, media file, account, feedback and audit entry in it is written here.',
							'ttdt-portal'
						),
						item.id
					),
				__( 'Restore', 'ttdt-portal' ),
				( item ) => start( `/ttdt/v1/archives/${ item.id }/restore` )
			),
		},
		{
			id: 'delete',
			label: __( 'Delete', 'ttdt-portal' ),
			isDestructive: true,
			disabled: running,
			modalHeader: __( 'Delete the package', 'ttdt-portal' ),
			RenderModal: confirmation(
				( item ) =>
					sprintf(
						/* translators: %s: package ID. */
						__(
							'Delete package %s from the server? Hand it to the archive before if it is the only copy.',
							'ttdt-portal'
						),
						item.id
					),
				__( 'Delete', 'ttdt-portal' ),
				remove
			),
		},
	];

	return (
		<div className="ttdt-archive">
			<p>
				{ __(
					'Archive packages hold every item with its revisions, media, audit log, feedback and royalty lines in the BagIt format with SHA-256 checksums, and an index a records officer opens without WordPress. Writing, checking and restoring a large portal run in the background: this page shows their progress.',
					'ttdt-portal'
				) }
			</p>
			<Notices />
			<ExportPanel
				disabled={ running }
				onExport={ ( request: ExportRequest ) =>
					start( '/ttdt/v1/archives', request )
				}
			/>
			{ job && <JobProgress job={ job } /> }
			<DataViews< ArchivePackage >
				data={ packages }
				isLoading={ isLoading }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				actions={ actions }
				search={ false }
				paginationInfo={ {
					totalItems: packages.length,
					totalPages: 1,
				} }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => item.id }
			/>
		</div>
	);
}
