<?php
/**
 * Where incident reports are stored (Art. 8.2, 13.5).
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;

/**
 * A private post type: no public URL, no core REST route, no admin list. Reports are read and
 * changed only through {@see IncidentsController}, which checks who may see each one. Posts
 * are not workflow items ({@see \Ttdt\Content\ItemTypes}), so no publishing rule applies.
 *
 * @since 0.1.0
 */
final class IncidentPostType implements Hookable {

	/**
	 * Post type name.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'ttdt_incident';

	/**
	 * Meta: kind of incident (one of {@see self::KINDS}).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const KIND_META = 'ttdt_incident_kind';

	/**
	 * Meta: state (one of {@see self::STATES}).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const STATE_META = 'ttdt_incident_state';

	/**
	 * Meta: when it happened, as the reporter gave it (`Y-m-d\TH:i`, site time).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const OCCURRED_META = 'ttdt_incident_occurred';

	/**
	 * Meta: the item concerned (post ID).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ITEM_META = 'ttdt_incident_item';

	/**
	 * Meta: the account concerned (login or name, as the reporter wrote it).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ACCOUNT_META = 'ttdt_incident_account';

	/**
	 * Meta: the audit entry the report is about ("this was not me").
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ENTRY_META = 'ttdt_incident_entry';

	/**
	 * Meta, one row per note: JSON of `at`, `user`, `state`, `text`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NOTE_META = 'ttdt_incident_note';

	/**
	 * Kinds: a leak of confidential material, another security incident, use of one's account
	 * by someone else.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const KINDS = array( 'leak', 'security', 'account' );

	/**
	 * States, in order: reported, being investigated, closed.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const STATES = array( 'open', 'investigating', 'closed' );

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Private, like the registers: a page view registers it only if it reads or writes a
		// record ({@see MetaRegistration}).
		MetaRegistration::on_init( array( $this, 'register' ) );
	}

	/**
	 * Registers the post type.
	 *
	 * @since 0.1.0
	 */
	public function register(): void {
		register_post_type(
			self::NAME,
			array(
				'label'               => __( 'Incident reports', 'ttdt-portal' ),
				'public'              => false,
				'publicly_queryable'  => false,
				'exclude_from_search' => true,
				'show_ui'             => false,
				'show_in_rest'        => false,
				'rewrite'             => false,
				'query_var'           => false,
				'can_export'          => false,
				'supports'            => array( 'title', 'editor', 'author' ),
			)
		);
	}

	/**
	 * Translated names of the states.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function state_labels(): array {
		return array(
			'open'          => _x( 'Open', 'incident state', 'ttdt-portal' ),
			'investigating' => _x( 'Investigating', 'incident state', 'ttdt-portal' ),
			'closed'        => _x( 'Closed', 'incident state', 'ttdt-portal' ),
		);
	}

	/**
	 * Translated names of the kinds.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, string>
	 */
	public static function kind_labels(): array {
		return array(
			'leak'     => _x( 'Suspected leak', 'incident kind', 'ttdt-portal' ),
			'security' => _x( 'Security incident', 'incident kind', 'ttdt-portal' ),
			'account'  => _x( 'Someone else used my account', 'incident kind', 'ttdt-portal' ),
		);
	}
}
