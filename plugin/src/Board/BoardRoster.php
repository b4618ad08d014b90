<?php
/**
 * The editorial-board roster: who holds which position, appointed by which decision, for
 * which term (Art. 5, 6.1–6.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Board;

defined( 'ABSPATH' ) || exit;

use DateTimeImmutable;
use Ttdt\Access\Capabilities;
use Ttdt\Support\Hookable;
use WP_Error;
use WP_User;

/**
 * Board attributes live in user meta, so a member is an ordinary account and leaving the
 * board is clearing a field, not deleting a person. Every change fires {@see self::UPDATED_ACTION}
 * with the values before and after, which the audit log records.
 *
 * @since 0.1.0
 */
final class BoardRoster implements Hookable {

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
	 * Action fired after a member's board attributes changed.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UPDATED_ACTION = 'ttdt_board_member_updated';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'init', array( $this, 'register_meta' ) );
		add_filter( 'ttdt_admin_screens', array( $this, 'add_screen' ) );
	}

	/**
	 * Field name => user meta key.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function fields(): array {
		return array(
			'position'        => self::POSITION_META,
			'decision_number' => self::DECISION_NUMBER_META,
			'decision_date'   => self::DECISION_DATE_META,
			'term_start'      => self::TERM_START_META,
			'term_end'        => self::TERM_END_META,
		);
	}

	/**
	 * Registers the meta so that only those who manage the board may write it by any path.
	 *
	 * @since 0.1.0
	 */
	public function register_meta(): void {
		foreach ( self::fields() as $field => $key ) {
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

	/**
	 * Adds the roster screen to the plugin's menu.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array{0: string, 1: string, 2: string}> $screens Screens.
	 * @return array<string, array{0: string, 1: string, 2: string}>
	 */
	public function add_screen( array $screens ): array {
		$screens['board'] = array( __( 'Editorial board', 'ttdt-portal' ), __( 'Editorial board and permission levels', 'ttdt-portal' ), Capabilities::VIEW_BOARD );
		return $screens;
	}

	/**
	 * The board members and the staff who hold a role of the contract, board first.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_User[]
	 */
	public static function people(): array {
		$people = array();
		foreach ( get_users( array( 'role__in' => StaffRole::all() ) ) as $user ) {
			$people[ $user->ID ] = $user;
		}
		foreach ( self::members() as $user ) {
			$people[ $user->ID ] = $user;
		}
		return self::sorted( $people );
	}

	/**
	 * Users who hold a board position.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_User[]
	 */
	public static function members(): array {
		return self::sorted(
			get_users(
				array(
					'meta_key'     => self::POSITION_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
					'meta_value'   => BoardPosition::all(), // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
					'meta_compare' => 'IN',
				)
			)
		);
	}

	/**
	 * Users in roster order: by board position (head first, people off the board last), then
	 * by name. Screens sort names again with Vietnamese collation, which PHP may lack.
	 *
	 * @param WP_User[] $users Users.
	 * @return WP_User[]
	 */
	private static function sorted( array $users ): array {
		$order = array_flip( BoardPosition::all() );
		usort(
			$users,
			static function ( WP_User $a, WP_User $b ) use ( $order ): int {
				$rank_a = $order[ self::position( $a->ID ) ] ?? count( $order );
				$rank_b = $order[ self::position( $b->ID ) ] ?? count( $order );
				return $rank_a <=> $rank_b ?: strcmp( $a->display_name, $b->display_name );
			}
		);
		return $users;
	}

	/**
	 * A user's board position, or '' for none.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User ID.
	 * @return string
	 */
	public static function position( int $user_id ): string {
		$position = (string) get_user_meta( $user_id, self::POSITION_META, true );
		return in_array( $position, BoardPosition::all(), true ) ? $position : '';
	}

	/**
	 * A user's board attributes.
	 *
	 * @since 0.1.0
	 *
	 * @param int $user_id User ID.
	 * @return array<string, string> Field name => value.
	 */
	public static function read( int $user_id ): array {
		$values = array();
		foreach ( self::fields() as $field => $key ) {
			$values[ $field ] = (string) get_user_meta( $user_id, $key, true );
		}
		$values['position'] = self::position( $user_id );
		return $values;
	}

	/**
	 * Validates and stores a partial change of a user's board attributes.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_User              $user    The member.
	 * @param array<string, mixed> $changes Field name => new value; other fields keep theirs.
	 * @return array<string, string>|WP_Error The attributes after the change, or why not.
	 */
	public static function update( WP_User $user, array $changes ) {
		$before = self::read( $user->ID );
		$after  = array_merge( $before, array_map( 'strval', array_intersect_key( $changes, self::fields() ) ) );

		$valid = self::validate( $after );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}

		foreach ( self::fields() as $field => $key ) {
			if ( $after[ $field ] === $before[ $field ] ) {
				continue;
			}
			if ( '' === $after[ $field ] ) {
				delete_user_meta( $user->ID, $key );
			} else {
				update_user_meta( $user->ID, $key, $after[ $field ] );
			}
		}

		$after   = self::read( $user->ID );
		$changed = array_keys( array_diff_assoc( $after, $before ) );
		if ( $changed ) {
			$keys = array_flip( $changed );

			/**
			 * Fires after a member's board position, appointing decision or term changed.
			 *
			 * @since 0.1.0
			 *
			 * @param int                   $user_id The member.
			 * @param array<string, string> $after   Changed fields after the change.
			 * @param array<string, string> $before  The same fields before it.
			 */
			do_action( self::UPDATED_ACTION, $user->ID, array_intersect_key( $after, $keys ), array_intersect_key( $before, $keys ) );
		}
		return $after;
	}

	/**
	 * Checks a full set of attributes: a known position, real dates, a term that ends after
	 * it starts.
	 *
	 * @param array<string, string> $values Field name => value.
	 * @return true|WP_Error
	 */
	private static function validate( array $values ) {
		if ( '' !== $values['position'] && ! in_array( $values['position'], BoardPosition::all(), true ) ) {
			return new WP_Error( 'ttdt_board_position', __( 'Choose a board position from the list: head, deputy head, member or standing office.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		foreach ( array( 'decision_date', 'term_start', 'term_end' ) as $field ) {
			if ( '' !== $values[ $field ] && ! self::is_date( $values[ $field ] ) ) {
				return new WP_Error( 'ttdt_board_date', __( 'A date is not valid. Enter dates as dd/mm/yyyy, e.g. 15/03/2024.', 'ttdt-portal' ), array( 'status' => 400 ) );
			}
		}
		if ( '' !== $values['term_start'] && '' !== $values['term_end'] && $values['term_end'] < $values['term_start'] ) {
			return new WP_Error( 'ttdt_board_term', __( 'The term must end after it starts. Check the two term dates.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		return true;
	}

	/**
	 * Whether a string is a real calendar date written `Y-m-d`.
	 *
	 * @since 0.1.0
	 *
	 * @param string $value Value.
	 * @return bool
	 */
	public static function is_date( string $value ): bool {
		$date = DateTimeImmutable::createFromFormat( '!Y-m-d', $value );
		return $date && $date->format( 'Y-m-d' ) === $value;
	}
}
