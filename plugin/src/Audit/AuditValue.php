<?php
/**
 * A recorded value of the audit log as people read it.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Board\BoardPosition;
use Ttdt\Board\StaffRole;
use Ttdt\Drafts\CommentStatus;
use Ttdt\Feedback\FeedbackChannel;
use Ttdt\Feedback\FeedbackType;
use Ttdt\Plans\PlanPeriod;
use Ttdt\Plans\PlanRules;
use Ttdt\Royalty\LedgerSchema;
use Ttdt\Royalty\Money;
use Ttdt\Royalty\RulesSchema;
use Ttdt\Security\IncidentPostType;
use Ttdt\Security\SessionEndReason;

/**
 * Rows keep machine values (`publish`, `ttdt_updater`, `2024-03-15`, `everywhere_else`);
 * {@see AuditPresenter} names them through this class, on the screen and in the CSV export.
 *
 * @since 0.1.0
 */
final class AuditValue {

	/**
	 * A value of a field recorded by an action, as people read it. Some codes are named only
	 * for the action or feature that records them: a `reason` is a code when sessions end, but
	 * free text when a royalty line is adjusted; a `kind` is a royalty line's or an incident
	 * report's; an `amount` of the royalty ledger is in đồng.
	 *
	 * @since 0.1.0
	 *
	 * @param string $action Action that recorded the value.
	 * @param string $field  Field.
	 * @param mixed  $value  Value.
	 * @return string
	 */
	public static function read( string $action, string $field, $value ): string {
		$codes = self::codes( $action );
		if ( is_string( $value ) && isset( $codes[ $field ][ $value ] ) ) {
			return $codes[ $field ][ $value ];
		}
		if ( str_starts_with( $action, 'royalty.' ) ) {
			$royalty = self::royalty( $field, $value );
			if ( null !== $royalty ) {
				return $royalty;
			}
		}
		if ( in_array( $field, array( 'item_id', 'item', 'entry' ), true ) && 0 === $value ) {
			return ''; // No item (a stipend, an incident about no item).
		}
		return self::plain( $field, $value );
	}

	/**
	 * Field => code => name, for the codes an action records.
	 *
	 * @param string $action Action.
	 * @return array<string, array<string, string>>
	 */
	private static function codes( string $action ): array {
		if ( 'user.sessions_end' === $action ) {
			return array( 'reason' => SessionEndReason::labels() );
		}
		switch ( explode( '.', $action, 2 )[0] ) {
			case 'royalty':
				return array( 'kind' => LedgerSchema::kind_labels() );
			case 'feedback':
				return array(
					'channel' => FeedbackChannel::labels(),
					'type'    => FeedbackType::labels(),
					'by'      => array(
						'email'  => __( 'E-mail', 'ttdt-portal' ),
						'lookup' => __( 'Tracking code lookup', 'ttdt-portal' ),
					),
				);
			case 'incident':
				return array(
					'kind'  => IncidentPostType::kind_labels(),
					'state' => IncidentPostType::state_labels(),
				);
			case 'plan':
				return array(
					'status' => PlanRules::labels(),
					'period' => PlanPeriod::labels(),
				);
		}
		return array();
	}

	/**
	 * A value of the royalty ledger or rules: amounts in đồng, months as mm/yyyy, and the
	 * rules as their form shows them. Null when the value has no such form.
	 *
	 * @param string $field Field.
	 * @param mixed  $value Value.
	 * @return string|null
	 */
	private static function royalty( string $field, $value ): ?string {
		if ( 'amount' === $field && is_numeric( $value ) ) {
			return Money::format( (int) $value );
		}
		if ( 'period' === $field && is_string( $value ) && preg_match( '/^(\d{4})-(\d{2})$/', $value, $parts ) ) {
			return $parts[2] . '/' . $parts[1];
		}
		$schema = RulesSchema::rules()['properties'][ $field ] ?? array();
		if ( ! isset( $schema['title'] ) ) {
			return null;
		}
		$number = static fn( $number ): string => ! empty( $schema['x-money'] ) ? Money::format( (int) $number ) : number_format_i18n( (float) $number, is_float( $number ) ? 2 : 0 );
		if ( is_numeric( $value ) ) {
			return $number( $value );
		}
		if ( ! is_array( $value ) ) {
			return null;
		}
		$parts = array();
		foreach ( $value as $key => $rule ) {
			if ( is_array( $rule ) && isset( $rule['from'], $rule['value'] ) ) {
				// A dated value: "01/07/2024: 2.340.000 đ".
				$parts[] = self::plain( 'from', $rule['from'] ) . ': ' . $number( $rule['value'] );
			} elseif ( is_array( $rule ) && isset( $rule['label'] ) ) {
				// A genre or a grade: "News item: 0.20".
				$factor  = $rule['coefficient'] ?? $rule['multiplier'] ?? null;
				$parts[] = $rule['label'] . ( is_numeric( $factor ) ? ': ' . number_format_i18n( (float) $factor, 2 ) : '' );
			} elseif ( is_numeric( $rule ) ) {
				// A stipend or a fee: "Head of the board: 2.000.000 đ".
				$parts[] = ( $schema['properties'][ $key ]['title'] ?? $key ) . ': ' . Money::format( (int) $rule );
			}
		}
		return $parts ? implode( '; ', $parts ) : null;
	}

	/**
	 * A value as people read it: statuses, roles and positions by name, dates as dd/mm/yyyy.
	 *
	 * @param string $field Field.
	 * @param mixed  $value Value.
	 * @return string
	 */
	private static function plain( string $field, $value ): string {
		if ( null === $value || '' === $value || array() === $value ) {
			return '';
		}
		if ( 'status' === $field && is_string( $value ) ) {
			return self::status_label( $value );
		}
		if ( 'comment_status' === $field && is_string( $value ) ) {
			return CommentStatus::labels()[ $value ] ?? $value;
		}
		if ( 'state' === $field && is_string( $value ) ) {
			return self::state_labels()[ $value ] ?? $value;
		}
		if ( 'roles' === $field && is_array( $value ) ) {
			return implode( ', ', array_map( static fn( $role ) => StaffRole::label( (string) $role ), $value ) );
		}
		if ( in_array( $field, array( 'content', 'excerpt' ), true ) && is_string( $value ) && preg_match( '/^(\d+):(\w+)$/', $value, $parts ) ) {
			/* translators: 1: number of characters, 2: short fingerprint that tells two versions apart. */
			return sprintf( _n( '%1$s character (version %2$s)', '%1$s characters (version %2$s)', (int) $parts[1], 'ttdt-portal' ), number_format_i18n( (int) $parts[1] ), $parts[2] );
		}
		if ( 'password' === $field && is_string( $value ) ) {
			/* translators: %s: short fingerprint that tells two passwords apart, never the password. */
			return sprintf( __( 'Protected (version %s)', 'ttdt-portal' ), $value );
		}
		if ( 'position' === $field && is_string( $value ) ) {
			return BoardPosition::label( $value );
		}
		if ( is_string( $value ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $parts ) ) {
			return $parts[3] . '/' . $parts[2] . '/' . $parts[1];
		}
		if ( is_string( $value ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2})/', $value, $parts ) ) {
			return $parts[3] . '/' . $parts[2] . '/' . $parts[1] . ' ' . $parts[4];
		}
		if ( is_bool( $value ) ) {
			return $value ? __( 'Yes', 'ttdt-portal' ) : __( 'No', 'ttdt-portal' );
		}
		if ( is_array( $value ) ) {
			return array_is_list( $value ) && array_filter( $value, 'is_scalar' ) === $value
				? implode( '; ', array_map( 'strval', $value ) )
				: (string) wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		}
		return is_scalar( $value ) ? (string) $value : '';
	}

	/**
	 * Name of a post status. Core's own labels are used only for statuses the plugin does not
	 * name: some language packs lack them, and an audit trail must read the same everywhere.
	 *
	 * @param string $status Post status; `new` and `auto-draft` mean "did not exist yet".
	 * @return string
	 */
	private static function status_label( string $status ): string {
		$labels = array(
			'new'        => '',
			'auto-draft' => '',
			'draft'      => _x( 'Draft', 'post status', 'ttdt-portal' ),
			'pending'    => _x( 'Pending review', 'post status', 'ttdt-portal' ),
			'future'     => _x( 'Scheduled', 'post status', 'ttdt-portal' ),
			'publish'    => _x( 'Published', 'post status', 'ttdt-portal' ),
			'private'    => _x( 'Private', 'post status', 'ttdt-portal' ),
			'trash'      => _x( 'Trash', 'post status', 'ttdt-portal' ),
		);
		if ( isset( $labels[ $status ] ) ) {
			return $labels[ $status ];
		}
		$object = get_post_status_object( $status );
		return $object ? (string) $object->label : $status;
	}

	/**
	 * Names of the approval workflow's states.
	 *
	 * @return array<string, string>
	 */
	private static function state_labels(): array {
		return array(
			'draft'     => _x( 'Draft', 'workflow state', 'ttdt-portal' ),
			'returned'  => _x( 'Returned', 'workflow state', 'ttdt-portal' ),
			'submitted' => _x( 'Waiting for approval', 'workflow state', 'ttdt-portal' ),
			'approved'  => _x( 'Approved', 'workflow state', 'ttdt-portal' ),
			'published' => _x( 'Published', 'workflow state', 'ttdt-portal' ),
		);
	}
}
