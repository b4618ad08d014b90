<?php
/**
 * The collaborator registry in WordPress's personal-data export and erase tools.
 *
 * @package Ttdt
 */

namespace Ttdt\Collaborators;

defined( 'ABSPATH' ) || exit;

use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Support\Hookable;
use WP_Post;

/**
 * Requests are matched by e-mail: the record's own address or its linked account's, on every
 * stored record — trashed ones too (the registry's "delete" only trashes) — and on their
 * revisions and autosaves.
 *
 * Erasing removes everything stored about the person: the record's fields, notes, linked
 * account, revisions and autosaves, in the trash as anywhere else. Only the name stays, on a
 * record that items point to, because it is printed on those items as their writer (Art.
 * 7.1) and the items are kept under the archive rules (Art. 6.3.6); a record no item points
 * to is deleted outright.
 *
 * @since 0.1.0
 */
final class CollaboratorPrivacy implements Hookable {

	/**
	 * Exporter and eraser ID, and export group ID.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ID = 'ttdt-collaborators';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ) );
	}

	/**
	 * Adds the exporter.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array<string, mixed>> $exporters Exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( $exporters ): array {
		$exporters                = (array) $exporters;
		$exporters[ self::ID ] = array(
			'exporter_friendly_name' => __( 'Collaborator registry', 'ttdt-portal' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Adds the eraser.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, array<string, mixed>> $erasers Erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( $erasers ): array {
		$erasers              = (array) $erasers;
		$erasers[ self::ID ] = array(
			'eraser_friendly_name' => __( 'Collaborator registry', 'ttdt-portal' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Exports the records reachable at an e-mail address (one page holds them all).
	 *
	 * @since 0.1.0
	 *
	 * @param string $email E-mail address.
	 * @param int    $page  Page, from 1.
	 * @return array{data: array<int, array<string, mixed>>, done: bool}
	 */
	public function export( $email, $page = 1 ): array {
		$items = array();
		foreach ( CollaboratorLookup::find_by_email( (string) $email ) as $record ) {
			$items[] = array(
				'group_id'          => self::ID,
				'group_label'       => __( 'Collaborator registry', 'ttdt-portal' ),
				'group_description' => __( 'Your entry in the register of collaborators of the e-information page.', 'ttdt-portal' ),
				'item_id'           => 'ttdt-collaborator-' . $record->ID,
				'data'              => self::export_fields( $record ),
			);
			foreach ( CollaboratorLookup::revisions( $record->ID ) as $revision ) {
				$items[] = array(
					'group_id'    => self::ID,
					'group_label' => __( 'Collaborator registry', 'ttdt-portal' ),
					'item_id'     => 'ttdt-collaborator-' . $record->ID . '-' . $revision->ID,
					'data'        => self::export_fields( $revision, false ),
				);
			}
		}
		return array(
			'data' => $items,
			'done' => true,
		);
	}

	/**
	 * Erases the records reachable at an e-mail address.
	 *
	 * @since 0.1.0
	 *
	 * @param string $email E-mail address.
	 * @param int    $page  Page, from 1.
	 * @return array{items_removed: bool, items_retained: bool, messages: string[], done: bool}
	 */
	public function erase( $email, $page = 1 ): array {
		$removed  = false;
		$retained = false;
		$messages = array();
		foreach ( CollaboratorLookup::find_by_email( (string) $email ) as $record ) {
			foreach ( CollaboratorLookup::revisions( $record->ID ) as $revision ) {
				$removed = (bool) wp_delete_post( $revision->ID, true ) || $removed;
			}
			if ( ! self::item_ids( $record->ID, 1 ) ) {
				$removed = (bool) wp_delete_post( $record->ID, true ) || $removed;
				continue;
			}
			$removed    = self::erase_details( $record ) || $removed;
			$retained   = true;
			$messages[] = sprintf(
				/* translators: %s: the collaborator's name. */
				__( 'The name "%s" was kept in the collaborator registry because it is printed as the writer of published items, which are archived.', 'ttdt-portal' ),
				$record->post_title
			);
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => $retained,
			'messages'       => $messages,
			'done'           => true,
		);
	}

	/**
	 * Removes all a kept record holds about the person but its name.
	 *
	 * @param WP_Post $record Collaborator.
	 * @return bool Whether anything was removed.
	 */
	private static function erase_details( WP_Post $record ): bool {
		global $wpdb;
		$removed = false;
		foreach ( array_keys( (array) get_post_meta( $record->ID ) ) as $key ) {
			// The trash bookkeeping says nothing about the person and lets the record be restored.
			if ( str_starts_with( (string) $key, '_wp_trash_meta_' ) ) {
				continue;
			}
			$removed = delete_post_meta( $record->ID, (string) $key ) || $removed;
		}
		if ( '' !== $record->post_content || '' !== $record->post_excerpt ) {
			// Directly: the type has no editor, and this must not fire the save hooks of items.
			$wpdb->update( $wpdb->posts, array( 'post_content' => '', 'post_excerpt' => '' ), array( 'ID' => $record->ID ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one row, cache cleaned below.
			clean_post_cache( $record->ID );
			$removed = true;
		}
		return $removed;
	}

	/**
	 * Name/value pairs of one record or of one of its revisions.
	 *
	 * @param WP_Post $record     Collaborator, or a revision of one.
	 * @param bool    $with_items Whether to list the items written and the registration date.
	 * @return array<int, array{name: string, value: string}>
	 */
	private static function export_fields( WP_Post $record, bool $with_items = true ): array {
		$fields = array(
			__( 'Full name', 'ttdt-portal' )         => $record->post_title,
			__( 'Unit', 'ttdt-portal' )              => (string) get_post_meta( $record->ID, CollaboratorPostType::META_UNIT, true ),
			__( 'Telephone', 'ttdt-portal' )         => (string) get_post_meta( $record->ID, CollaboratorPostType::META_PHONE, true ),
			__( 'E-mail', 'ttdt-portal' )            => (string) get_post_meta( $record->ID, CollaboratorPostType::META_EMAIL, true ),
			__( 'Notes', 'ttdt-portal' )             => (string) get_post_meta( $record->ID, CollaboratorPostType::META_NOTES, true ),
		);
		if ( $with_items ) {
			$fields[ __( 'Registered on', 'ttdt-portal' ) ] = (string) get_the_date( 'd/m/Y', $record );
			$fields[ __( 'Items written', 'ttdt-portal' ) ] = implode( "\n", array_map( 'get_the_title', self::item_ids( $record->ID, 500 ) ) );
			if ( 'trash' === $record->post_status ) {
				$fields[ __( 'Status', 'ttdt-portal' ) ] = __( 'Deleted from the registry (in the trash)', 'ttdt-portal' );
			}
		} else {
			// A revision or autosave: what it held, and when.
			$fields = array( __( 'Earlier version of the entry', 'ttdt-portal' ) => (string) get_the_date( 'd/m/Y H:i', $record ) ) + $fields;
		}
		$data = array();
		foreach ( array_filter( $fields, 'strlen' ) as $name => $value ) {
			$data[] = array(
				'name'  => (string) $name,
				'value' => $value,
			);
		}
		return $data;
	}

	/**
	 * IDs of the items (any status but trash) linked to a collaborator.
	 *
	 * @param int $collaborator_id Collaborator ID.
	 * @param int $limit           Most IDs.
	 * @return int[]
	 */
	private static function item_ids( int $collaborator_id, int $limit ): array {
		return array_map(
			'intval',
			get_posts(
				array(
					'post_type'      => ProvenanceMeta::post_types(),
					'post_status'    => array( 'publish', 'future', 'draft', 'pending', 'private' ),
					'meta_key'       => ProvenanceMeta::COLLABORATOR_ID, // phpcs:ignore WordPress.DB.SlowDBQuery -- privacy requests are rare.
					'meta_value'     => $collaborator_id, // phpcs:ignore WordPress.DB.SlowDBQuery -- privacy requests are rare.
					'fields'         => 'ids',
					'posts_per_page' => $limit,
					'no_found_rows'  => true,
				)
			)
		);
	}
}
