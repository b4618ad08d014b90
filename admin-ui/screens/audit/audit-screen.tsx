/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { DataViews, type View } from '@wordpress/dataviews';
import { useEffect, useMemo, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	downloadAuditCsv,
	fetchAuditFacets,
	fetchAuditPage,
	type AuditFilters,
	type AuditPage,
} from '../../data/audit';
import type { AuditFacets, AuditLogEntry } from '../../data/generated/schemas';
import { auditFields } from './fields';
import AuditToolbar from './toolbar';

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	fields: [ 'occurred_at', 'actor', 'ip', 'action', 'object', 'changes' ],
	filters: [],
	layout: { density: 'compact' },
};

/**
 * The audit log, newest first. Pages are fetched from the server; moving to the next page
 * continues after the last entry shown (keyset), so paging stays fast in a log of a million
 * entries, and only a jump to a far page falls back to an offset.
 */
export default function AuditScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ filters, setFilters ] = useState< AuditFilters >( {} );
	const [ facets, setFacets ] = useState< AuditFacets | null >( null );
	const [ page, setPage ] = useState< AuditPage | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ isExporting, setIsExporting ] = useState( false );
	const [ isLoading, setIsLoading ] = useState( true );
	// Page number => ID of the last entry of the page before it, for the current filters.
	const cursors = useRef( new Map< number, number >() );
	const fields = useMemo( auditFields, [] );
	const perPage = view.perPage ?? 50;
	const pageNumber = view.page ?? 1;
	const filtersKey = JSON.stringify( [ filters, perPage ] );

	useEffect( () => {
		fetchAuditFacets()
			.then( setFacets )
			.catch( () => setFacets( null ) );
	}, [] );

	useEffect( () => {
		cursors.current = new Map();
	}, [ filtersKey ] );

	useEffect( () => {
		let current = true;
		setIsLoading( true );
		fetchAuditPage(
			filters,
			pageNumber,
			perPage,
			cursors.current.get( pageNumber )
		)
			.then( ( result ) => {
				if ( ! current ) {
					return;
				}
				const last = result.entries[ result.entries.length - 1 ];
				if ( last && result.entries.length === perPage ) {
					cursors.current.set( pageNumber + 1, last.id );
				}
				setError( null );
				setPage( result );
				setIsLoading( false );
			} )
			.catch( ( caught ) => {
				if ( current ) {
					setError(
						caught?.message ??
							__(
								'The audit log could not be loaded.',
								'ttdt-portal'
							)
					);
					setIsLoading( false );
				}
			} );
		return () => {
			current = false;
		};
		// filtersKey stands for filters and perPage.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ filtersKey, pageNumber ] );

	const onFilters = ( next: AuditFilters ) => {
		setFilters( next );
		setView( ( current ) => ( { ...current, page: 1 } ) );
	};

	const onExport = async () => {
		setIsExporting( true );
		try {
			await downloadAuditCsv( filters );
		} catch ( caught ) {
			setError(
				( caught as { message?: string } )?.message ??
					__( 'The export could not be made.', 'ttdt-portal' )
			);
		}
		setIsExporting( false );
	};

	return (
		<div className="ttdt-audit">
			<p className="ttdt-audit__intro">
				{ __(
					'Every publication, unpublication, workflow step, change of role, board appointment or settings, and every login is recorded here with who, when, from which IP address and what changed. Entries cannot be edited or deleted.',
					'ttdt-portal'
				) }
			</p>
			<AuditToolbar
				facets={ facets }
				filters={ filters }
				onChange={ onFilters }
				onExport={ onExport }
				isExporting={ isExporting }
			/>
			{ error && (
				<Notice status="error" onRemove={ () => setError( null ) }>
					{ error }
				</Notice>
			) }
			<DataViews< AuditLogEntry >
				data={ page?.entries ?? [] }
				isLoading={ isLoading }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				search={ false }
				paginationInfo={ {
					totalItems: page?.total ?? 0,
					totalPages: page?.totalPages ?? 0,
				} }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
			/>
		</div>
	);
}
