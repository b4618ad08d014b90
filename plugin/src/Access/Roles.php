<?php
/**
 * The editorial roles of Article 12.2 and their capabilities.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * Keeps the roles in the database in step with the definitions below.
 *
 * Article 12.2 names four permission levels: system administration (quản trị hệ thống),
 * moderation (kiểm duyệt), updating (cập nhật) and publishing (xuất bản tin). Each level gets
 * only what its work needs; everything that shapes the site itself — its sections
 * (categories), settings, users and roles — is system administration and stays with
 * WordPress's administrator role. Collaborators and the accountant are not levels of Art.
 * 12.2 but people the portal serves (Art. 6.3.5, 10).
 *
 * | Capability                                   | Cộng tác viên | Cập nhật | Kiểm duyệt | Xuất bản | Kế toán | Quản trị (admin) |
 * |----------------------------------------------|:-------------:|:--------:|:----------:|:--------:|:-------:|:----------------:|
 * | read                                         | ✓             | ✓        | ✓          | ✓        | ✓       | ✓                |
 * | edit_posts, delete_posts, upload_files       | ✓             | ✓        | ✓          | ✓        |         | ✓                |
 * | edit_others_posts, delete_others_posts       |               | ✓        | ✓          | ✓        |         | ✓                |
 * | ttdt_record_receipts (Art. 8.1)              |               | ✓        | ✓          | ✓        |         | ✓                |
 * | ttdt_approve_posts (Art. 7.1, 8.1)           |               |          | ✓          | ✓        |         | ✓                |
 * | publish_posts, edit/delete_published_posts   |               |          |            | ✓        |         | ✓                |
 * | ttdt_view_royalties, ttdt_export_royalties   |               |          |            |          | ✓       | ✓                |
 * | ttdt_handle_feedback (Art. 9)                |               |          | ✓          | ✓        |         | ✓                |
 * | ttdt_answer_feedback (Art. 9)                |               |          |            | ✓        |         | ✓                |
 * | ttdt_manage_units                            |               |          |            |          |         | ✓                |
 * | manage_categories (sections), manage_options |               |          |            |          |         | ✓                |
 *
 * No level but the administrator's manages categories: renaming or deleting a section (above
 * all the reference section, Art. 7.1) is system administration (see `SectionCapabilities`).
 * The publisher holds the moderator's capabilities because the board's publishers also
 * approve; separation of duties on one item is enforced by the workflow, not by the roles.
 *
 * Roles live in the options table, so a definition change only takes effect once synced; a
 * version number makes that happen on the first request after an update, not only on
 * activation.
 *
 * @since 0.1.0
 */
final class Roles implements Hookable {

	/**
	 * Option holding the version of the definitions last written.
	 *
	 * @var string
	 */
	private const VERSION_OPTION = 'ttdt_roles_version';

	/**
	 * Bump when the definitions change: existing sites re-sync on the next request
	 * (3: `manage_categories` taken from updaters, moderators and publishers; 4: feedback).
	 *
	 * @var int
	 */
	private const VERSION = 4;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( self::class, 'maybe_sync' ), 1 );
	}

	/**
	 * Syncs the roles when the definitions are newer than the stored ones.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_sync(): void {
		if ( (int) get_option( self::VERSION_OPTION ) !== self::VERSION ) {
			self::sync();
		}
	}

	/**
	 * Role slug => [ display name, capabilities ].
	 *
	 * @since 0.1.0
	 * @contract-keys Roles RoleSlug
	 *
	 * @return array<string, array{0: string, 1: string[]}>
	 */
	public static function definitions(): array {
		$collaborator = array( 'read', 'edit_posts', 'delete_posts', 'upload_files' );
		// Without `edit_published_posts` an updater or moderator cannot change (or take down) a
		// live item: a change to what the public reads is a publication (Art. 7.1, 12.2).
		// No `manage_categories`: sections are system administration (Art. 12.2, 7.1).
		$updater    = array_merge( $collaborator, array( 'edit_others_posts', 'delete_others_posts', Capabilities::RECORD_RECEIPTS ) );
		$moderator  = array_merge( $updater, array( Capabilities::APPROVE, Capabilities::HANDLE_FEEDBACK ) );
		$publisher  = array_merge( $moderator, array( 'publish_posts', 'edit_published_posts', 'delete_published_posts', Capabilities::ANSWER_FEEDBACK ) );
		$accountant = array( 'read', Capabilities::VIEW_ROYALTIES, Capabilities::EXPORT_ROYALTIES );

		return array(
			'ttdt_collaborator' => array( _x( 'Collaborator', 'role', 'ttdt-portal' ), $collaborator ),
			'ttdt_updater'      => array( _x( 'Updater', 'role', 'ttdt-portal' ), $updater ),
			'ttdt_moderator'    => array( _x( 'Moderator', 'role', 'ttdt-portal' ), $moderator ),
			'ttdt_publisher'    => array( _x( 'Publisher', 'role', 'ttdt-portal' ), $publisher ),
			'ttdt_accountant'   => array( _x( 'Accountant', 'role', 'ttdt-portal' ), $accountant ),
		);
	}

	/**
	 * Writes the roles and gives administrators every plugin capability.
	 *
	 * @since 0.1.0
	 */
	public static function sync(): void {
		foreach ( self::definitions() as $slug => list( $name, $caps ) ) {
			remove_role( $slug );
			add_role( $slug, $name, array_fill_keys( $caps, true ) );
		}
		$admin = get_role( 'administrator' );
		if ( $admin ) {
			foreach ( array( Capabilities::APPROVE, Capabilities::RECORD_RECEIPTS, Capabilities::VIEW_ROYALTIES, Capabilities::EXPORT_ROYALTIES, Capabilities::HANDLE_FEEDBACK, Capabilities::ANSWER_FEEDBACK, Capabilities::MANAGE_UNITS ) as $cap ) {
				$admin->add_cap( $cap );
			}
		}
		update_option( self::VERSION_OPTION, self::VERSION );
	}

	/**
	 * Removes the roles (used on uninstall).
	 *
	 * @since 0.1.0
	 */
	public static function remove(): void {
		foreach ( array_keys( self::definitions() ) as $slug ) {
			remove_role( $slug );
		}
		delete_option( self::VERSION_OPTION );
	}
}
