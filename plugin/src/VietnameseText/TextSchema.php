<?php
/**
 * JSON schema of the Vietnamese-text REST resource.
 *
 * @package Ttdt
 */

namespace Ttdt\VietnameseText;

defined( 'ABSPATH' ) || exit;

/**
 * The body and answer of {@see TextController}'s conversion routes.
 *
 * @since 0.1.0
 */
final class TextSchema {

	/**
	 * JSON schema of a conversion: the text sent and, in the answer, the text converted, the
	 * encoding it was in and, for a stored item, which of its fields changed.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public static function conversion(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-text-conversion',
			'type'       => 'object',
			'properties' => array(
				'text'     => array(
					'description' => __( 'Text to convert; in the response, the text in Unicode NFC.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'edit' ),
					'required'    => true,
					'maxLength'   => TextController::MAX_LENGTH,
				),
				'encoding' => array(
					'description' => __( 'Legacy encoding to convert from (detected when absent); in the response, the encoding converted from, or null when the text was already Unicode.', 'ttdt-portal' ),
					'type'        => array( 'string', 'null' ),
					'enum'        => array( 'tcvn3', 'vni', null ),
					'context'     => array( 'edit' ),
				),
				'id'       => array(
					'description' => __( 'ID of the converted item.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
				'fields'   => array(
					'description' => __( 'Fields and meta keys of the item that were converted.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array( 'type' => 'string' ),
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
