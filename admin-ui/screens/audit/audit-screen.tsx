/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { DataViews, type View } from '@wordpress/dataviews';
import { useEffect, useMemo, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import {
	AUDIT_TOTAL_CAP,
	downloadAuditCsv,
	useAuditFacets,
	useAuditPage,
	type AuditFilters,
} from '../../data/audit';
import { errorMessage } from '../../data/error-message';
import type { AuditLogEntry } from '../../data/generated/schemas';
import { auditFields } from './fields';
import AuditToolbar from './toolbar';

/**
 * The page's language (WordPress sets it on `<html>`), for grouping digits the Vietnamese way.
 */
function locale(): string {
	return document.documentElement.lang || 'vi';
}

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	fields: [ 'occurred_at', 'actor', 'ip', 'action', 'object', 'changes' ],
	filters: [],
	layout: { density: 'compact' },
};

/**
 * The audit log, newest first. Pages are read from the server through core-data; moving to
 * the next page continues after the last entry shown (keyset), so paging stays fast in a log
 * of a million entries, and only a jump to a far page falls back to an offset.
 */
export default function AuditScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ filters, setFilters ] = useState< AuditFilters >( {} );
	const [ isExporting, setIsExporting ] = useState( false );
	// Page number => ID of the last entry of the page before it, for the current filters.
	const cursors = useRef( new Map< number, number >() );
	const fields = useMemo( auditFields, [] );
	const perPage = view.perPage ?? 50;
	const pageNumber = view.page ?? 1;
	const filtersKey = JSON.stringify( [ filters, perPage ] );
	const facets = useAuditFacets();
	const { createErrorNotice } = useDispatch( noticesStore );

	const lastKey = useRef( filtersKey );
	if ( lastKey.current !== filtersKey ) {
		lastKey.current = filtersKey;
		cursors.current = new Map();
	}
	const page = useAuditPage(
		filters,
		pageNumber,
		perPage,
		cursors.current.get( pageNumber )
	);

	useEffect( () => {
		const last = page.entries[ page.entries.length - 1 ];
		if ( last && page.entries.length === perPage ) {
			cursors.current.set( pageNumber + 1, last.id );
		}
	}, [ page.entries, perPage, pageNumber ] );

	const onFilters = ( next: AuditFilters ) => {
		setFilters( next );
		setView( ( current ) => ( { ...current, page: 1 } ) );
	};

	const onExport = async () => {
		setIsExporting( true );
		try {
			await downloadAuditCsv( filters );
		} catch ( caught ) {
			createErrorNotice(
				errorMessage(
					caught,
					__( 'The export could not be made.', 'ttdt-portal' )
				),
				{ id: 'ttdt-audit-export' }
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
				facets={ facets ?? null }
				filters={ filters }
				onChange={ onFilters }
				onExport={ onExport }
				isExporting={ isExporting }
			/>
			<Notices />
			{ ! page.isLoading && (
				<p className="ttdt-audit__total" aria-live="polite">
					{ page.isCapped
						? sprintf(
								/* translators: %s: the largest number of entries counted exactly, e.g. 10,000. */
								__( 'More than %s entries', 'ttdt-portal' ),
								AUDIT_TOTAL_CAP.toLocaleString( locale() )
							)
						: sprintf(
								/* translators: %s: number of entries matching the filters. */
								_n(
									'%s entry',
									'%s entries',
									page.total,
									'ttdt-portal'
								),
								page.total.toLocaleString( locale() )
							) }
				</p>
			) }
			<DataViews< AuditLogEntry >
				data={ page.entries }
				isLoading={ page.isLoading }
				fields={ fields }
				view={ view }
				onChangeView={ setView }
				search={ false }
				paginationInfo={ {
					totalItems: page.total,
					totalPages: page.totalPages,
				} }
				defaultLayouts={ { table: {} } }
				getItemId={ ( item ) => String( item.id ) }
			/>
		</div>
	);
}
