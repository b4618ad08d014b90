<?php
/**
 * Keeps the reference section ("Tin tham khảo", Art. 7.1) in the administrator's hands.
 *
 * @package Ttdt
 */

namespace Ttdt\Access;

defined( 'ABSPATH' ) || exit;

use Ttdt\Content\Sections;
use Ttdt\Support\Hookable;
use WP_Term;

/**
 * Reference news must always sit in the reference section and be labelled. Renaming the
 * section (its name or slug) would relabel every unconfirmed item as something else, and
 * deleting it would take them out of it; both are system administration (Art. 12.2), so the
 * `edit_term` and `delete_term` meta capabilities of that one term also need
 * `SectionCapabilities::ADMINISTER` — whatever the taxonomy's own capability says (core
 * editors hold `manage_categories`).
 *
 * The paths that do not ask `edit_term`/`delete_term` per term are closed too: the bulk
 * delete of the Categories screen (checks only `delete_categories`) and code calling
 * `wp_update_term()` on behalf of a signed-in user. Code running without a user (WP-CLI,
 * cron) is the site's own and is not limited; if the section is deleted, `ReferenceFiling`
 * re-creates it and files its items again.
 *
 * Kept apart from `Capabilities` (which maps the plugin's own meta capabilities) because it
 * narrows core's term capabilities for one term.
 *
 * @since 0.1.0
 */
final class SectionCapabilities implements Hookable {

	/**
	 * Primitive capability, besides the taxonomy's, needed to change or delete the section:
	 * that of the site's administrators.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const ADMINISTER = 'manage_options';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'map_meta_cap', array( $this, 'map_meta_cap' ), 10, 4 );
		add_filter( 'wp_update_term_data', array( $this, 'keep_name' ), 10, 3 );
		add_action( 'load-edit-tags.php', array( $this, 'guard_bulk_delete' ) );
	}

	/**
	 * Adds the administrator's capability to editing or deleting the reference section.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $caps    Primitive capabilities required.
	 * @param string   $cap     Capability being checked.
	 * @param int      $user_id User being checked.
	 * @param mixed[]  $args    Extra arguments: the term ID.
	 * @return string[]
	 */
	public function map_meta_cap( $caps, $cap, $user_id = 0, $args = array() ) {
		if ( ( 'edit_term' !== $cap && 'delete_term' !== $cap ) || ! self::is_reference_section( (int) ( $args[0] ?? 0 ) ) ) {
			return $caps;
		}
		return array_values( array_unique( array_merge( (array) $caps, array( self::ADMINISTER ) ) ) );
	}

	/**
	 * Keeps the section's name and slug when someone who may not edit it changes it by code.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $data     Term data about to be written (name, slug, group).
	 * @param int                  $term_id  Term ID.
	 * @param string               $taxonomy Taxonomy.
	 * @return array<string, mixed>
	 */
	public function keep_name( $data, $term_id, $taxonomy ) {
		if ( 'category' !== $taxonomy || ! is_array( $data ) || ! self::is_reference_section( (int) $term_id ) ) {
			return $data;
		}
		if ( ! is_user_logged_in() || current_user_can( 'edit_term', (int) $term_id ) ) {
			return $data;
		}
		$term = get_term( (int) $term_id, 'category' );
		if ( $term instanceof WP_Term ) {
			$data['name'] = $term->name;
			$data['slug'] = $term->slug;
		}
		return $data;
	}

	/**
	 * Refuses a bulk delete on the Categories screen that includes the reference section.
	 *
	 * @since 0.1.0
	 */
	public function guard_bulk_delete(): void {
		// Core deletes in bulk only with this nonce; any other request is refused by core anyway.
		$nonce = isset( $_REQUEST['_wpnonce'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['_wpnonce'] ) ) : '';
		if ( ! wp_verify_nonce( $nonce, 'bulk-tags' ) ) {
			return;
		}
		// The list table reads a bulk delete from `action` = delete (or bulk-delete) with `delete_tags`.
		$actions = array(
			isset( $_REQUEST['action'] ) ? sanitize_key( wp_unslash( $_REQUEST['action'] ) ) : '',
			isset( $_REQUEST['action2'] ) ? sanitize_key( wp_unslash( $_REQUEST['action2'] ) ) : '',
		);
		$ids = isset( $_REQUEST['delete_tags'] ) ? array_map( 'absint', wp_unslash( (array) $_REQUEST['delete_tags'] ) ) : array();
		$reference = Sections::term_id( Sections::REFERENCE );
		if ( ! array_intersect( $actions, array( 'delete', 'bulk-delete' ) ) || ! $reference || ! in_array( $reference, $ids, true ) || current_user_can( 'delete_term', $reference ) ) {
			return;
		}
		wp_die(
			esc_html__( 'Only an administrator can delete the reference news section, because every unconfirmed item must stay in it. Untick it and delete the other sections.', 'ttdt-portal' ),
			esc_html__( 'The reference section cannot be deleted', 'ttdt-portal' ),
			array(
				'response'  => 403,
				'back_link' => true,
			)
		);
	}

	/**
	 * Whether a term is the reference section.
	 *
	 * @param int $term_id Term ID.
	 * @return bool
	 */
	private static function is_reference_section( int $term_id ): bool {
		return $term_id > 0 && Sections::term_id( Sections::REFERENCE ) === $term_id;
	}
}
