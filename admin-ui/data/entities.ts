/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { dispatch } from '@wordpress/data';

/**
 * The plugin's REST resources as core-data entities, so screens read and edit them with the
 * same selectors, resolvers, loading state and save flow as core entities. (No `label`: it
 * only names an entity in the editor's multi-entity save panel, which these screens lack.) A screen reads a
 * list with `useEntityRecords( ENTITY_KIND, <name>, query )`, a singleton with
 * `useEntityRecord`-style selectors and no key, and saves with `saveEntityRecord`.
 */
export const ENTITY_KIND = 'ttdt';

/** `ttdt/v1/settings`: a singleton. */
export const SETTINGS_ENTITY = 'settings';
/** `ttdt/v1/board`: the roster, keyed by user ID. */
export const BOARD_ENTITY = 'board';
/** `ttdt/v1/quota`: a singleton report. */
export const QUOTA_ENTITY = 'quota';
/** `ttdt/v1/audit`: the log, paged on the server, read only. */
export const AUDIT_ENTITY = 'audit';
/** `ttdt/v1/audit/facets`: a singleton, the values the log can be filtered by. */
export const AUDIT_FACETS_ENTITY = 'audit-facets';
/** `ttdt/v1/workflow`: the review queue, keyed by item ID, read only (actions are routes). */
export const WORKFLOW_ENTITY = 'workflow';
/** `ttdt/v1/workflow/reminders`: a singleton, when the overdue reminders run next. */
export const WORKFLOW_REMINDERS_ENTITY = 'workflow-reminders';
/** `ttdt/v1/feedback/items`: the feedback inbox, paged on the server. */
export const FEEDBACK_ENTITY = 'feedback-item';
/** `ttdt/v1/royalty/lines`: royalty ledger lines, paged on the server, keyed by ID. */
export const ROYALTY_LINES_ENTITY = 'royalty-lines';
/** `ttdt/v1/royalty/rules/<year>`: a fiscal year's royalty rules, keyed by year. */
export const ROYALTY_RULES_ENTITY = 'royalty-rules';
/** `ttdt/v1/archives`: the kept archive packages, keyed by package ID. */
export const ARCHIVES_ENTITY = 'archives';
/** `ttdt/v1/archives/jobs`: background export, verify and restore jobs, keyed by ID. */
export const ARCHIVE_JOBS_ENTITY = 'archive-jobs';
/** `ttdt/v1/plans`: editorial plans, keyed by ID. */
export const PLAN_ENTITY = 'plan';
/** `ttdt/v1/plan-topics`: topics of a plan (`?plan=`), or of the approved plans, keyed by ID. */
export const PLAN_TOPIC_ENTITY = 'plan-topic';
/** `ttdt/v1/plan-progress/<plan>`: a plan's progress, keyed by plan ID, read only. */
export const PLAN_PROGRESS_ENTITY = 'plan-progress';
/** `ttdt/v1/plan-calendar/<yyyy-mm>`: a month of the plan calendar, read only. */
export const PLAN_CALENDAR_ENTITY = 'plan-calendar';
/** `ttdt/v1/reports/<period>`: a periodic activity report, keyed by period. */
export const REPORT_ENTITY = 'report';
/** `ttdt/v1/incidents`: incident reports, keyed by ID (all for the head, one's own otherwise). */
export const INCIDENTS_ENTITY = 'incident';
/** `ttdt/v1/account/activity`: the current user's recent audit entries, read only. */
export const ACCOUNT_ACTIVITY_ENTITY = 'account-activity';
/** `ttdt/v1/network/overview`: every commune's figures, keyed by site ID (network admin). */
export const NETWORK_OVERVIEW_ENTITY = 'network-overview';
/** `ttdt/v1/network/settings`: a singleton, the province-wide figures (network admin). */
export const NETWORK_SETTINGS_ENTITY = 'network-settings';

let registered = false;

/**
 * Registers the entities once per page.
 */
export function registerEntities(): void {
	if ( registered ) {
		return;
	}
	registered = true;
	dispatch( coreStore ).addEntities( [
		{
			kind: ENTITY_KIND,
			name: SETTINGS_ENTITY,
			baseURL: '/ttdt/v1/settings',
		},
		{
			kind: ENTITY_KIND,
			name: BOARD_ENTITY,
			baseURL: '/ttdt/v1/board',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: QUOTA_ENTITY,
			baseURL: '/ttdt/v1/quota',
		},
		{
			kind: ENTITY_KIND,
			name: AUDIT_ENTITY,
			baseURL: '/ttdt/v1/audit',
			key: 'id',
			// Read `X-WP-Total`/`X-WP-TotalPages`; without it core-data counts the page's rows.
			supportsPagination: true,
		},
		{
			kind: ENTITY_KIND,
			name: AUDIT_FACETS_ENTITY,
			baseURL: '/ttdt/v1/audit/facets',
		},
		{
			kind: ENTITY_KIND,
			name: WORKFLOW_ENTITY,
			baseURL: '/ttdt/v1/workflow',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: WORKFLOW_REMINDERS_ENTITY,
			baseURL: '/ttdt/v1/workflow/reminders',
		},
		{
			kind: ENTITY_KIND,
			name: FEEDBACK_ENTITY,
			baseURL: '/ttdt/v1/feedback/items',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: ROYALTY_LINES_ENTITY,
			baseURL: '/ttdt/v1/royalty/lines',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: ROYALTY_RULES_ENTITY,
			baseURL: '/ttdt/v1/royalty/rules',
			key: 'year',
		},
		{
			kind: ENTITY_KIND,
			name: ARCHIVES_ENTITY,
			baseURL: '/ttdt/v1/archives',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: ARCHIVE_JOBS_ENTITY,
			baseURL: '/ttdt/v1/archives/jobs',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: PLAN_ENTITY,
			baseURL: '/ttdt/v1/plans',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: PLAN_TOPIC_ENTITY,
			baseURL: '/ttdt/v1/plan-topics',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: PLAN_PROGRESS_ENTITY,
			baseURL: '/ttdt/v1/plan-progress',
			key: 'plan',
		},
		{
			kind: ENTITY_KIND,
			name: PLAN_CALENDAR_ENTITY,
			baseURL: '/ttdt/v1/plan-calendar',
			key: 'month',
		},
		{
			kind: ENTITY_KIND,
			name: REPORT_ENTITY,
			baseURL: '/ttdt/v1/reports',
			key: 'period',
		},
		{
			kind: ENTITY_KIND,
			name: INCIDENTS_ENTITY,
			baseURL: '/ttdt/v1/incidents',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: ACCOUNT_ACTIVITY_ENTITY,
			baseURL: '/ttdt/v1/account/activity',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: NETWORK_OVERVIEW_ENTITY,
			baseURL: '/ttdt/v1/network/overview',
			key: 'id',
		},
		{
			kind: ENTITY_KIND,
			name: NETWORK_SETTINGS_ENTITY,
			baseURL: '/ttdt/v1/network/settings',
		},
	] );
}
