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
				'code'          => array(
					'description' => __( 'Tracking code, grouped for reading aloud.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
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
				'subject'       => array(
					'description' => __( 'Subject.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'content'       => array(
					'description' => __( 'Content as the citizen wrote it.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'topic'         => array(
					'description' => __( 'Topic given when classifying.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'purpose'       => array(
					'description' => __( 'What the citizen asks for, noted when classifying.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'name'          => array(
					'description' => __( 'Citizen\'s name.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'email'         => array(
					'description' => __( 'Citizen\'s e-mail address.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'phone'         => array(
					'description' => __( 'Citizen\'s telephone number.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'address'       => array(
					'description' => __( 'Citizen\'s address.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'holder_id'     => array(
					'description' => __( 'Leader the item is forwarded to.', 'ttdt-portal' ),
					'type'        => array( 'integer', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'holder_name'   => array(
					'description' => __( 'Name of that leader.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'unit_id'       => array(
					'description' => __( 'Unit the item is forwarded to.', 'ttdt-portal' ),
					'type'        => array( 'integer', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'unit_name'     => array(
					'description' => __( 'Name of that unit.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'received_at'   => array(
					'description' => __( 'Time received, ISO 8601 UTC.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'deadline_at'   => array(
					'description' => __( 'End of the answer deadline, ISO 8601 UTC.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'overdue'       => array(
					'description' => __( 'Whether the deadline passed before an answer was sent.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'answered_at'   => array(
					'description' => __( 'Time the answer was sent, ISO 8601 UTC.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'closed_at'     => array(
					'description' => __( 'Time the item was closed, ISO 8601 UTC.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'answer'        => array(
					'description' => __( 'The approved answer.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'unit_answer'   => array(
					'description' => __( 'The latest answer a unit wrote, for the board to review.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'qa_post_id'    => array(
					'description' => __( 'Public Q&A the item was published as.', 'ttdt-portal' ),
					'type'        => array( 'integer', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
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
			FeedbackEvent::RECEIVED        => __( 'Feedback received', 'ttdt-portal' ),
			FeedbackEvent::CLASSIFIED      => __( 'Classified', 'ttdt-portal' ),
			FeedbackEvent::FORWARDED       => __( 'Forwarded', 'ttdt-portal' ),
			FeedbackEvent::UNIT_LINK_SENT  => __( 'Answer link sent to the unit', 'ttdt-portal' ),
			FeedbackEvent::UNIT_ANSWERED   => __( 'The unit answered', 'ttdt-portal' ),
			FeedbackEvent::ANSWER_APPROVED => __( 'Answer approved', 'ttdt-portal' ),
			FeedbackEvent::ANSWER_SENT     => __( 'Answer sent to the citizen', 'ttdt-portal' ),
			FeedbackEvent::PUBLISHED       => __( 'Published as Q&A', 'ttdt-portal' ),
			FeedbackEvent::CLOSED          => __( 'Closed', 'ttdt-portal' ),
			FeedbackEvent::NOTE            => __( 'Note added', 'ttdt-portal' ),
			FeedbackEvent::REMINDED        => __( 'Reminder sent', 'ttdt-portal' ),
			FeedbackEvent::ERASED          => __( 'Contact data erased', 'ttdt-portal' ),
		);
	}
}
