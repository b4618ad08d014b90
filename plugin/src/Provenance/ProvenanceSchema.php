<?php
/**
 * JSON schema of the provenance feature's REST resource.
 *
 * @package Ttdt
 */

namespace Ttdt\Provenance;

defined( 'ABSPATH' ) || exit;

/**
 * One suggestion of {@see SuggestionsController}, also turned into the `ProvenanceSuggestion`
 * TypeScript type.
 *
 * @since 0.1.0
 */
final class ProvenanceSchema {

	/**
	 * Schema of one suggestion.
	 *
	 * @since 0.1.0
	 * @contract ProvenanceSuggestion
	 *
	 * @return array<string, mixed>
	 */
	public static function suggestion(): array {
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'ttdt-provenance-suggestion',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'value'           => array(
					'description' => __( 'Value to put in the field.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'label'           => array(
					'description' => __( 'What the suggestion is, e.g. the collaborator\'s unit.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'kind'            => array(
					'description' => __( 'Where the suggestion comes from.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'source', 'collaborator', 'user' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'collaborator_id' => array(
					'description' => __( 'ID of the registered collaborator, 0 for other kinds.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
			'required'             => array( 'value', 'label', 'kind', 'collaborator_id' ),
		);
	}
}
