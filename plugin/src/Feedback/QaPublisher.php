<?php
/**
 * Publishes a feedback item's question and answer as public Q&A.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use WP_Error;

/**
 * Used by the handling side once the board chose to publish. The board writes the question
 * as it should read in public; any of the citizen's own name, e-mail, phone or address still
 * in the text is masked before anything is saved, so the person cannot be identified from
 * the Q&A page.
 *
 * @since 0.1.0
 */
final class QaPublisher {

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $repository;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param FeedbackRepository $repository Repository.
	 */
	public function __construct( FeedbackRepository $repository ) {
		$this->repository = $repository;
	}

	/**
	 * Publishes (or updates) the Q&A of an item, by the current user.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $feedback_id Item ID.
	 * @param string $title       Public question title.
	 * @param string $question    Public question text.
	 * @param string $answer      Public answer text (plain text, paragraphs by blank lines).
	 * @return int|WP_Error The Q&A post ID.
	 */
	public function publish( int $feedback_id, string $title, string $question, string $answer ) {
		if ( ! current_user_can( Capabilities::ANSWER_FEEDBACK ) ) {
			return new WP_Error( 'ttdt_rest_forbidden', __( 'Only the board members who approve answers may publish them as questions and answers.', 'ttdt-portal' ), array( 'status' => rest_authorization_required_code() ) );
		}
		$item = $this->repository->find( $feedback_id );
		if ( ! $item ) {
			return new WP_Error( 'ttdt_feedback_missing', __( 'This feedback item does not exist.', 'ttdt-portal' ), array( 'status' => 404 ) );
		}
		$title    = self::mask( $item, sanitize_text_field( $title ) );
		$question = self::mask( $item, sanitize_textarea_field( $question ) );
		$answer   = self::mask( $item, sanitize_textarea_field( $answer ) );
		if ( '' === $title || '' === $answer ) {
			return new WP_Error( 'ttdt_qa_incomplete', __( 'Please write the question\'s title and the answer before publishing.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		$postarr = array(
			'post_type'    => QaPostType::NAME,
			'post_status'  => 'publish',
			'post_title'   => $title,
			'post_content' => self::content( $question, $answer ),
			'meta_input'   => array( QaPostType::META_TYPE => (string) $item['type'] ),
		);
		if ( ! empty( $item['qa_post_id'] ) && get_post( (int) $item['qa_post_id'] ) ) {
			$postarr['ID'] = (int) $item['qa_post_id'];
		}
		$post_id = wp_insert_post( wp_slash( $postarr ), true );
		if ( is_wp_error( $post_id ) ) {
			return $post_id;
		}
		$this->repository->update( $feedback_id, array( 'qa_post_id' => $post_id ) );
		$this->repository->append_event( $feedback_id, FeedbackEvent::PUBLISHED, array( 'data' => array( 'qa_post_id' => $post_id ) ) );
		return $post_id;
	}

	/**
	 * Masks the citizen's own data in a text.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $item Item row.
	 * @param string               $text Text.
	 * @return string
	 */
	public static function mask( array $item, string $text ): string {
		$personal = array();
		foreach ( array( 'name', 'email', 'phone', 'address' ) as $column ) {
			$value = trim( (string) ( $item[ $column ] ?? '' ) );
			if ( mb_strlen( $value ) >= 3 ) {
				$personal[] = $value;
			}
		}
		foreach ( $personal as $value ) {
			$text = (string) preg_replace( '/' . preg_quote( $value, '/' ) . '/iu', '***', $text );
		}
		if ( ! empty( $item['phone'] ) ) {
			// The number typed with spaces or dots, as people write it.
			$digits  = str_split( ltrim( (string) $item['phone'], '+' ) );
			$pattern = '/' . implode( '[\s.\-]?', array_map( static fn( $d ) => preg_quote( $d, '/' ), $digits ) ) . '/u';
			$text    = (string) preg_replace( $pattern, '***', $text );
		}
		return $text;
	}

	/**
	 * The post content: the question, then the answer under a heading.
	 *
	 * @param string $question Question.
	 * @param string $answer   Answer.
	 * @return string Block markup.
	 */
	private static function content( string $question, string $answer ): string {
		$paragraphs = static function ( string $text, string $class_name ): string {
			$out = '';
			foreach ( preg_split( "/\n\s*\n/", trim( $text ) ) ?: array() as $paragraph ) {
				if ( '' === trim( $paragraph ) ) {
					continue;
				}
				$out .= '<!-- wp:paragraph {"className":"' . $class_name . '"} --><p class="' . $class_name . '">' . nl2br( esc_html( trim( $paragraph ) ), false ) . '</p><!-- /wp:paragraph -->';
			}
			return $out;
		};
		return $paragraphs( $question, 'ttdt-qa__question' )
			. '<!-- wp:heading {"level":3} --><h3 class="wp-block-heading">' . esc_html__( 'Answer', 'ttdt-portal' ) . '</h3><!-- /wp:heading -->'
			. $paragraphs( $answer, 'ttdt-qa__answer' );
	}
}
