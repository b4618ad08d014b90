<?php
/**
 * The shape of a feedback item as the inbox reads it.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\EnumLabels;

/**
 * One schema for the list, the detail and the generated TypeScript type.
 *
 * @since 0.1.0
 */
final class InboxSchema {

	/**
	 * JSON schema of an inbox item.
	 *
	 * @since 0.1.0
	 * @contract FeedbackItem
	 *
	 * @return array<string, mixed>
	 */
	public static function item(): array {
		$text     = static fn( string $description ): array => array(
			'description' => $description,
			'type'        => 'string',
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
		$nullable = static fn( string $description, string $type = 'string' ): array => array(
			'description' => $description,
			'type'        => array( $type, 'null' ),
			'context'     => array( 'view', 'edit' ),
			'readonly'    => true,
		);
		$schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-feedback-item',
			'type'       => 'object',
			'properties' => array(
				'id'            => array(
					'description' => __( 'Item ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'code'          => $text( __( 'Tracking code, grouped for reading aloud.', 'ttdt-portal' ) ),
				'type'          => array(
					'description' => __( 'Type of feedback.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => FeedbackType::all(),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'status'        => array(
					'description' => __( 'Where the item is in its handling.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => FeedbackStatus::all(),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'channel'       => array(
					'description' => __( 'How the feedback arrived.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => FeedbackChannel::all(),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'subject'       => $text( __( 'Subject.', 'ttdt-portal' ) ),
				'content'       => $text( __( 'Content as the citizen wrote it.', 'ttdt-portal' ) ),
				'topic'         => $nullable( __( 'Topic given when classifying.', 'ttdt-portal' ) ),
				'purpose'       => $nullable( __( 'What the citizen asks for, noted when classifying.', 'ttdt-portal' ) ),
				'name'          => $text( __( 'Citizen\'s name.', 'ttdt-portal' ) ),
				'email'         => $nullable( __( 'Citizen\'s e-mail address.', 'ttdt-portal' ) ),
				'phone'         => $nullable( __( 'Citizen\'s telephone number.', 'ttdt-portal' ) ),
				'address'       => $nullable( __( 'Citizen\'s address.', 'ttdt-portal' ) ),
				'holder_id'     => $nullable( __( 'Leader the item is forwarded to.', 'ttdt-portal' ), 'integer' ),
				'holder_name'   => $nullable( __( 'Name of that leader.', 'ttdt-portal' ) ),
				'unit_id'       => $nullable( __( 'Unit the item is forwarded to.', 'ttdt-portal' ), 'integer' ),
				'unit_name'     => $nullable( __( 'Name of that unit.', 'ttdt-portal' ) ),
				'received_at'   => $text( __( 'Time received, ISO 8601 UTC.', 'ttdt-portal' ) ),
				'deadline_at'   => $nullable( __( 'End of the answer deadline, ISO 8601 UTC.', 'ttdt-portal' ) ),
				'overdue'       => array(
					'description' => __( 'Whether the deadline passed before an answer was sent.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'answered_at'   => $nullable( __( 'Time the answer was sent, ISO 8601 UTC.', 'ttdt-portal' ) ),
				'closed_at'     => $nullable( __( 'Time the item was closed, ISO 8601 UTC.', 'ttdt-portal' ) ),
				'answer'        => $nullable( __( 'The approved answer.', 'ttdt-portal' ) ),
				'unit_answer'   => $nullable( __( 'The latest answer a unit wrote, for the board to review.', 'ttdt-portal' ) ),
				'qa_post_id'    => $nullable( __( 'Public Q&A the item was published as.', 'ttdt-portal' ), 'integer' ),
				'erased'        => array(
					'description' => __( 'Whether the citizen\'s personal data were erased.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'events'        => array(
					'description' => __( 'The item\'s history, oldest first (the detail only).', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'id'         => array( 'type' => 'integer' ),
							'kind'       => array( 'type' => 'string' ),
							'label'      => array( 'type' => 'string' ),
							'user_name'  => array( 'type' => 'string' ),
							'unit_name'  => array( 'type' => 'string' ),
							'body'       => array( 'type' => array( 'string', 'null' ) ),
							'created_at' => array( 'type' => 'string' ),
						),
					),
				),
				'files'         => array(
					'description' => __( 'Attached files (the detail only).', 'ttdt-portal' ),
					'type'        => 'array',
					'context'     => array( 'edit' ),
					'readonly'    => true,
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'id'       => array( 'type' => 'integer' ),
							'name'     => array( 'type' => 'string' ),
							'size'     => array( 'type' => 'integer' ),
							'from_unit' => array( 'type' => 'boolean' ),
						),
					),
				),
			),
		);
		return EnumLabels::add(
			$schema,
			array(
				'type'    => FeedbackType::labels(),
				'status'  => FeedbackStatus::labels(),
				'channel' => FeedbackChannel::labels(),
			)
		);
	}

	/**
	 * Names of the history's event kinds.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function event_labels(): array {
		return array(
			FeedbackEvent::RECEIVED        => __( 'Received', 'ttdt-portal' ),
			FeedbackEvent::CLASSIFIED      => __( 'Classified', 'ttdt-portal' ),
			FeedbackEvent::FORWARDED       => __( 'Forwarded', 'ttdt-portal' ),
			FeedbackEvent::UNIT_LINK_SENT  => __( 'Answer link sent to the unit', 'ttdt-portal' ),
			FeedbackEvent::UNIT_ANSWERED   => __( 'The unit answered', 'ttdt-portal' ),
			FeedbackEvent::ANSWER_APPROVED => __( 'Answer approved', 'ttdt-portal' ),
			FeedbackEvent::ANSWER_SENT     => __( 'Answer sent to the citizen', 'ttdt-portal' ),
			FeedbackEvent::PUBLISHED       => __( 'Published as Q&A', 'ttdt-portal' ),
			FeedbackEvent::CLOSED          => __( 'Closed', 'ttdt-portal' ),
			FeedbackEvent::NOTE            => __( 'Note', 'ttdt-portal' ),
			FeedbackEvent::REMINDED        => __( 'Reminder sent', 'ttdt-portal' ),
			FeedbackEvent::ERASED          => __( 'Personal data erased', 'ttdt-portal' ),
		);
	}
}
