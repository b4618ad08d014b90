<?php
/**
 * Records the creation, renaming and deletion of categories and tags (Art. 8.2).
 *
 * @package Ttdt
 */

namespace Ttdt\Audit;

defined( 'ABSPATH' ) || exit;

use Ttdt\Publishing\PublishGate;
use Ttdt\Support\WriteSide;
use WP_Term;

/**
 * The sections of the portal are categories: renaming or deleting one changes where readers
 * find items (and deleting the reference section can unlabel its items). Entries name the
 * taxonomy as the object type (`category`, `post_tag`) and the term ID as the object ID;
 * which items a category held is recorded by {@see ItemChangeRecorder} on each item.
 *
 * @since 0.1.0
 */
final class TermRecorder implements WriteSide {

	/**
	 * Term ID => its fields before the update under way.
	 *
	 * @var array<int, array<string, string>>
	 */
	private array $before = array();

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'created_term', array( $this, 'created' ), 10, 3 );
		add_action( 'edit_terms', array( $this, 'editing' ), 10, 2 );
		add_action( 'edited_term', array( $this, 'edited' ), 10, 3 );
		add_action( 'delete_term', array( $this, 'deleted' ), 10, 5 );
	}

	/**
	 * A term created.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $term_id  Term ID.
	 * @param int    $tt_id    Term taxonomy ID, unused.
	 * @param string $taxonomy Taxonomy.
	 */
	public function created( $term_id, $tt_id, $taxonomy ): void {
		$term = get_term( (int) $term_id, (string) $taxonomy );
		if ( $term instanceof WP_Term && self::tracks( $term->taxonomy ) ) {
			$this->append( 'term.create', $term, null, array_filter( self::fields( $term ) ) );
		}
	}

	/**
	 * Before a term is updated: its fields.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $term_id  Term ID.
	 * @param string $taxonomy Taxonomy.
	 */
	public function editing( $term_id, $taxonomy ): void {
		$term = get_term( (int) $term_id, (string) $taxonomy );
		if ( $term instanceof WP_Term && self::tracks( $term->taxonomy ) ) {
			$this->before[ (int) $term_id ] = self::fields( $term );
		}
	}

	/**
	 * A term updated: the fields that changed, old name included.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $term_id  Term ID.
	 * @param int    $tt_id    Term taxonomy ID, unused.
	 * @param string $taxonomy Taxonomy.
	 */
	public function edited( $term_id, $tt_id, $taxonomy ): void {
		$old = $this->before[ (int) $term_id ] ?? null;
		unset( $this->before[ (int) $term_id ] );
		$term = get_term( (int) $term_id, (string) $taxonomy );
		if ( null === $old || ! $term instanceof WP_Term ) {
			return;
		}
		$before = array();
		$after  = array();
		foreach ( self::fields( $term ) as $field => $value ) {
			if ( $old[ $field ] !== $value ) {
				$before[ $field ] = $old[ $field ];
				$after[ $field ]  = $value;
			}
		}
		if ( $after ) {
			$this->append( 'term.edit', $term, $before, $after );
		}
	}

	/**
	 * A term deleted, with how many items it held.
	 *
	 * @since 0.1.0
	 *
	 * @param int     $term_id    Term ID.
	 * @param int     $tt_id      Term taxonomy ID, unused.
	 * @param string  $taxonomy   Taxonomy.
	 * @param WP_Term $deleted    The term as it was.
	 * @param int[]   $object_ids Objects it held.
	 */
	public function deleted( $term_id, $tt_id, $taxonomy, $deleted = null, $object_ids = array() ): void {
		if ( ! $deleted instanceof WP_Term || ! self::tracks( (string) $taxonomy ) ) {
			return;
		}
		$before          = array_filter( self::fields( $deleted ) );
		$before['items'] = count( (array) $object_ids );
		$this->append( 'term.delete', $deleted, $before, null );
	}

	/**
	 * Whether terms of a taxonomy are recorded: those of the items under the publish gate.
	 *
	 * @param string $taxonomy Taxonomy.
	 * @return bool
	 */
	private static function tracks( string $taxonomy ): bool {
		return 'post_format' !== $taxonomy && in_array( $taxonomy, get_object_taxonomies( PublishGate::post_types() ), true );
	}

	/**
	 * The recorded fields of a term; the parent by name.
	 *
	 * @param WP_Term $term Term.
	 * @return array<string, string>
	 */
	private static function fields( WP_Term $term ): array {
		$parent = $term->parent ? get_term( (int) $term->parent, $term->taxonomy ) : null;
		return array(
			'name'        => (string) $term->name,
			'slug'        => (string) $term->slug,
			'parent'      => $parent instanceof WP_Term ? (string) $parent->name : '',
			'description' => (string) $term->description,
		);
	}

	/**
	 * Appends an entry about a term, by the current user.
	 *
	 * @param string                    $action Action.
	 * @param WP_Term                   $term   Term.
	 * @param array<string, mixed>|null $before Before.
	 * @param array<string, mixed>|null $after  After.
	 */
	private function append( string $action, WP_Term $term, ?array $before, ?array $after ): void {
		AuditLog::append( new AuditEntry( $action, sanitize_key( $term->taxonomy ), (int) $term->term_id, (string) $term->name, $before, $after ) );
	}
}
