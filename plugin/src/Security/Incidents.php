<?php
/**
 * Filing and handling incident reports.
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Audit\AuditLog;
use Ttdt\Support\Transaction;
use WP_Error;
use WP_Post;

/**
 * Every step of a report is a change of its state or a note, written with its audit entry in
 * one transaction: the log must show who reported what and who closed it (Art. 8.2, 13.5).
 * The head is told by mail as soon as a report is filed, whatever path filed it.
 *
 * @since 0.1.0
 */
final class Incidents {

	/**
	 * Allowed changes of state: investigate or close an open report, close one under
	 * investigation, reopen a closed one for investigation.
	 *
	 * @var array<string, string[]>
	 */
	private const MOVES = array(
		'open'          => array( 'investigating', 'closed' ),
		'investigating' => array( 'closed' ),
		'closed'        => array( 'investigating' ),
	);

	/**
	 * Mailer.
	 *
	 * @var IncidentMailer
	 */
	private IncidentMailer $mailer;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param IncidentMailer $mailer Tells the handlers.
	 */
	public function __construct( IncidentMailer $mailer ) {
		$this->mailer = $mailer;
	}

	/**
	 * Files a report by a user; already validated by the schema.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $fields   `kind`, `description`, `occurred_at`, `item_id`, `account`, `audit_entry`.
	 * @param int                  $reporter User ID.
	 * @return int|WP_Error The report's ID.
	 */
	public function report( array $fields, int $reporter ) {
		$description = trim( (string) ( $fields['description'] ?? '' ) );
		if ( '' === $description ) {
			return new WP_Error( 'ttdt_incident_description', __( 'Describe what happened, then send the report again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$kind = in_array( $fields['kind'] ?? '', IncidentPostType::KINDS, true ) ? (string) $fields['kind'] : 'security';
		$meta = array(
			IncidentPostType::KIND_META     => $kind,
			IncidentPostType::STATE_META    => 'open',
			IncidentPostType::OCCURRED_META => (string) ( $fields['occurred_at'] ?? '' ),
			IncidentPostType::ITEM_META     => (int) ( $fields['item_id'] ?? 0 ),
			IncidentPostType::ACCOUNT_META  => (string) ( $fields['account'] ?? '' ),
			IncidentPostType::ENTRY_META    => (int) ( $fields['audit_entry'] ?? 0 ),
		);
		$id = Transaction::run(
			static function () use ( $description, $meta, $reporter ) {
				$id = wp_insert_post(
					array(
						'post_type'    => IncidentPostType::NAME,
						'post_status'  => 'private',
						'post_author'  => $reporter,
						'post_title'   => wp_trim_words( $description, 12, '…' ),
						'post_content' => $description,
						'meta_input'   => $meta,
					),
					true
				);
				if ( is_wp_error( $id ) ) {
					return $id;
				}
				AuditLog::record( 'incident.report', 'incident', (int) $id, get_the_title( $id ), null, self::audited( $meta ) );
				return (int) $id;
			}
		);
		if ( ! is_wp_error( $id ) ) {
			$this->mailer->reported( (array) $this->get( $id ) );
		}
		return $id;
	}

	/**
	 * Moves a report to a state and/or adds a note.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $id    Report ID.
	 * @param string $state New state ('' or the current one to only add a note).
	 * @param string $note  Note.
	 * @param int    $actor Who.
	 * @return array<string, mixed>|WP_Error The report after the change.
	 */
	public function change( int $id, string $state, string $note, int $actor ) {
		$report = $this->get( $id );
		if ( null === $report ) {
			return new WP_Error( 'ttdt_incident_missing', __( 'This incident report does not exist. Reload the list.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		$from  = $report['state'];
		$state = '' === $state ? $from : $state;
		$note  = trim( $note );
		if ( $state !== $from && ! in_array( $state, self::MOVES[ $from ] ?? array(), true ) ) {
			return new WP_Error( 'ttdt_incident_state', __( 'A report cannot move to this state from its current one. Reload it and choose another step.', 'ttdt-portal' ), array( 'status' => 409 ) );
		}
		if ( '' === $note && ( $state === $from || 'closed' === $state ) ) {
			return new WP_Error( 'ttdt_incident_note', __( 'Write a note saying what was found or done, then save again.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$result = Transaction::run(
			static function () use ( $id, $from, $state, $note, $actor, $report ) {
				if ( $state !== $from ) {
					update_post_meta( $id, IncidentPostType::STATE_META, $state );
				}
				if ( '' !== $note ) {
					add_post_meta(
						$id,
						IncidentPostType::NOTE_META,
						wp_slash( (string) wp_json_encode( array( 'at' => gmdate( 'c' ), 'user' => $actor, 'state' => $state, 'text' => $note ), JSON_UNESCAPED_UNICODE ) )
					);
				}
				AuditLog::record( $state !== $from ? 'incident.state' : 'incident.note', 'incident', $id, $report['title'], array( 'state' => $from ), array( 'state' => $state, 'note' => $note ) );
				return true;
			}
		);
		return is_wp_error( $result ) ? $result : (array) $this->get( $id );
	}

	/**
	 * One report, or null.
	 *
	 * @since 0.1.0
	 *
	 * @param int $id Report ID.
	 * @return array<string, mixed>|null
	 */
	public function get( int $id ): ?array {
		$post = get_post( $id );
		return $post instanceof WP_Post && IncidentPostType::NAME === $post->post_type ? self::shape( $post ) : null;
	}

	/**
	 * Reports, newest first: one reporter's, or all.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $reporter Reporter's user ID, 0 for everyone's.
	 * @param string $state    Only this state, '' for all.
	 * @return array<int, array<string, mixed>>
	 */
	public function find( int $reporter, string $state = '' ): array {
		$args = array(
			'post_type'      => IncidentPostType::NAME,
			'post_status'    => 'private',
			'posts_per_page' => 500,
			'orderby'        => array(
				'date' => 'DESC',
				'ID'   => 'DESC',
			),
			'no_found_rows'  => true,
		);
		if ( $reporter ) {
			$args['author'] = $reporter;
		}
		if ( '' !== $state ) {
			$args['meta_key']   = IncidentPostType::STATE_META;
			$args['meta_value'] = $state;
		}
		return array_map( array( self::class, 'shape' ), get_posts( $args ) );
	}

	/**
	 * The number of reports not yet closed.
	 *
	 * @since 0.1.0
	 *
	 * @return int
	 */
	public function unresolved(): int {
		return count( $this->find( 0, 'open' ) ) + count( $this->find( 0, 'investigating' ) );
	}

	/**
	 * A report as the API and the mail read it.
	 *
	 * @param WP_Post $post The report.
	 * @return array<string, mixed>
	 */
	private static function shape( WP_Post $post ): array {
		$reporter = get_userdata( (int) $post->post_author );
		$notes    = array();
		foreach ( (array) get_post_meta( $post->ID, IncidentPostType::NOTE_META ) as $json ) {
			$note = json_decode( (string) $json, true );
			if ( is_array( $note ) ) {
				$author  = get_userdata( (int) ( $note['user'] ?? 0 ) );
				$notes[] = array(
					'at'    => self::site_time( (string) ( $note['at'] ?? '' ) ),
					'user'  => $author ? $author->display_name : '',
					'state' => (string) ( $note['state'] ?? '' ),
					'text'  => (string) ( $note['text'] ?? '' ),
				);
			}
		}
		return array(
			'id'          => $post->ID,
			'title'       => $post->post_title,
			'description' => $post->post_content,
			'kind'        => (string) get_post_meta( $post->ID, IncidentPostType::KIND_META, true ),
			'state'       => (string) get_post_meta( $post->ID, IncidentPostType::STATE_META, true ),
			'occurred_at' => (string) get_post_meta( $post->ID, IncidentPostType::OCCURRED_META, true ),
			'item_id'     => (int) get_post_meta( $post->ID, IncidentPostType::ITEM_META, true ),
			'account'     => (string) get_post_meta( $post->ID, IncidentPostType::ACCOUNT_META, true ),
			'audit_entry' => (int) get_post_meta( $post->ID, IncidentPostType::ENTRY_META, true ),
			'reporter'    => (int) $post->post_author,
			'reporter_name' => $reporter ? $reporter->display_name : '',
			'reported_at' => get_date_from_gmt( $post->post_date_gmt, 'Y-m-d\TH:i:s' ),
			'notes'       => $notes,
		);
	}

	/**
	 * A note's moment, stored in UTC, in site time like `reported_at`.
	 *
	 * @param string $stored ISO 8601 with its offset, as written by gmdate( 'c' ).
	 * @return string Y-m-d\TH:i:s in the site's zone, or '' when unreadable.
	 */
	private static function site_time( string $stored ): string {
		$moment = '' === $stored ? false : strtotime( $stored );
		return false === $moment ? '' : wp_date( 'Y-m-d\TH:i:s', $moment );
	}

	/**
	 * The report's fields as the audit entry keeps them.
	 *
	 * @param array<string, mixed> $meta Meta.
	 * @return array<string, mixed>
	 */
	private static function audited( array $meta ): array {
		$audited = array();
		foreach ( $meta as $key => $value ) {
			$audited[ substr( $key, strlen( 'ttdt_incident_' ) ) ] = $value;
		}
		return $audited;
	}
}
