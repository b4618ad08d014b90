<?php
/**
 * The one list of post types that are editorial items: they go through the approval workflow,
 * the publishing gate, the source/writer rules and the audit log.
 *
 * @package Ttdt
 */

namespace Ttdt\Content;

defined( 'ABSPATH' ) || exit;

use Ttdt\Business\BusinessPostType;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Drafts\DraftPostType;

/**
 * News items, directive documents (Art. 4.1.4), administrative procedures (Art. 2.2, 4.1.3),
 * drafts for public comment (Art. 4.1.5) and business promotion entries (Art. 11) are all
 * published by the board under the same rules (Art. 8, 12): one list, read by the workflow,
 * the gate, provenance and the audit log, so a new type cannot be half covered.
 *
 * @since 0.1.0
 */
final class ItemTypes {

	/**
	 * Filter of the item post types (kept under the gate's original name for extensions).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FILTER = 'ttdt_gated_post_types';

	/**
	 * The plugin's own item types.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const BUILT_IN = array( 'post', DocumentPostType::NAME, ProcedurePostType::NAME, DraftPostType::NAME, BusinessPostType::NAME );

	/**
	 * Every item post type.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function all(): array {
		// Asked once per printed title on public pages: skip the filter call when nothing
		// hooks it (checked on every call, so an extension added later is still heard).
		if ( ! has_filter( self::FILTER ) ) {
			return self::BUILT_IN;
		}
		/**
		 * Filters the post types that go through the workflow and the publishing rules.
		 *
		 * @since 0.1.0
		 *
		 * @param string[] $post_types Post type names.
		 */
		$types = (array) apply_filters( self::FILTER, self::BUILT_IN );
		return array_values( array_unique( array_map( 'strval', $types ) ) );
	}

	/**
	 * Whether a post type is an item type.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type name.
	 * @return bool
	 */
	public static function covers( string $post_type ): bool {
		return in_array( $post_type, self::all(), true );
	}
}
