<?php
/**
 * The provenance fields every news item carries (Art. 7.1): source, writer, reference flag,
 * reader-contribution flag and the collaborator who wrote it.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;
use Ttdt\Support\ProtectedMeta;

/**
 * Registers the meta with REST so the block editor, apps and the classic screens share one
 * definition, and answers the questions other parts ask about an item ("is it reference
 * news?").
 *
 * @since 0.1.0
 */
final class ProvenanceMeta implements Hookable {

	/**
	 * Nguồn tin: where the information comes from.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SOURCE = 'ttdt_source';

	/**
	 * Người viết: the writer's name as printed (may be a collaborator without an account).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const WRITER = 'ttdt_writer';

	/**
	 * Tin tham khảo: unconfirmed, reference-only information.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const IS_REFERENCE = 'ttdt_is_reference';

	/**
	 * Ý kiến bạn đọc: a reader's contribution, exempt from source and writer.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const IS_READER_CONTRIBUTION = 'ttdt_is_reader_contribution';

	/**
	 * ID of the registered collaborator who wrote the item (0 when none).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const COLLABORATOR_ID = 'ttdt_collaborator_id';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// After the post types of other features exist (they register on `init` at 10).
		MetaRegistration::on_init( array( self::class, 'register' ), 20 );
		// Hidden from the generic "Custom fields" box: edited there, a stale copy would
		// overwrite what the editor panel saved, and it would bypass the panel's checks.
		ProtectedMeta::add( static fn(): array => array( self::SOURCE, self::WRITER, self::IS_REFERENCE, self::IS_READER_CONTRIBUTION, self::COLLABORATOR_ID ) );
	}

	/**
	 * Post types whose items carry provenance: those under the publish gate (news items,
	 * and whatever other features put under it). Pages such as "Contact" are not news.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function post_types(): array {
		return PublishGate::post_types();
	}

	/**
	 * Whether items of a post type carry provenance.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type name.
	 * @return bool
	 */
	public static function applies_to( string $post_type ): bool {
		return in_array( $post_type, self::post_types(), true );
	}

	/**
	 * Meta key => `register_meta()` arguments.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function definitions(): array {
		return array(
			self::SOURCE                 => array(
				'type'              => 'string',
				'description'       => __( 'Source of the information (nguồn tin).', 'ttdt-portal' ),
				'single'            => true,
				'default'           => '',
				'sanitize_callback' => array( self::class, 'sanitize_text' ),
				'auth_callback'     => array( self::class, 'can_edit' ),
				'show_in_rest'      => true,
			),
			self::WRITER                 => array(
				'type'              => 'string',
				'description'       => __( 'Name of the writer as printed (người viết).', 'ttdt-portal' ),
				'single'            => true,
				'default'           => '',
				'sanitize_callback' => array( self::class, 'sanitize_text' ),
				'auth_callback'     => array( self::class, 'can_edit' ),
				'show_in_rest'      => true,
			),
			self::IS_REFERENCE           => array(
				'type'              => 'boolean',
				'description'       => __( 'Unconfirmed information published for reference only (tin tham khảo).', 'ttdt-portal' ),
				'single'            => true,
				'default'           => false,
				'sanitize_callback' => 'rest_sanitize_boolean',
				'auth_callback'     => array( self::class, 'can_edit' ),
				'show_in_rest'      => true,
			),
			self::IS_READER_CONTRIBUTION => array(
				'type'              => 'boolean',
				'description'       => __( 'A reader\'s contribution, which needs no source or writer (ý kiến bạn đọc).', 'ttdt-portal' ),
				'single'            => true,
				'default'           => false,
				'sanitize_callback' => 'rest_sanitize_boolean',
				'auth_callback'     => array( self::class, 'can_edit' ),
				'show_in_rest'      => true,
			),
			self::COLLABORATOR_ID        => array(
				'type'              => 'integer',
				'description'       => __( 'Registered collaborator who wrote the item.', 'ttdt-portal' ),
				'single'            => true,
				'default'           => 0,
				'sanitize_callback' => array( self::class, 'sanitize_collaborator' ),
				'auth_callback'     => array( self::class, 'can_edit' ),
				'show_in_rest'      => true,
			),
		);
	}

	/**
	 * Registers the meta on news items and on the other item types under the gate.
	 *
	 * @since 0.1.0
	 */
	public static function register(): void {
		// Built once for every type: the definitions carry translated descriptions.
		$definitions = self::definitions();
		foreach ( $definitions as $key => $args ) {
			register_post_meta( 'post', $key, $args );
		}
		foreach ( array_diff( self::post_types(), array( 'post' ) ) as $post_type ) {
			foreach ( $definitions as $key => $args ) {
				register_meta( 'post', $key, array_merge( $args, array( 'object_subtype' => $post_type ) ) );
			}
		}
	}

	/**
	 * Only people who may edit the item may change its provenance.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed  Whether allowed so far.
	 * @param string $meta_key Meta key.
	 * @param int    $post_id  Post ID.
	 * @return bool
	 */
	public static function can_edit( $allowed, $meta_key, $post_id ): bool {
		return current_user_can( 'edit_post', (int) $post_id );
	}

	/**
	 * One line of plain text, trimmed.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Raw value.
	 * @return string
	 */
	public static function sanitize_text( $value ): string {
		return is_scalar( $value ) ? trim( sanitize_text_field( (string) $value ) ) : '';
	}

	/**
	 * A collaborator ID, or 0 when it does not name a registered collaborator.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Raw value.
	 * @return int
	 */
	public static function sanitize_collaborator( $value ): int {
		$id = is_numeric( $value ) ? absint( $value ) : 0;
		return $id && CollaboratorPostType::NAME === get_post_type( $id ) ? $id : 0;
	}

	/**
	 * Whether an item is marked as reference news.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function is_reference( int $post_id ): bool {
		// The raw read: asked for every printed title, and most items have no flag, whose
		// registered default (false) would otherwise be resolved through a filter each time.
		return $post_id > 0 && rest_sanitize_boolean( get_metadata_raw( 'post', $post_id, self::IS_REFERENCE, true ) );
	}

	/**
	 * Whether an item is a reader's contribution.
	 *
	 * @since 0.1.0
	 *
	 * @param int $post_id Post ID.
	 * @return bool
	 */
	public static function is_reader_contribution( int $post_id ): bool {
		// Raw, as `is_reference()`: asked for each item a list prints, and rarely set.
		return $post_id > 0 && rest_sanitize_boolean( get_metadata_raw( 'post', $post_id, self::IS_READER_CONTRIBUTION, true ) );
	}

	/**
	 * Whether `ttdt/post-source` shows anything for an item: one of its post types, with a
	 * writer, a source or the reader's-contribution mark (as its `render.php` decides).
	 *
	 * @since 0.1.0
	 *
	 * @param int         $post_id   Post ID.
	 * @param string|null $post_type Its post type, when the caller knows it.
	 * @return bool
	 */
	public static function shows_source( int $post_id, ?string $post_type = null ): bool {
		return $post_id > 0 && self::applies_to( $post_type ?? (string) get_post_type( $post_id ) )
			&& ( '' !== self::text( $post_id, self::WRITER ) || '' !== self::text( $post_id, self::SOURCE ) || self::is_reader_contribution( $post_id ) );
	}

	/**
	 * A text field of an item.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Post ID.
	 * @param string $key     `SOURCE` or `WRITER`.
	 * @return string
	 */
	public static function text( int $post_id, string $key ): string {
		// Raw, as `is_reference()`: a missing value reads as the registered default ('')
		// without resolving it (and, on a page view, without registering every field first).
		$value = $post_id > 0 ? get_metadata_raw( 'post', $post_id, $key, true ) : null;
		return is_string( $value ) ? $value : '';
	}
}
