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
use WP_Error;
use WP_User;

/**
 * Reads and changes the roster. Built once in `Plugin::boot()` and handed to those who need
 * it. Every change fires {@see self::UPDATED_ACTION} with the values before and after, which
 * the audit log records. The meta keys themselves are {@see BoardMeta}'s.
 *
 * @since 0.1.0
 */
final class BoardRoster {

	/**
	 * Action fired after a member's board attributes changed.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const UPDATED_ACTION = 'ttdt_board_member_updated';

	/**
	 * Field names a change may carry.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public function fields(): array {
		return array_keys( BoardMeta::FIELDS );
	}

	/**
	 * The board members and the staff who hold a role of the contract, board first.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_User[]
	 */
	public function people(): array {
		$people = array();
		foreach ( get_users( array( 'role__in' => StaffRole::all() ) ) as $user ) {
			$people[ $user->ID ] = $user;
		}
		foreach ( $this->members() as $user ) {
			$people[ $user->ID ] = $user;
		}
		return $this->sorted( $people );
	}

	/**
	 * Users who hold a board position.
	 *
	 * @since 0.1.0
	 *
	 * @return WP_User[]
	 */
	public function members(): array {
		return $this->sorted(
			get_users(
				array(
					'meta_key'     => BoardMeta::POSITION_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of users.
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
	private function sorted( array $users ): array {
		$order = array_flip( BoardPosition::all() );
		usort(
			$users,
			function ( WP_User $a, WP_User $b ) use ( $order ): int {
				$rank_a = $order[ $this->position( $a->ID ) ] ?? count( $order );
				$rank_b = $order[ $this->position( $b->ID ) ] ?? count( $order );
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
	public function position( int $user_id ): string {
		$position = (string) get_user_meta( $user_id, BoardMeta::POSITION_META, true );
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
	public function read( int $user_id ): array {
		$values = array();
		foreach ( BoardMeta::FIELDS as $field => $key ) {
			$values[ $field ] = (string) get_user_meta( $user_id, $key, true );
		}
		$values['position'] = $this->position( $user_id );
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
	public function update( WP_User $user, array $changes ) {
		$before = $this->read( $user->ID );
		$after  = array_merge( $before, array_map( 'strval', array_intersect_key( $changes, BoardMeta::FIELDS ) ) );

		$valid = $this->validate( $after );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}

		foreach ( BoardMeta::FIELDS as $field => $key ) {
			if ( $after[ $field ] === $before[ $field ] ) {
				continue;
			}
			if ( '' === $after[ $field ] ) {
				delete_user_meta( $user->ID, $key );
			} else {
				update_user_meta( $user->ID, $key, $after[ $field ] );
			}
		}

		$after   = $this->read( $user->ID );
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
	private function validate( array $values ) {
		if ( '' !== $values['position'] && ! in_array( $values['position'], BoardPosition::all(), true ) ) {
			return new WP_Error( 'ttdt_board_position', __( 'Choose a board position from the list: head, deputy head, member or standing office.', 'ttdt-portal' ), array( 'status' => 400 ) );
		}
		foreach ( array( 'decision_date', 'term_start', 'term_end' ) as $field ) {
			if ( '' !== $values[ $field ] && ! $this->is_date( $values[ $field ] ) ) {
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
	public function is_date( string $value ): bool {
		$date = DateTimeImmutable::createFromFormat( '!Y-m-d', $value );
		return $date && $date->format( 'Y-m-d' ) === $value;
	}
}
