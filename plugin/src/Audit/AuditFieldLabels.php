<?php
/**
 * Names of the fields the audit log records.
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Royalty\RulesSchema;

/**
 * Rows store fields by their machine keys (`amount`, `payee_name`, `qa_post_id`); this class
 * names them for {@see AuditPresenter}. A key may mean different things in different features
 * (`state` of an item's approval or of an incident report), so a feature's own names, chosen by
 * the area of the action (`royalty` of `royalty.line_added`), come before the shared ones.
 * Names already shown on the feature's own screens are reused, so both read the same.
 *
 * @since 0.1.0
 */
final class AuditFieldLabels {

	/**
	 * Name of a field recorded by an action, or null when the plugin does not name it.
	 *
	 * @since 0.1.0
	 *
	 * @param string $action Action that recorded the field, e.g. `royalty.line_added`.
	 * @param string $field  Field.
	 * @return string|null
	 */
	public static function label( string $action, string $field ): ?string {
		$own = self::of_area( explode( '.', $action, 2 )[0] );
		return $own[ $field ] ?? self::shared()[ $field ] ?? null;
	}

	/**
	 * Names of the fields one feature records.
	 *
	 * @param string $area Area of the action: `royalty`, `feedback`, `incident`, `plan`, `report`.
	 * @return array<string, string>
	 */
	private static function of_area( string $area ): array {
		switch ( $area ) {
			case 'royalty':
				return array(
					'kind'       => __( 'Kind', 'ttdt-portal' ),
					'amount'     => __( 'Amount', 'ttdt-portal' ),
					'payee_name' => __( 'Payee', 'ttdt-portal' ),
					'item_id'    => __( 'Item', 'ttdt-portal' ),
					'period'     => __( 'Period', 'ttdt-portal' ),
					'lines'      => __( 'Lines', 'ttdt-portal' ),
				) + self::royalty_rules();
			case 'feedback':
				return array(
					'channel'    => __( 'Channel', 'ttdt-portal' ),
					'type'       => __( 'Type', 'ttdt-portal' ),
					'topic'      => __( 'Topic', 'ttdt-portal' ),
					'purpose'    => __( 'Purpose', 'ttdt-portal' ),
					'to'         => __( 'People reminded', 'ttdt-portal' ),
					'overdue'    => __( 'Overdue', 'ttdt-portal' ),
					'user_id'    => __( 'Forwarded to user ID', 'ttdt-portal' ),
					'by'         => __( 'Answer sent by', 'ttdt-portal' ),
					'qa_post_id' => __( 'Q&A item ID', 'ttdt-portal' ),
					'nonce_hash' => __( 'Link fingerprint', 'ttdt-portal' ),
					'expires'    => __( 'Link valid until', 'ttdt-portal' ),
				);
			case 'incident':
				return array(
					'kind'     => __( 'Kind', 'ttdt-portal' ),
					'state'    => __( 'State', 'ttdt-portal' ),
					'occurred' => __( 'When', 'ttdt-portal' ),
					'item'     => __( 'Item', 'ttdt-portal' ),
					'account'  => __( 'Account', 'ttdt-portal' ),
					'entry'    => __( 'Audit log entry', 'ttdt-portal' ),
				);
			case 'plan':
				return array(
					'period' => __( 'Period', 'ttdt-portal' ),
					'year'   => __( 'Year', 'ttdt-portal' ),
				);
			case 'report':
				return array(
					'narrative' => __( 'Assessment of the period', 'ttdt-portal' ),
					'proposals' => __( 'Proposals (rewards, discipline)', 'ttdt-portal' ),
				);
		}
		return array();
	}

	/**
	 * Names of the royalty rules, as the rules form shows them.
	 *
	 * @return array<string, string>
	 */
	private static function royalty_rules(): array {
		$labels = array();
		foreach ( RulesSchema::rules()['properties'] as $key => $schema ) {
			if ( isset( $schema['title'] ) ) {
				$labels[ $key ] = (string) $schema['title'];
			}
		}
		return $labels;
	}

	/**
	 * Names of the fields several features record, or that only one records without clash.
	 *
	 * @return array<string, string>
	 */
	private static function shared(): array {
		return array(
			'status'                      => __( 'Status', 'ttdt-portal' ),
			'state'                       => __( 'Workflow state', 'ttdt-portal' ),
			'note'                        => __( 'Note', 'ttdt-portal' ),
			'reasons'                     => __( 'Reasons', 'ttdt-portal' ),
			'reason'                      => __( 'Reason', 'ttdt-portal' ),
			'sessions'                    => __( 'Sessions open', 'ttdt-portal' ),
			'roles'                       => __( 'Permission level', 'ttdt-portal' ),
			'position'                    => __( 'Board position', 'ttdt-portal' ),
			'decision_number'             => __( 'Decision number', 'ttdt-portal' ),
			'decision_date'               => __( 'Decision date', 'ttdt-portal' ),
			'term_start'                  => __( 'Term starts', 'ttdt-portal' ),
			'term_end'                    => __( 'Term ends', 'ttdt-portal' ),
			'members'                     => __( 'Members reminded', 'ttdt-portal' ),
			'reassigned_to'               => __( 'Content given to user ID', 'ttdt-portal' ),
			'title'                       => __( 'Title', 'ttdt-portal' ),
			'content'                     => __( 'Body', 'ttdt-portal' ),
			'excerpt'                     => __( 'Excerpt', 'ttdt-portal' ),
			'slug'                        => __( 'Permalink', 'ttdt-portal' ),
			'date'                        => __( 'Publication date', 'ttdt-portal' ),
			'password'                    => __( 'Password', 'ttdt-portal' ),
			'author'                      => __( 'Author', 'ttdt-portal' ),
			'parent'                      => __( 'Parent', 'ttdt-portal' ),
			'confidential'                => __( 'Confidential (not for publication)', 'ttdt-portal' ),
			'ttdt_source'                 => __( 'Source', 'ttdt-portal' ),
			'ttdt_writer'                 => __( 'Writer', 'ttdt-portal' ),
			'ttdt_is_reference'           => __( 'Reference news', 'ttdt-portal' ),
			'ttdt_is_reader_contribution' => __( 'Reader contribution', 'ttdt-portal' ),
			'ttdt_collaborator_id'        => __( 'Collaborator ID', 'ttdt-portal' ),
			'ttdt_received_at'            => __( 'Received at', 'ttdt-portal' ),
			'ttdt_received_via'           => __( 'Received via', 'ttdt-portal' ),
			'_thumbnail_id'               => __( 'Featured image ID', 'ttdt-portal' ),
			'name'                        => _x( 'Name', 'category or tag', 'ttdt-portal' ),
			'description'                 => __( 'Description', 'ttdt-portal' ),
			'items'                       => __( 'Items filed in it', 'ttdt-portal' ),
			'comment_status'              => __( 'Handling of the comment', 'ttdt-portal' ),
		);
	}
}
