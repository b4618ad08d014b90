<?php
/**
 * The user meta that holds a person's board attributes, and who may write it.
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * Board attributes live in user meta, so a member is an ordinary account and leaving the
 * board is clearing a field, not deleting a person. Registering the keys makes every write
 * path (REST, `update_user_meta` callers behind `auth_callback`) sanitise and check them;
 * reading and validating them is {@see BoardRoster}'s job.
 *
 * @since 0.1.0
 */
final class BoardMeta implements Hookable {

	/**
	 * User meta: board position (`head`, `deputy`, `member`, `standing`), empty when none.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const POSITION_META = 'ttdt_board_position';

	/**
	 * User meta: number of the appointing decision, e.g. "125/QĐ-UBND".
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DECISION_NUMBER_META = 'ttdt_board_decision_number';

	/**
	 * User meta: date of the appointing decision, `Y-m-d`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DECISION_DATE_META = 'ttdt_board_decision_date';

	/**
	 * User meta: first day of the term, `Y-m-d`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TERM_START_META = 'ttdt_board_term_start';

	/**
	 * User meta: last day of the term, `Y-m-d`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const TERM_END_META = 'ttdt_board_term_end';

	/**
	 * Field name => user meta key. A constant map, so every class reads the same keys.
	 *
	 * @since 0.1.0
	 * @var array<string, string>
	 */
	public const FIELDS = array(
		'position'        => self::POSITION_META,
		'decision_number' => self::DECISION_NUMBER_META,
		'decision_date'   => self::DECISION_DATE_META,
		'term_start'      => self::TERM_START_META,
		'term_end'        => self::TERM_END_META,
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register_meta' ) );
	}

	/**
	 * Registers the meta so that only those who manage the board may write it by any path.
	 *
	 * @since 0.1.0
	 */
	public function register_meta(): void {
		foreach ( self::FIELDS as $field => $key ) {
			register_meta(
				'user',
				$key,
				array(
					'type'              => 'string',
					'single'            => true,
					'default'           => '',
					'show_in_rest'      => false,
					'sanitize_callback' => 'decision_number' === $field ? 'sanitize_text_field' : array( self::class, 'sanitize_code' ),
					'auth_callback'     => static fn( $allowed, $meta_key, $object_id ) => current_user_can( Capabilities::MANAGE_BOARD, (int) $object_id ),
				)
			);
		}
	}

	/**
	 * Sanitises a position key or a date: lowercase letters, digits and dashes only.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Raw value.
	 * @return string
	 */
	public static function sanitize_code( $value ): string {
		return is_string( $value ) ? (string) preg_replace( '/[^a-z0-9-]/', '', strtolower( $value ) ) : '';
	}
}
