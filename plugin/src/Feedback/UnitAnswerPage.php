<?php
/**
 * The page a unit writes its answer on, opened from its e-mailed link, without an account.
 *
 * @package Ttdt
 */

namespace Ttdt\Feedback;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Units\UnitPostType;

/**
 * `/?ttdt_unit_answer=<token>`: GET shows the matter (never the citizen's contact data) and
 * a form; POST stores the answer through `UnitLink::consume()`, which refuses a forged,
 * expired, replaced or used link. The token is the only credential, so the page is never
 * cached, indexed or sent on as a referrer.
 *
 * @since 0.1.0
 */
final class UnitAnswerPage implements Hookable {

	/**
	 * Longest answer accepted, in characters.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_ANSWER = 10000;

	/**
	 * Unit links.
	 *
	 * @var UnitLink
	 */
	private UnitLink $links;

	/**
	 * Repository.
	 *
	 * @var FeedbackRepository
	 */
	private FeedbackRepository $items;

	/**
	 * Attachment storage (intake's: the same checks and private folder as the citizens').
	 *
	 * @var FeedbackFiles
	 */
	private FeedbackFiles $files;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param UnitLink           $links Unit links.
	 * @param FeedbackRepository $items Repository.
	 * @param FeedbackFiles      $files Attachment storage.
	 */
	public function __construct( UnitLink $links, FeedbackRepository $items, FeedbackFiles $files ) {
		$this->links = $links;
		$this->items = $items;
		$this->files = $files;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'template_redirect', array( $this, 'maybe_render' ), 0 );
	}

	/**
	 * Serves the page when the query variable is present.
	 *
	 * @since 0.1.0
	 */
	public function maybe_render(): void {
		// The signed token is the credential: no nonce (the unit has no session).
		$token = isset( $_GET[ UnitLink::QUERY_VAR ] ) ? sanitize_text_field( wp_unslash( $_GET[ UnitLink::QUERY_VAR ] ) ) : null;
		if ( null === $token ) {
			return;
		}
		nocache_headers();
		header( 'Referrer-Policy: no-referrer' );
		header( 'X-Robots-Tag: noindex, nofollow' );

		$method = isset( $_SERVER['REQUEST_METHOD'] ) ? strtoupper( sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) ) : 'GET';
		if ( 'POST' === $method ) {
			$this->handle_post( $token );
		} else {
			$link = $this->links->verify( $token );
			if ( is_wp_error( $link ) ) {
				$this->page( (int) $link->get_error_data()['status'], __( 'The link cannot be used', 'ttdt-portal' ), '<p role="alert">' . esc_html( $link->get_error_message() ) . '</p>' );
			} else {
				$this->page( 200, __( 'Your unit\'s answer', 'ttdt-portal' ), $this->form( $link, $token, '', '' ) );
			}
		}
		exit;
	}

	/**
	 * Stores a posted answer.
	 *
	 * @param string $token Token.
	 */
	private function handle_post( string $token ): void {
		$answer = isset( $_POST['answer'] ) ? sanitize_textarea_field( wp_unslash( $_POST['answer'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- the signed token is the credential.
		$link   = $this->links->verify( $token );
		if ( is_wp_error( $link ) ) {
			$this->page( (int) $link->get_error_data()['status'], __( 'The link cannot be used', 'ttdt-portal' ), '<p role="alert">' . esc_html( $link->get_error_message() ) . '</p>' );
			return;
		}
		$error = '';
		if ( '' === trim( $answer ) ) {
			$error = __( 'Write your unit\'s answer before sending it.', 'ttdt-portal' );
		} elseif ( mb_strlen( $answer ) > self::MAX_ANSWER ) {
			/* translators: %d: maximum number of characters. */
			$error = sprintf( __( 'The answer is too long. Please keep it under %d characters, or attach the details as a file.', 'ttdt-portal' ), self::MAX_ANSWER );
		}
		$checked = array();
		if ( '' === $error ) {
			$checked = FeedbackFiles::check( FeedbackFiles::from_field( $_FILES['files'] ?? null ) ); // phpcs:ignore WordPress.Security -- the signed token is the credential; checked by FeedbackFiles::check().
			if ( is_wp_error( $checked ) ) {
				$error = $checked->get_error_message();
			}
		}
		if ( '' !== $error ) {
			$this->page( 400, __( 'Your unit\'s answer', 'ttdt-portal' ), $this->form( $link, $token, $answer, $error ) );
			return;
		}
		$rows = $this->files->store( $checked );
		if ( is_wp_error( $rows ) ) {
			$this->page( 503, __( 'The answer was not stored', 'ttdt-portal' ), '<p role="alert">' . esc_html( $rows->get_error_message() ) . '</p>' );
			return;
		}
		$stored = $this->links->consume( $token, $answer, $rows );
		if ( is_wp_error( $stored ) ) {
			FeedbackFiles::discard( $rows );
			$status = (int) ( $stored->get_error_data()['status'] ?? 500 );
			$this->page( $status, __( 'The answer was not stored', 'ttdt-portal' ), '<p role="alert">' . esc_html( $stored->get_error_message() ) . '</p>' );
			return;
		}
		$this->page( 200, __( 'Thank you', 'ttdt-portal' ), '<p role="status">' . esc_html__( 'Your answer was sent to the commune\'s editorial board, which will review it and answer the citizen. This link can no longer be used.', 'ttdt-portal' ) . '</p>' );
	}

	/**
	 * The matter and the form.
	 *
	 * @param array<string, mixed> $link   Verified link.
	 * @param string               $token  Token.
	 * @param string               $answer Answer typed so far.
	 * @param string               $error  Error to show.
	 * @return string HTML.
	 */
	private function form( array $link, string $token, string $answer, string $error ): string {
		$item = $this->items->find( (int) $link['item_id'] );
		$unit = UnitPostType::find( (int) $link['unit_id'] );
		if ( ! $item ) {
			return '<p role="alert">' . esc_html__( 'This feedback item no longer exists.', 'ttdt-portal' ) . '</p>';
		}
		$html  = '<dl class="matter">';
		$html .= '<dt>' . esc_html__( 'Unit', 'ttdt-portal' ) . '</dt><dd>' . esc_html( $unit ? $unit['name'] : '' ) . '</dd>';
		$html .= '<dt>' . esc_html__( 'Code', 'ttdt-portal' ) . '</dt><dd>' . esc_html( TrackingCode::format( (string) $item['code'] ) ) . '</dd>';
		$html .= '<dt>' . esc_html__( 'Type', 'ttdt-portal' ) . '</dt><dd>' . esc_html( FeedbackType::label( (string) $item['type'] ) ) . '</dd>';
		$html .= '<dt>' . esc_html__( 'Subject', 'ttdt-portal' ) . '</dt><dd>' . esc_html( (string) $item['subject'] ) . '</dd>';
		$html .= '</dl><blockquote>' . wpautop( esc_html( (string) $item['content'] ) ) . '</blockquote>';
		$html .= '<form method="post" action="' . esc_url( UnitLink::url( $token ) ) . '" enctype="multipart/form-data">';
		if ( '' !== $error ) {
			$html .= '<p class="error" role="alert" id="answer-error">' . esc_html( $error ) . '</p>';
		}
		$html .= '<p><label for="answer">' . esc_html__( 'Answer of your unit', 'ttdt-portal' ) . '</label>';
		$html .= '<textarea id="answer" name="answer" rows="10" required maxlength="' . esc_attr( (string) self::MAX_ANSWER ) . '"' . ( '' !== $error ? ' aria-invalid="true" aria-describedby="answer-error"' : '' ) . '>' . esc_textarea( $answer ) . '</textarea></p>';
		/* translators: %d: maximum number of files. */
		$html .= '<p><label for="files">' . esc_html( sprintf( __( 'Attached files (up to %d photos or PDF documents)', 'ttdt-portal' ), FeedbackFiles::MAX_FILES ) ) . '</label>';
		$html .= '<input type="file" id="files" name="files[]" multiple accept="' . esc_attr( implode( ',', array_keys( FeedbackFiles::TYPES ) ) ) . '"></p>';
		$html .= '<p><button type="submit">' . esc_html__( 'Send the answer to the board', 'ttdt-portal' ) . '</button></p></form>';
		return $html;
	}

	/**
	 * Prints a whole page.
	 *
	 * @param int    $status HTTP status.
	 * @param string $title  Heading.
	 * @param string $body   Escaped HTML.
	 */
	private function page( int $status, string $title, string $body ): void {
		status_header( $status );
		header( 'Content-Type: text/html; charset=utf-8' );
		echo '<!DOCTYPE html><html lang="' . esc_attr( str_replace( '_', '-', determine_locale() ) ) . '"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">';
		echo '<title>' . esc_html( $title . ' – ' . get_bloginfo( 'name' ) ) . '</title>';
		echo '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1e1e1e}textarea{width:100%;font:inherit}label{font-weight:600;display:block}button{font:inherit;padding:.5rem 1rem}.error,[role=alert]{color:#b32d2e}dt{font-weight:600}blockquote{border-left:4px solid #ccc;margin:1rem 0;padding-left:1rem}</style></head><body><main>';
		echo '<h1>' . esc_html( $title ) . '</h1>' . $body . '</main></body></html>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $body is built escaped by the callers.
	}
}
