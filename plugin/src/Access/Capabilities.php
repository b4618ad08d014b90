<?php
/**
 * The plugin's capabilities and the one place where meta capabilities are mapped.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

use Ttdt\Confidentiality\ConfidentialFlag;
use Ttdt\Support\Hookable;

/**
 * Checks in the code use these capabilities, never role names.
 *
 * @since 0.1.0
 * @contract-constants Capabilities
 */
final class Capabilities implements Hookable, OperationCapabilities {

	/**
	 * Change the portal settings (unit name, legal values). Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_SETTINGS = 'ttdt_manage_settings';

	/**
	 * Approve or return submitted items (Art. 12.2, kiểm duyệt).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const APPROVE = 'ttdt_approve_posts';

	/**
	 * Approve or return one item. Meta capability, checked with the post ID: needs `APPROVE`
	 * and the right to edit that item, and is never granted on the user's own item (see
	 * `ItemOwnership`): nobody approves what they wrote.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REVIEW_POST = 'ttdt_review_post';

	/**
	 * Approve one item although it is the user's own: the administrator's explicit override,
	 * given with a reason and recorded as such. Meta capability, checked with the post ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OVERRIDE_APPROVAL = 'ttdt_override_approval';

	/**
	 * Record how and when manuscripts arrived (on paper, by e-mail): staff who enter what
	 * collaborators send (Art. 8.1).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECORD_RECEIPTS = 'ttdt_record_receipts';

	/**
	 * Record the receipt of one item. Meta capability, checked with the post ID: needs
	 * `RECORD_RECEIPTS` and the right to edit that item.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const RECORD_RECEIPT = 'ttdt_record_receipt';

	/**
	 * Send the overdue-approval reminder now instead of waiting for its daily run. Meta
	 * capability: the reminder mails the moderators and the head of the board, so it is for
	 * those who review (who see the queue it is about), not for anyone who can read a route.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SEND_OVERDUE_REMINDERS = 'ttdt_send_overdue_reminders';

	/**
	 * Item meta capabilities => the primitive capability they need besides editing the item.
	 *
	 * @var array<string, string>
	 */
	private const ITEM_MAP = array(
		self::REVIEW_POST    => self::APPROVE,
		self::RECORD_RECEIPT => self::RECORD_RECEIPTS,
	);

	/**
	 * Read royalty statements (nhuận bút).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_ROYALTIES = 'ttdt_view_royalties';

	/**
	 * Export royalty statements for payment.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const EXPORT_ROYALTIES = 'ttdt_export_royalties';

	/**
	 * Change a fiscal year's royalty rules (wages, coefficients, stipends, fees, budget).
	 * Meta capability: system administration (Art. 10, 12.2).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_ROYALTY_RULES = 'ttdt_manage_royalty_rules';

	/**
	 * Adjust, reverse, finalise and mark paid royalty lines. Meta capability: the accountant
	 * reads and exports but changes nothing, so this is system administration.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_ROYALTIES = 'ttdt_manage_royalties';

	/**
	 * Read royalty lines paid to one user. Meta capability, checked with the payee's user ID
	 * (0 for someone without an account): whoever writes items reads their own lines; reading
	 * others' needs {@see self::VIEW_ROYALTIES}.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const READ_ROYALTY_LINES = 'ttdt_read_royalty_lines';

	/**
	 * Open the screen of one's own royalty lines ("Nhuận bút của tôi"): whoever writes items
	 * (collaborators included). What it shows is limited per line by
	 * {@see self::READ_ROYALTY_LINES}. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const READ_OWN_ROYALTIES = 'ttdt_read_own_royalties';

	/**
	 * Choose the genre and quality grade of one item, which price its royalty. Meta
	 * capability, checked with the post ID: those who approve the item (Art. 10: "tùy theo
	 * chất lượng tin, bài").
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const GRADE_ITEM = 'ttdt_grade_item';

	/**
	 * See the editorial-board roster. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_BOARD = 'ttdt_view_board';

	/**
	 * Change a member's board position, appointment or permission level. Meta capability;
	 * checked with the member's user ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_BOARD = 'ttdt_manage_board';

	/**
	 * See the weekly publishing quota of the board members (Art. 8.1). Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const VIEW_QUOTA = 'ttdt_view_quota';

	/**
	 * Send the quota reminders by hand. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SEND_QUOTA_REMINDERS = 'ttdt_send_quota_reminders';

	/**
	 * Read and export the audit log. Meta capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const READ_AUDIT_LOG = 'ttdt_read_audit_log';

	/**
	 * Board, quota and audit meta capabilities => the primitive capability they need.
	 *
	 * Appointing people and reading who did what are system administration (Art. 12.2), so
	 * they follow core's user and options capabilities; the quota is for everyone who edits.
	 *
	 * @var array<string, string>
	 */
	private const BOARD_AND_AUDIT_MAP = array(
		self::VIEW_BOARD           => 'list_users',
		self::MANAGE_BOARD         => 'promote_users',
		self::VIEW_QUOTA           => 'edit_others_posts',
		self::SEND_QUOTA_REMINDERS => 'manage_options',
		self::READ_AUDIT_LOG       => 'manage_options',
		self::MANAGE_ROYALTY_RULES => 'manage_options',
		self::MANAGE_ROYALTIES     => 'manage_options',
		self::READ_OWN_ROYALTIES   => 'edit_posts',
		self::MANAGE_ARCHIVES      => 'manage_options',
		self::VIEW_PLANS           => 'edit_posts',
		self::MANAGE_PLANS         => 'edit_others_posts',
	);

	/**
	 * Read the feedback inbox with the citizens' personal data, classify, forward and note
	 * (Art. 9): moderators, publishers, administrators. Primitive capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const HANDLE_FEEDBACK = 'ttdt_handle_feedback';

	/**
	 * Approve and send the answer to a citizen, publish it as public Q&A: publishers and
	 * administrators. Primitive capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ANSWER_FEEDBACK = 'ttdt_answer_feedback';

	/**
	 * Manage the units (phòng, ban, đoàn thể) feedback is forwarded to: administrators.
	 * Primitive capability.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const MANAGE_UNITS = 'ttdt_manage_units';

	/**
	 * Core's meta capabilities on a confidential attachment => the private-post capability
	 * core asks for => the one asked instead (see {@see self::map_meta_cap()}).
	 *
	 * @var array<string, array<string, string>>
	 */
	private const CONFIDENTIAL_FILE_MAP = array(
		'edit_post'   => array( 'edit_private_posts' => 'edit_others_posts' ),
		'read_post'   => array( 'read_private_posts' => 'edit_others_posts' ),
		'delete_post' => array( 'delete_private_posts' => 'delete_others_posts' ),
	);

	/**
	 * Network meta capabilities => core's network capability (a super admin's, never a site
	 * role's: no site administrator reads or sets the other communes' figures).
	 *
	 * @var array<string, string>
	 */
	private const NETWORK_MAP = array(
		self::MANAGE_NETWORK_SETTINGS => 'manage_network_options',
		self::VIEW_NETWORK            => 'manage_network',
	);

	/**
	 * Meta capabilities that follow the user's board position (head, deputy), mapped by
	 * {@see PositionCapabilities}.
	 *
	 * @var array<string, true>
	 */
	private const POSITION_CAPS = array(
		self::UNMARK_CONFIDENTIAL => true,
		self::APPROVE_PLANS       => true,
		self::VIEW_REPORTS        => true,
		self::EDIT_REPORTS        => true,
	);

	/**
	 * Incident and session meta capabilities, mapped by {@see \Ttdt\Security\SecurityCapabilities}
	 * (they depend on the user's board position and on the report's author).
	 *
	 * @var array<string, true>
	 */
	private const SECURITY_CAPS = array(
		self::REPORT_INCIDENT  => true,
		self::HANDLE_INCIDENTS => true,
		self::READ_INCIDENT    => true,
		self::END_SESSIONS     => true,
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'map_meta_cap', array( $this, 'map_meta_cap' ), 10, 4 );
	}

	/**
	 * Maps the plugin's meta capabilities to primitive ones.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $caps    Primitive capabilities required.
	 * @param string   $cap     Capability being checked.
	 * @param int      $user_id User being checked.
	 * @param mixed[]  $args    Extra arguments, e.g. the object ID.
	 * @return string[]
	 */
	public function map_meta_cap( array $caps, string $cap, int $user_id = 0, array $args = array() ): array {
		if ( isset( self::ITEM_MAP[ $cap ] ) || self::OVERRIDE_APPROVAL === $cap ) {
			$post_id = (int) ( $args[0] ?? 0 );
			if ( ! $post_id || ! get_post( $post_id ) ) {
				return array( 'do_not_allow' );
			}
			if ( self::OVERRIDE_APPROVAL === $cap ) {
				// Overriding separation of duties is system administration, on top of approving.
				return array_merge( array( self::APPROVE, 'manage_options' ), map_meta_cap( 'edit_post', $user_id, $post_id ) );
			}
			// Separation of duties, for every path that asks (the workflow API, publishing that
			// approves, the actions offered to the editor and the review queue).
			if ( self::REVIEW_POST === $cap && ItemOwnership::is_own( $user_id, $post_id ) ) {
				return array( 'do_not_allow' );
			}
			return array_merge( array( self::ITEM_MAP[ $cap ] ), map_meta_cap( 'edit_post', $user_id, $post_id ) );
		}
		if ( self::READ_BUSINESS_CONFIRMATION === $cap ) {
			$post_id = (int) ( $args[0] ?? 0 );
			return $post_id && get_post( $post_id ) ? map_meta_cap( 'edit_post', $user_id, $post_id ) : array( 'do_not_allow' );
		}
		if ( self::GRADE_ITEM === $cap ) {
			$post_id = (int) ( $args[0] ?? 0 );
			return $post_id && get_post( $post_id ) ? array_merge( array( self::APPROVE ), map_meta_cap( 'edit_post', $user_id, $post_id ) ) : array( 'do_not_allow' );
		}
		if ( self::READ_ROYALTY_LINES === $cap ) {
			// One's own lines are for those who write items (a subscriber has none, and must not
			// read the year's figures); anyone else's need the royalty statements.
			return $user_id && (int) ( $args[0] ?? 0 ) === $user_id ? array( 'edit_posts' ) : array( self::VIEW_ROYALTIES );
		}
		if ( self::MANAGE_SETTINGS === $cap ) {
			return array( 'manage_options' );
		}
		if ( self::SEND_OVERDUE_REMINDERS === $cap ) {
			return array( self::APPROVE );
		}
		if ( isset( self::NETWORK_MAP[ $cap ] ) ) {
			return is_multisite() ? array( self::NETWORK_MAP[ $cap ] ) : array( 'do_not_allow' );
		}
		if ( isset( self::POSITION_CAPS[ $cap ] ) ) {
			return PositionCapabilities::map( $cap, $user_id, $args );
		}
		if ( isset( self::SECURITY_CAPS[ $cap ] ) ) {
			return \Ttdt\Security\SecurityCapabilities::map( $cap, $user_id, $args );
		}
		if ( isset( self::BOARD_AND_AUDIT_MAP[ $cap ] ) ) {
			return array( self::BOARD_AND_AUDIT_MAP[ $cap ] );
		}
		if ( isset( self::CONFIDENTIAL_FILE_MAP[ $cap ] ) && 'attachment' === get_post_type( (int) ( $args[0] ?? 0 ) ) && ConfidentialFlag::is_marked( (int) $args[0] ) ) {
			// A confidential file is private to keep it from the public, not from the board:
			// staff who edit others' items keep the rights they had on it while it was public
			// (no level but the administrator holds the `*_private_posts` capabilities).
			return array_values( array_unique( array_map( static fn( string $need ): string => self::CONFIDENTIAL_FILE_MAP[ $cap ][ $need ] ?? $need, $caps ) ) );
		}
		return $caps;
	}
}
