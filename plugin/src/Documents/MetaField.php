<?php
/**
 * Shapes of the registered fields of documents and procedures.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

/**
 * Each field is registered with a REST schema (refused with a 400 when it does not fit) and a
 * sanitiser that runs on every other path, so a value stored by any path has the same shape.
 *
 * @since 0.1.0
 */
final class MetaField {

	/**
	 * A date: `YYYY-MM-DD`, or empty for "not set".
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const DATE_PATTERN = '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$';

	/**
	 * Who may change the fields of an item: whoever may edit it.
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
	 * One line of text, at most `$max` characters.
	 *
	 * @since 0.1.0
	 *
	 * @param string $description What the field holds.
	 * @param int    $max         Longest value.
	 * @return array<string, mixed> Arguments for `register_post_meta()`.
	 */
	public static function text( string $description, int $max = 200 ): array {
		return array(
			'type'              => 'string',
			'description'       => $description,
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => static fn( $value ): string => mb_substr( sanitize_text_field( (string) $value ), 0, $max ),
			'auth_callback'     => array( self::class, 'can_edit' ),
			'show_in_rest'      => array( 'schema' => array( 'maxLength' => $max ) ),
		);
	}

	/**
	 * Several lines of plain text (steps, dossier components).
	 *
	 * @since 0.1.0
	 *
	 * @param string $description What the field holds.
	 * @return array<string, mixed>
	 */
	public static function textarea( string $description ): array {
		return array(
			'type'              => 'string',
			'description'       => $description,
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => static fn( $value ): string => mb_substr( sanitize_textarea_field( (string) $value ), 0, 20000 ),
			'auth_callback'     => array( self::class, 'can_edit' ),
			'show_in_rest'      => array( 'schema' => array( 'maxLength' => 20000 ) ),
		);
	}

	/**
	 * A web address (http or https), or empty.
	 *
	 * @since 0.1.0
	 *
	 * @param string $description What the field holds.
	 * @return array<string, mixed>
	 */
	public static function url( string $description ): array {
		return array(
			'type'              => 'string',
			'description'       => $description,
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => static fn( $value ): string => (string) esc_url_raw( (string) $value, array( 'http', 'https' ) ),
			'auth_callback'     => array( self::class, 'can_edit' ),
			'show_in_rest'      => array(
				'schema' => array(
					'maxLength' => 500,
					'pattern'   => '^(https?://.+)?$',
				),
			),
		);
	}

	/**
	 * A calendar date, `YYYY-MM-DD` or empty.
	 *
	 * @since 0.1.0
	 *
	 * @param string $description What the field holds.
	 * @return array<string, mixed>
	 */
	public static function date( string $description ): array {
		return array(
			'type'              => 'string',
			'description'       => $description,
			'single'            => true,
			'default'           => '',
			'sanitize_callback' => array( self::class, 'sanitize_date' ),
			'auth_callback'     => array( self::class, 'can_edit' ),
			'show_in_rest'      => array( 'schema' => array( 'pattern' => self::DATE_PATTERN ) ),
		);
	}

	/**
	 * A list of post IDs (attachments or other items); one meta row per ID, so the reverse
	 * lookup ("which documents replace this one") is an indexed query.
	 *
	 * @since 0.1.0
	 *
	 * @param string $description What the field holds.
	 * @return array<string, mixed>
	 */
	public static function ids( string $description ): array {
		return array(
			'type'              => 'integer',
			'description'       => $description,
			'single'            => false,
			'sanitize_callback' => 'absint',
			'auth_callback'     => array( self::class, 'can_edit' ),
			'show_in_rest'      => array(
				'schema' => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
			),
		);
	}

	/**
	 * A real calendar date or nothing.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $value Value to store.
	 * @return string
	 */
	public static function sanitize_date( $value ): string {
		$value = trim( (string) $value );
		if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $parts ) || ! checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ) {
			return '';
		}
		return $value;
	}

	/**
	 * The IDs stored in a list field.
	 *
	 * @since 0.1.0
	 *
	 * @param int    $post_id Post ID.
	 * @param string $key     Meta key.
	 * @return int[]
	 */
	public static function id_list( int $post_id, string $key ): array {
		return array_values( array_unique( array_filter( array_map( 'intval', (array) get_post_meta( $post_id, $key, false ) ) ) ) );
	}
}
