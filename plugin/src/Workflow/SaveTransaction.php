<?php
/**
 * One transaction around each save of an item through core (editor, REST, quick edit…).
 *
 * @package Ttdt
 */

namespace Ttdt\Workflow;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\ItemTypes;
use Ttdt\Support\WriteSide;
use Ttdt\Support\Transaction;

/**
 * Publishing through core writes the post row first; the approval, the history and the audit
 * entries follow in hooks (`transition_post_status`, `wp_after_insert_post`). A database lost
 * in between would leave an item public without its approval record. The transaction opens
 * just before core writes the row (`wp_insert_post_data`, the last filter before the query) and
 * closes once every hook of the save has run, so the save is stored whole or not at all. A REST
 * save whose transaction could not be committed answers 503, never "saved".
 *
 * @since 0.1.0
 */
final class SaveTransaction implements WriteSide {

	/**
	 * Transaction depth at which this save's level was opened; null when none is open.
	 *
	 * @var int|null
	 */
	private ?int $opened_at = null;

	/**
	 * Whether a save of this request could not be stored.
	 *
	 * @var bool
	 */
	private bool $lost = false;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_insert_post_data', array( $this, 'begin' ), PHP_INT_MAX, 1 );
		add_action( 'wp_after_insert_post', array( $this, 'finish' ), PHP_INT_MAX, 0 );
		add_filter( 'rest_request_after_callbacks', array( $this, 'rest_result' ), PHP_INT_MAX, 1 );
		// A save that stopped before its last hook (an error in core) is closed at the end.
		add_action( 'shutdown', array( $this, 'finish' ), 0, 0 );
	}

	/**
	 * Opens the transaction before core writes an item's row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data Post row about to be written.
	 * @return array<string, mixed> The same.
	 */
	public function begin( $data ) {
		if ( null === $this->opened_at && is_array( $data ) && ItemTypes::covers( (string) ( $data['post_type'] ?? '' ) ) && 'auto-draft' !== ( $data['post_status'] ?? '' ) && Transaction::supported() ) {
			$this->opened_at = Transaction::depth();
			Transaction::begin();
		}
		return $data;
	}

	/**
	 * Commits the save (rolls it back when a query failed).
	 *
	 * @since 0.1.0
	 */
	public function finish(): void {
		// Only the level this save opened, and only when everything opened since is closed.
		if ( null === $this->opened_at || Transaction::depth() !== $this->opened_at + 1 ) {
			return;
		}
		$this->opened_at = null;
		if ( ! Transaction::end( true ) ) {
			$this->lost = true;
		}
	}

	/**
	 * A REST request whose save was not stored answers with the error.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $response Result of the endpoint.
	 * @return mixed
	 */
	public function rest_result( $response ) {
		$this->finish();
		if ( $this->lost ) {
			$this->lost = false;
			return Transaction::database_error();
		}
		return $response;
	}
}
