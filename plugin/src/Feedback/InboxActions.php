<?php
/**
 * The actions on a feedback item: `ttdt/v1/feedback/items/<id>/<action>`.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Units\UnitPostType;
use WP_Error;
use WP_REST_Request;

/**
 * The routes are `InboxRoutes`. classify, forward, note and close need `ttdt_handle_feedback`; approving (`answer`),
 * sending the answer and publishing it as Q&A need `ttdt_answer_feedback`. Each writes an event (which is also an
 * audit entry) and returns the item as the inbox shows it.
 *
 * @since 0.1.0
 */
final class InboxActions {

	/**
	 * Statuses each action may start from.
	 *
	 * @var array<string, string[]>
	 */
	private const FROM = array(
		'classify' => array( FeedbackStatus::NEW, FeedbackStatus::CLASSIFIED, FeedbackStatus::FORWARDED ),
		'forward'  => array( FeedbackStatus::NEW, FeedbackStatus::CLASSIFIED, FeedbackStatus::FORWARDED ),
		'answer'   => array( FeedbackStatus::NEW, FeedbackStatus::CLASSIFIED, FeedbackStatus::FORWARDED ),
		'send'     => array( FeedbackStatus::NEW, FeedbackStatus::CLASSIFIED, FeedbackStatus::FORWARDED ),
		'note'     => array( FeedbackStatus::NEW, FeedbackStatus::CLASSIFIED, FeedbackStatus::FORWARDED, FeedbackStatus::ANSWERED, FeedbackStatus::CLOSED ),
		'close'    => array( FeedbackStatus::NEW, FeedbackStatus::CLASSIFIED, FeedbackStatus::FORWARDED, FeedbackStatus::ANSWERED ),
		'publish'  => array( FeedbackStatus::ANSWERED, FeedbackStatus::CLOSED ),
	);

	/**
	 * Feedback repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Inbox controller, which presents the item.
	 *
	 * @var InboxController
	 */
	private InboxController $inbox;

	/**
	 * Unit links.
	 *
	 * @var UnitLink
	 */
	private UnitLink $links;

	/**
	 * Deadlines.
	 *
	 * @var FeedbackDeadline
	 */
	private FeedbackDeadline $deadline;

	/**
	 * Mails.
	 *
	 * @var DeskMailer
	 */
	private DeskMailer $mailer;

	/**
	 * Publisher of the public Q&A (intake's).
	 *
	 * @var QaPublisher
	 */
	private QaPublisher $publisher;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $items    Repository.
	 * @param InboxController    $inbox    Inbox controller.
	 * @param UnitLink           $links    Unit links.
	 * @param FeedbackDeadline   $deadline Deadlines.
	 * @param DeskMailer         $mailer   Mails.
	 * @param QaPublisher        $publisher Publisher of the public Q&A.
	 */
	public function __construct( FeedbackRepository $items, InboxController $inbox, UnitLink $links, FeedbackDeadline $deadline, DeskMailer $mailer, QaPublisher $publisher ) {
		$this->publisher = $publisher;
		$this->items    = $items;
		$this->inbox    = $inbox;
		$this->links    = $links;
		$this->deadline = $deadline;
		$this->mailer   = $mailer;
	}

	/**
	 * Runs an action and answers with the item.
	 *
	 * @since 0.1.0
	 *
	 * @param string          $action  Action.
	 * @param WP_REST_Request $request Request.
	 * @return \WP_REST_Response|WP_Error
	 */
	public function run( string $action, WP_REST_Request $request ) {
		$item = $this->items->find( (int) $request['id'] );
		if ( ! $item ) {
			return InboxController::missing();
		}
		if ( ! in_array( $item['status'], self::FROM[ $action ], true ) ) {
			return new WP_Error(
				'ttdt_feedback_status',
				/* translators: %s: the item's status. */
				sprintf( __( 'This cannot be done to an item that is "%s". Reload the item to see where it is.', 'ttdt-portal' ), FeedbackStatus::label( (string) $item['status'] ) ),
				array( 'status' => 409 )
			);
		}
		$done = $this->{ 'do_' . $action }( $item, $request );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		$detail            = new WP_REST_Request( 'GET' );
		$detail['id']      = (int) $item['id'];
		$detail['context'] = 'edit';
		return $this->inbox->prepare_item_for_response( (array) $this->items->find( (int) $item['id'] ), $detail );
	}

	/**
	 * Sets type, topic and purpose; the deadline follows the type.
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true
	 */
	private function do_classify( array $item, WP_REST_Request $request ) {
		$fields = array(
			'type'    => (string) $request['type'],
			'topic'   => self::nullable( $request['topic'] ),
			'purpose' => self::nullable( $request['purpose'] ),
		);
		if ( FeedbackStatus::NEW === $item['status'] ) {
			$fields['status'] = FeedbackStatus::CLASSIFIED;
		}
		if ( $fields['type'] !== $item['type'] ) {
			$fields['deadline_at'] = $this->deadline->for_item( $fields['type'], (string) $item['received_at'] );
		}
		$this->items->update( (int) $item['id'], $fields );
		$this->items->append_event( (int) $item['id'], FeedbackEvent::CLASSIFIED, array( 'data' => array_intersect_key( $fields, array_flip( array( 'type', 'topic', 'purpose' ) ) ) ) );
		return true;
	}

	/**
	 * Forwards to a leader (who is told by mail) or to a unit (mailed a new answer link).
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true|WP_Error
	 */
	private function do_forward( array $item, WP_REST_Request $request ) {
		$note = (string) $request['note'];
		if ( ( null === $request['user'] ) === ( null === $request['unit'] ) ) {
			return new WP_Error( 'ttdt_feedback_forward_target', __( 'Choose either a leader or a unit to forward to.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		if ( null !== $request['user'] ) {
			$user = get_userdata( (int) $request['user'] );
			if ( ! $user || ! user_can( $user, Capabilities::HANDLE_FEEDBACK ) ) {
				return new WP_Error( 'ttdt_feedback_forward_user', __( 'This person cannot handle feedback. Choose a leader with the moderator or publisher level.', 'ttdt-portal' ), array( 'status' => 400 ) );
			}
			$this->items->update( (int) $item['id'], array( 'holder_user_id' => $user->ID, 'status' => FeedbackStatus::FORWARDED ) );
			$this->items->append_event( (int) $item['id'], FeedbackEvent::FORWARDED, array( 'body' => $note, 'data' => array( 'user_id' => $user->ID ) ) );
			$this->mailer->leader( $item, $user, $note );
			return true;
		}
		$unit = UnitPostType::find( (int) $request['unit'] );
		if ( ! $unit ) {
			return new WP_Error( 'ttdt_feedback_forward_unit', __( 'This unit does not exist. Choose one from the list, or ask the administrator to add it.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		if ( ! is_email( $unit['email'] ) ) {
			return new WP_Error( 'ttdt_feedback_unit_email', __( 'This unit has no e-mail address, so it cannot receive the answer link. Ask the administrator to add one on the Units screen.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$this->items->update( (int) $item['id'], array( 'unit_id' => $unit['id'], 'status' => FeedbackStatus::FORWARDED ) );
		$this->items->append_event( (int) $item['id'], FeedbackEvent::FORWARDED, array( 'unit_id' => $unit['id'], 'body' => $note ) );
		$link = $this->links->issue( (int) $item['id'], $unit['id'] );
		if ( is_wp_error( $link ) ) {
			return $link;
		}
		if ( ! $this->mailer->unit_link( $item, $unit, $link['url'], $link['expires'], $note ) ) {
			return new WP_Error( 'ttdt_feedback_mail', __( 'The item was forwarded, but the e-mail to the unit could not be sent. Check the mail settings, then forward it again.', 'ttdt-portal' ), array( 'status' => 502 ) );
		}
		return true;
	}

	/**
	 * Adds a note to the history.
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true|WP_Error
	 */
	private function do_note( array $item, WP_REST_Request $request ) {
		$body = trim( (string) $request['body'] );
		if ( '' === $body ) {
			return new WP_Error( 'ttdt_feedback_note_empty', __( 'Write the note before saving it.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$this->items->append_event( (int) $item['id'], FeedbackEvent::NOTE, array( 'body' => $body ) );
		return true;
	}

	/**
	 * Approves the answer the commune will send.
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true|WP_Error
	 */
	private function do_answer( array $item, WP_REST_Request $request ) {
		$answer = trim( (string) $request['answer'] );
		if ( '' === $answer ) {
			return new WP_Error( 'ttdt_feedback_answer_empty', __( 'Write the answer before approving it.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$this->items->update( (int) $item['id'], array( 'answer' => $answer ) );
		$this->items->append_event( (int) $item['id'], FeedbackEvent::ANSWER_APPROVED, array( 'body' => $answer ) );
		return true;
	}

	/**
	 * Sends the approved answer: by e-mail when the citizen gave one; the lookup shows it
	 * in every case.
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true|WP_Error
	 */
	private function do_send( array $item, WP_REST_Request $request ) {
		unset( $request );
		if ( '' === trim( (string) $item['answer'] ) ) {
			return new WP_Error( 'ttdt_feedback_no_answer', __( 'Approve an answer first, then send it.', 'ttdt-portal' ), array( 'status' => 409 ) );
		}
		$by_mail = ! empty( $item['email'] ) && is_email( (string) $item['email'] );
		if ( $by_mail && ! $this->mailer->answer( $item ) ) {
			return new WP_Error( 'ttdt_feedback_mail', __( 'The answer could not be e-mailed to the citizen. Nothing was changed; check the mail settings and send again.', 'ttdt-portal' ), array( 'status' => 502 ) );
		}
		$this->items->update_status( (int) $item['id'], FeedbackStatus::ANSWERED );
		$this->items->append_event( (int) $item['id'], FeedbackEvent::ANSWER_SENT, array( 'data' => array( 'by' => $by_mail ? 'email' : 'lookup' ) ) );
		return true;
	}

	/**
	 * Publishes question and answer as public Q&A, without the citizen's personal data
	 * (`QaPublisher` masks them and writes the `published` event).
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true|WP_Error
	 */
	private function do_publish( array $item, WP_REST_Request $request ) {
		$title    = trim( (string) $request['title'] );
		$question = trim( (string) $request['question'] );
		$answer   = trim( (string) $request['answer'] );
		$post_id  = $this->publisher->publish(
			(int) $item['id'],
			'' !== $title ? $title : (string) $item['subject'],
			'' !== $question ? $question : (string) $item['content'],
			'' !== $answer ? $answer : (string) $item['answer']
		);
		return is_wp_error( $post_id ) ? $post_id : true;
	}

	/**
	 * Closes the item.
	 *
	 * @param array<string, mixed> $item    Item.
	 * @param WP_REST_Request      $request Request.
	 * @return true
	 */
	private function do_close( array $item, WP_REST_Request $request ) {
		$this->items->update_status( (int) $item['id'], FeedbackStatus::CLOSED );
		$this->items->append_event( (int) $item['id'], FeedbackEvent::CLOSED, array( 'body' => (string) $request['reason'] ) );
		return true;
	}

	/**
	 * Permission of an action.
	 *
	 * @since 0.1.0
	 *
	 * @param string $capability Capability.
	 * @return true|WP_Error
	 */
	public static function allowed( string $capability ) {
		if ( current_user_can( $capability ) ) {
			return true;
		}
		$message = Capabilities::ANSWER_FEEDBACK === $capability
			? __( 'Only the board members who approve answers may do this. Ask a publisher or the head of the board.', 'ttdt-portal' )
			: __( 'You are not allowed to handle citizens\' feedback. Ask the head of the editorial board for the moderator or publisher level.', 'ttdt-portal' );
		return new WP_Error( 'ttdt_rest_forbidden', $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Null for empty text.
	 *
	 * @param mixed $value Value.
	 * @return string|null
	 */
	private static function nullable( $value ): ?string {
		$value = trim( (string) $value );
		return '' === $value ? null : $value;
	}
}
