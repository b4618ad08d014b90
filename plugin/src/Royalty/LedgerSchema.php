<?php
/**
 * JSON schema of a royalty line and the names of its kinds and statuses.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\EnumLabels;

/**
 * One schema for the REST responses and arguments of the ledger.
 *
 * @since 0.1.0
 */
final class LedgerSchema {

	/**
	 * Kind => name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function kind_labels(): array {
		return array(
			'royalty'      => __( 'Royalty', 'ttdt-portal' ),
			'fee_editing'  => __( 'Editing fee', 'ttdt-portal' ),
			'fee_research' => __( 'Research fee', 'ttdt-portal' ),
			'fee_approval' => __( 'Approval fee', 'ttdt-portal' ),
			'stipend'      => __( 'Board stipend', 'ttdt-portal' ),
			'reversal'     => __( 'Reversal', 'ttdt-portal' ),
		);
	}

	/**
	 * Status => name.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function status_labels(): array {
		return array(
			'open'  => _x( 'Open', 'royalty line not yet finalised', 'ttdt-portal' ),
			'final' => __( 'Finalised', 'ttdt-portal' ),
			'paid'  => __( 'Paid', 'ttdt-portal' ),
		);
	}

	/**
	 * Schema of one line, with the names of kinds and statuses.
	 *
	 * @since 0.1.0
	 * @contract RoyaltyLine
	 *
	 * @return array<string, mixed>
	 */
	public static function line(): array {
		$int   = array(
			'type'     => 'integer',
			'context'  => array( 'view', 'edit' ),
			'readonly' => true,
		);
		$text  = array_merge( $int, array( 'type' => 'string' ) );
		$props = array(
			'id'              => array_merge( $int, array( 'description' => __( 'Line ID.', 'ttdt-portal' ) ) ),
			'period'          => array_merge( $text, array( 'description' => __( 'Month the line belongs to, yyyy-mm.', 'ttdt-portal' ) ) ),
			'accrued_on'      => array_merge( $text, array( 'description' => __( 'Date the amount became due (publication date).', 'ttdt-portal' ) ) ),
			'kind'            => array_merge( array_merge( $text, array( 'description' => __( 'Kind of line.', 'ttdt-portal' ) ) ), array( 'enum' => Ledger::KINDS ) ),
			'status'          => array_merge( array_merge( $text, array( 'description' => __( 'Open, finalised or paid.', 'ttdt-portal' ) ) ), array( 'enum' => Ledger::STATUSES ) ),
			'item_id'         => array_merge( $int, array( 'description' => __( 'Item the amount is for, 0 for none.', 'ttdt-portal' ) ) ),
			'item_title'      => array_merge( $text, array( 'description' => __( 'Title of the item.', 'ttdt-portal' ) ) ),
			'genre'           => array_merge( $text, array( 'description' => __( 'Genre key.', 'ttdt-portal' ) ) ),
			'grade'           => array_merge( $text, array( 'description' => __( 'Grade key.', 'ttdt-portal' ) ) ),
			'payee_user_id'   => array_merge( $int, array( 'description' => __( 'Account of the payee, 0 for someone without one.', 'ttdt-portal' ) ) ),
			'payee_name'      => array_merge( $text, array( 'description' => __( 'Name of the payee.', 'ttdt-portal' ) ) ),
			'share_percent'   => array_merge( $int, array( 'description' => __( 'Share of the item\'s royalty, in percent.', 'ttdt-portal' ) ) ),
			'computed_amount' => array_merge( $int, array( 'description' => __( 'Amount as computed from the rules, in VND.', 'ttdt-portal' ) ) ),
			'reverses_id'     => array_merge( $int, array( 'description' => __( 'Line this one reverses, 0 for none.', 'ttdt-portal' ) ) ),
			'amount'          => array(
				'description' => __( 'Amount in VND.', 'ttdt-portal' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 1000000000,
				'context'     => array( 'view', 'edit' ),
				'required'    => true,
			),
			'note'            => array(
				'description' => __( 'Reason of the last change, or a note.', 'ttdt-portal' ),
				'type'        => 'string',
				'minLength'   => 3,
				'maxLength'   => 500,
				'context'     => array( 'view', 'edit' ),
				'required'    => true,
				'arg_options' => array( 'sanitize_callback' => 'sanitize_text_field' ),
			),
		);
		$schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-royalty-line',
			'type'       => 'object',
			'properties' => $props,
		);
		return EnumLabels::add(
			$schema,
			array(
				'kind'   => self::kind_labels(),
				'status' => self::status_labels(),
			)
		);
	}
}
