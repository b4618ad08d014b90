<?php
/**
 * E-mails of the approval workflow.
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Board\BoardPosition;
use Ttdt\Board\BoardMeta;
use WP_Post;
use WP_User;

/**
 * Board members work part-time and do not watch the portal: a submission is announced to the
 * moderators, an approval or return to the writer, and overdue items to the moderators and the
 * head of the board. Plain text, each in the recipient's own language.
 *
 * @since 0.1.0
 */
final class WorkflowMailer {

	/**
	 * Deadlines.
	 *
	 * @var ItemDeadline
	 */
	private ItemDeadline $deadlines;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param ItemDeadline $deadlines Deadlines.
	 */
	public function __construct( ItemDeadline $deadlines ) {
		$this->deadlines = $deadlines;
	}

	/**
	 * Tells the moderators an item waits for them.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post  The item.
	 * @param int     $actor Who submitted it (not told).
	 */
	public function submitted( WP_Post $post, int $actor ): void {
		$receipt  = Receipt::of( $post->ID );
		$deadline = $this->deadlines->of( $post->ID );
		$this->send(
			self::without( self::moderators(), $actor ),
			fn() => array(
				sprintf(
					/* translators: 1: site name, 2: item title. */
					__( '[%1$s] Item waiting for approval: %2$s', 'ttdt-portal' ),
					self::site(),
					self::title( $post )
				),
				sprintf(
					/* translators: 1: who submitted, 2: item title, 3: how and when it was received, 4: deadline, dd/mm/yyyy, 5: link to the item, 6: link to the review queue. */
					__( "%1\$s submitted the item \"%2\$s\" for approval.\n%3\$s.\nThe editorial board must approve it by %4\$s.\n\nReview it: %5\$s\nAll items waiting for approval: %6\$s", 'ttdt-portal' ),
					self::name( $actor ),
					self::title( $post ),
					Receipt::describe( $receipt['via'], $receipt['date'] ),
					self::day( $deadline ),
					self::edit_link( $post ),
					self::queue_link()
				),
			)
		);
	}

	/**
	 * Tells the writer an item was approved (and, in one step, published).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post  The item.
	 * @param int     $actor Approver (not told).
	 * @param string  $note  Approver's comment.
	 */
	public function approved( WP_Post $post, int $actor, string $note ): void {
		$published = in_array( $post->post_status, WorkflowState::LIVE_STATUSES, true );
		$this->send(
			self::without( self::writers( $post ), $actor ),
			fn() => array(
				sprintf(
					/* translators: 1: site name, 2: item title. */
					__( '[%1$s] Item approved: %2$s', 'ttdt-portal' ),
					self::site(),
					self::title( $post )
				),
				sprintf(
					$published
						/* translators: 1: approver, 2: item title. */
						? __( '%1$s approved and published your item "%2$s".', 'ttdt-portal' )
						/* translators: 1: approver, 2: item title. */
						: __( '%1$s approved your item "%2$s". A publisher will now publish it.', 'ttdt-portal' ),
					self::name( $actor ),
					self::title( $post )
				) . self::comment( $note ) . "\n\n" . ( $published ? (string) get_permalink( $post ) : self::edit_link( $post ) ),
			)
		);
	}

	/**
	 * Tells the writer an item was returned, and why.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post   The item.
	 * @param int     $actor  Who returned it (not told).
	 * @param string  $reason Why.
	 */
	public function returned( WP_Post $post, int $actor, string $reason ): void {
		$this->send(
			self::without( self::writers( $post ), $actor ),
			fn() => array(
				sprintf(
					/* translators: 1: site name, 2: item title. */
					__( '[%1$s] Item returned: %2$s', 'ttdt-portal' ),
					self::site(),
					self::title( $post )
				),
				sprintf(
					/* translators: 1: who returned it, 2: item title, 3: reason, 4: link to the item. */
					__( "%1\$s returned your item \"%2\$s\" for changes.\n\nReason: %3\$s\n\nCorrect it and submit it for approval again: %4\$s", 'ttdt-portal' ),
					self::name( $actor ),
					self::title( $post ),
					$reason,
					self::edit_link( $post )
				),
			)
		);
	}

	/**
	 * Tells the moderators an approval was withdrawn because the item changed afterwards.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post  $post    The item.
	 * @param int      $actor   Who changed it (not told).
	 * @param string[] $changed Fields that changed.
	 */
	public function withdrawn( WP_Post $post, int $actor, array $changed ): void {
		$this->send(
			self::without( self::moderators(), $actor ),
			fn() => array(
				sprintf(
					/* translators: 1: site name, 2: item title. */
					__( '[%1$s] Approval withdrawn, item changed: %2$s', 'ttdt-portal' ),
					self::site(),
					self::title( $post )
				),
				sprintf(
					/* translators: 1: who changed it, 2: item title, 3: the fields that changed, 4: link to the item. */
					__( "%1\$s changed the item \"%2\$s\" after it was approved (%3\$s). The approval no longer holds: the item waits for approval again.\n\nReview it: %4\$s", 'ttdt-portal' ),
					self::name( $actor ),
					self::title( $post ),
					ApprovalFingerprint::describe( $changed ),
					self::edit_link( $post )
				),
			)
		);
	}

	/**
	 * Tells the moderators and the head of the board which items are overdue.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, array{post: WP_Post, deadline: string}> $items Overdue items.
	 * @return int How many people were told.
	 */
	public function overdue( array $items ): int {
		if ( ! $items ) {
			return 0;
		}
		$heads = get_users(
			array(
				'meta_key'   => BoardMeta::POSITION_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
				'meta_value' => BoardPosition::HEAD, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
			)
		);
		return $this->send(
			self::unique( array_merge( self::moderators(), $heads ) ),
			function () use ( $items ) {
				$lines = array();
				foreach ( $items as $item ) {
					$receipt = Receipt::of( $item['post']->ID );
					$lines[] = sprintf(
						/* translators: 1: item title, 2: receipt date, dd/mm/yyyy, 3: deadline, dd/mm/yyyy, 4: link. */
						__( "- \"%1\$s\": received %2\$s, deadline %3\$s\n  %4\$s", 'ttdt-portal' ),
						self::title( $item['post'] ),
						self::day( $receipt['date'] ),
						self::day( $item['deadline'] ),
						self::edit_link( $item['post'] )
					);
				}
				return array(
					sprintf(
						/* translators: 1: site name, 2: number of items. */
						_n( '[%1$s] %2$d item is overdue for approval', '[%1$s] %2$d items are overdue for approval', count( $items ), 'ttdt-portal' ),
						self::site(),
						count( $items )
					),
					sprintf(
						/* translators: 1: list of items, 2: link to the review queue. */
						__( "These items are still waiting for approval after their deadline (Art. 8.1 of the regulation):\n\n%1\$s\n\nReview queue: %2\$s", 'ttdt-portal' ),
						implode( "\n", $lines ),
						self::queue_link()
					),
				);
			}
		);
	}

	/**
	 * Users who may approve items.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_User[]
	 */
	public static function moderators(): array {
		return get_users( array( 'capability' => Capabilities::APPROVE ) );
	}

	/**
	 * Sends one message per language to the users who read that language: composed once in
	 * it, with the group as recipients. A board of thirty meant thirty SMTP sessions inside the
	 * request that caused the message; now it is one or two.
	 *
	 * @param WP_User[]                             $users   Recipients.
	 * @param callable(): array{0: string, 1: string} $compose Returns subject and body.
	 * @return int How many people the mail was handed over for.
	 */
	private function send( array $users, callable $compose ): int {
		$by_locale = array();
		foreach ( $users as $user ) {
			if ( is_email( $user->user_email ) ) {
				$by_locale[ get_user_locale( $user ) ][] = $user->user_email;
			}
		}
		$sent = 0;
		foreach ( $by_locale as $locale => $addresses ) {
			$switched = switch_to_locale( $locale );
			list( $subject, $body ) = $compose();
			if ( wp_mail( $addresses, $subject, $body ) ) {
				$sent += count( $addresses );
			}
			if ( $switched ) {
				restore_previous_locale();
			}
		}
		return $sent;
	}

	/**
	 * The writer's accounts: the author and whoever last submitted the item.
	 *
	 * @param WP_Post $post The item.
	 * @return WP_User[]
	 */
	private static function writers( WP_Post $post ): array {
		$ids       = array( (int) $post->post_author );
		$submitted = History::last( $post->ID, array( 'submit' ) );
		if ( $submitted ) {
			$ids[] = (int) $submitted['user'];
		}
		return self::unique( array_filter( array_map( 'get_userdata', array_filter( $ids ) ) ) );
	}

	/**
	 * Users without the given one.
	 *
	 * @param WP_User[] $users   Users.
	 * @param int       $user_id User to leave out.
	 * @return WP_User[]
	 */
	private static function without( array $users, int $user_id ): array {
		return array_filter( $users, static fn( WP_User $user ) => $user->ID !== $user_id );
	}

	/**
	 * Users, each once.
	 *
	 * @param WP_User[] $users Users.
	 * @return WP_User[]
	 */
	private static function unique( array $users ): array {
		$by_id = array();
		foreach ( $users as $user ) {
			$by_id[ $user->ID ] = $user;
		}
		return array_values( $by_id );
	}

	/**
	 * The site name for subjects.
	 *
	 * @return string
	 */
	private static function site(): string {
		return wp_specialchars_decode( (string) get_option( 'blogname' ), ENT_QUOTES );
	}

	/**
	 * An item's title as plain text.
	 *
	 * @param WP_Post $post The item.
	 * @return string
	 */
	private static function title( WP_Post $post ): string {
		$title = wp_strip_all_tags( html_entity_decode( get_the_title( $post ), ENT_QUOTES, 'UTF-8' ) );
		return '' !== $title ? $title : __( '(no title)', 'ttdt-portal' );
	}

	/**
	 * A person's name; user 0 is the system.
	 *
	 * @param int $user_id User ID.
	 * @return string
	 */
	private static function name( int $user_id ): string {
		$user = $user_id ? get_userdata( $user_id ) : false;
		return $user ? $user->display_name : __( 'The system', 'ttdt-portal' );
	}

	/**
	 * A date as dd/mm/yyyy.
	 *
	 * @param string|null $date `Y-m-d` or ISO 8601; null when unknown.
	 * @return string
	 */
	private static function day( ?string $date ): string {
		if ( null === $date || '' === $date ) {
			return __( '(not recorded)', 'ttdt-portal' );
		}
		return wp_date( 'd/m/Y', strtotime( substr( $date, 0, 10 ) . ' 12:00:00' ) ?: 0 );
	}

	/**
	 * The approver's comment as a paragraph, if any.
	 *
	 * @param string $note Comment.
	 * @return string
	 */
	private static function comment( string $note ): string {
		/* translators: %s: the approver's comment. */
		return '' === trim( $note ) ? '' : "\n\n" . sprintf( __( 'Comment: %s', 'ttdt-portal' ), $note );
	}

	/**
	 * Link to the item in the editor (valid whoever reads it; the login screen comes first).
	 *
	 * @param WP_Post $post The item.
	 * @return string
	 */
	private static function edit_link( WP_Post $post ): string {
		return admin_url( 'post.php?post=' . $post->ID . '&action=edit' );
	}

	/**
	 * Link to the review queue.
	 *
	 * @return string
	 */
	private static function queue_link(): string {
		return admin_url( 'admin.php?page=' . AdminScreens::page_slug( ReviewQueueScreen::NAME ) );
	}
}
