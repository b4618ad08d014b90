/**
 * WordPress dependencies
 */
import { Button, Modal } from '@wordpress/components';
import {
	DataViews,
	filterSortAndPaginate,
	type Action,
	type Field,
	type View,
} from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { getQueryArg } from '@wordpress/url';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { toVnDateTime } from '../../components/vn-date';
import type { AuditLogEntry } from '../../data/generated/schemas';
import {
	EMPTY_DRAFT,
	HANDLE_INCIDENT_REL,
	useAccountActivity,
	useIncidents,
	type Incident,
	type IncidentDraft,
} from '../../data/incidents';
import { useChoices } from '../../data/schema-labels';
import { incidentFields } from './fields';
import ReportForm from './report-form';
import StepForm from './step-form';

const INCIDENT_VIEW: View = {
	type: 'table',
	perPage: 20,
	page: 1,
	sort: { field: 'reported_at', direction: 'desc' },
	titleField: 'title',
	fields: [ 'state', 'kind', 'reporter_name', 'reported_at', 'notes' ],
	filters: [],
	layout: {},
};

const ACTIVITY_VIEW: View = {
	type: 'table',
	perPage: 10,
	page: 1,
	titleField: 'action_label',
	fields: [ 'occurred_at', 'ip', 'summary' ],
	layout: {},
};

const ACTIVITY_FIELDS: Field< AuditLogEntry >[] = [
	{ id: 'action_label', label: __( 'What', 'ttdt-portal' ) },
	{
		id: 'occurred_at',
		label: __( 'When', 'ttdt-portal' ),
		// Site time, as the audit log's own screen shows it.
		render: ( { item } ) => toVnDateTime( item.occurred_at, false ),
	},
	{ id: 'ip', label: __( 'IP address', 'ttdt-portal' ) },
	{ id: 'summary', label: __( 'Object', 'ttdt-portal' ) },
];

/**
 * A report pre-filled with an entry of one's own activity ("this was not me").
 *
 * @param entry The entry.
 */
function notMe( entry: AuditLogEntry ): IncidentDraft {
	return {
		...EMPTY_DRAFT,
		kind: 'account',
		occurred_at: entry.occurred_at.slice( 0, 16 ),
		audit_entry: entry.id,
		account: entry.user_login,
		description: sprintf(
			/* translators: 1: action, 2: date and time, 3: IP address. */
			__(
				'This was not me: "%1$s" at %2$s from IP %3$s.',
				'ttdt-portal'
			),
			entry.action_label,
			toVnDateTime( entry.occurred_at, false ),
			entry.ip || '—'
		),
	};
}

/**
 * Incident reports (all of them for the head, one's own for others), the report form, and
 * the user's own account activity with "this was not me".
 */
export default function IncidentsScreen() {
	const [ view, setView ] = useState< View >( INCIDENT_VIEW );
	const [ activityView, setActivityView ] = useState< View >( ACTIVITY_VIEW );
	const [ draft, setDraft ] = useState< IncidentDraft | null >(
		getQueryArg( window.location.href, 'report' ) ? EMPTY_DRAFT : null
	);
	const { incidents, isLoading, report, step } = useIncidents();
	const activity = useAccountActivity();
	const choices = useChoices( '/ttdt/v1/incidents' );
	const fields = useMemo( () => incidentFields( choices ), [ choices ] );

	const actions: Action< Incident >[] = useMemo(
		() => [
			{
				id: 'step',
				label: __( 'Investigate or close', 'ttdt-portal' ),
				isPrimary: true,
				isEligible: ( item ) => !! item._links?.[ HANDLE_INCIDENT_REL ],
				modalHeader: __( 'Handle the report', 'ttdt-portal' ),
				RenderModal: ( { items, closeModal } ) => (
					<StepForm
						incident={ items[ 0 ] }
						onStep={ step }
						onDone={ () => closeModal?.() }
					/>
				),
			},
		],
		// `step` is a store action: stable.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[]
	);
	const activityActions: Action< AuditLogEntry >[] = useMemo(
		() => [
			{
				id: 'not-me',
				label: __( 'This was not me', 'ttdt-portal' ),
				isPrimary: true,
				callback: ( items ) => setDraft( notMe( items[ 0 ] ) ),
			},
		],
		[]
	);

	const list = useMemo(
		() => filterSortAndPaginate( incidents, view, fields ),
		[ incidents, view, fields ]
	);
	const own = useMemo(
		() =>
			filterSortAndPaginate(
				activity.entries,
				activityView,
				ACTIVITY_FIELDS
			),
		[ activity.entries, activityView ]
	);

	return (
		<div className="ttdt-incidents">
			<Notices />
			<div className="ttdt-incidents__toolbar">
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ () => setDraft( EMPTY_DRAFT ) }
				>
					{ __( 'Report an incident', 'ttdt-portal' ) }
				</Button>
			</div>
			{ draft && (
				<Modal
					title={ __( 'Report an incident', 'ttdt-portal' ) }
					onRequestClose={ () => setDraft( null ) }
				>
					<ReportForm
						initial={ draft }
						onReport={ report }
						onDone={ () => setDraft( null ) }
					/>
				</Modal>
			) }
			<section>
				<h2>{ __( 'Incident reports', 'ttdt-portal' ) }</h2>
				<DataViews< Incident >
					data={ list.data }
					isLoading={ isLoading }
					fields={ fields }
					view={ view }
					onChangeView={ setView }
					actions={ actions }
					paginationInfo={ list.paginationInfo }
					defaultLayouts={ { table: {} } }
					getItemId={ ( item ) => String( item.id ) }
					searchLabel={ __( 'Search reports', 'ttdt-portal' ) }
				/>
			</section>
			<section>
				<h2>{ __( 'My account activity', 'ttdt-portal' ) }</h2>
				<DataViews< AuditLogEntry >
					data={ own.data }
					isLoading={ activity.isLoading }
					fields={ ACTIVITY_FIELDS }
					view={ activityView }
					onChangeView={ setActivityView }
					actions={ activityActions }
					paginationInfo={ own.paginationInfo }
					defaultLayouts={ { table: {} } }
					getItemId={ ( item ) => String( item.id ) }
					search={ false }
				/>
			</section>
		</div>
	);
}
