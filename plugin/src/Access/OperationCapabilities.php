<?php
/**
 * Names of the capabilities of the portal's operations (archive, business confirmations,
 * editorial plans, reports, confidentiality, incidents, sessions, the province network).
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

/**
 * The names only: {@see Capabilities} implements this interface, so every name reads as
 * `Capabilities::NAME` and is mapped there, in one place, with the article that requires it.
 *
 * @since 0.1.0
 * @contract-constants OperationCapabilities
 */
interface OperationCapabilities {

	/**
	 * Create, verify, download and restore archive packages of the whole portal (Art. 6.3.6,
	 * 12.4). Meta capability: a package holds everything, personal data included when asked.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_ARCHIVES = 'ttdt_manage_archives';

	/**
	 * Download the written confirmation of one business entry (Art. 11), which is never
	 * public. Meta capability, checked with the entry's ID: whoever may edit the entry (its
	 * writer, who attached it, and the moderators, who check it).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const READ_BUSINESS_CONFIRMATION = 'ttdt_read_business_confirmation';

	/**
	 * See the editorial plans, their topics and progress, and link items to topics
	 * (Art. 6.3.1). Meta capability: whoever writes items.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_PLANS = 'ttdt_view_plans';

	/**
	 * Write editorial plans and their topics and submit them to the head. Meta capability:
	 * board members who edit others' items.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_PLANS = 'ttdt_manage_plans';

	/**
	 * Approve a submitted editorial plan. Meta capability: the head of the editorial board
	 * (board position `head`, who also approves items), or an administrator.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVE_PLANS = 'ttdt_approve_plans';

	/**
	 * Read the periodic activity reports to the chairman (Art. 6.3.7) and print or export
	 * them. Meta capability: the head and deputy head of the board (by their board position,
	 * with the publishing level) and administrators.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_REPORTS = 'ttdt_view_reports';

	/**
	 * Write the board's assessment and proposals (rewards, discipline; Art. 14) in a periodic
	 * report. Meta capability, granted as {@see self::VIEW_REPORTS}.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EDIT_REPORTS = 'ttdt_edit_reports';

	/**
	 * Remove the confidentiality mark (mật) of one item or attachment (Art. 4.2, 8.2). Meta
	 * capability, checked with the post ID: the head of the board (trưởng ban) or an
	 * administrator, who may also edit it. Marking only needs the right to edit it.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UNMARK_CONFIDENTIAL = 'ttdt_unmark_confidential';

	/**
	 * Report a suspected leak or security incident to the head (Art. 8.2, 13.5): every staff
	 * member, collaborators and the accountant included. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REPORT_INCIDENT = 'ttdt_report_incident';

	/**
	 * Read every incident report, investigate and close it: the head of the board and the
	 * administrators. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HANDLE_INCIDENTS = 'ttdt_handle_incidents';

	/**
	 * Read one incident report. Meta capability, checked with the report's ID: its reporter,
	 * or whoever handles incidents.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const READ_INCIDENT = 'ttdt_read_incident';

	/**
	 * End every session of one user (Art. 13.5). Meta capability, checked with that user's
	 * ID: system administration, on an account one may edit.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const END_SESSIONS = 'ttdt_end_sessions';

	/**
	 * Set the province-wide legal figures of a Multisite network. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_NETWORK_SETTINGS = 'ttdt_manage_network_settings';

	/**
	 * Read the network overview of every commune's site. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_NETWORK = 'ttdt_view_network';
}
