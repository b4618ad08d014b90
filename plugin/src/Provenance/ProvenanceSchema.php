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
					'description' => 'Value to put in the field.',
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'label'           => array(
					'description' => 'What the suggestion is, e.g. the collaborator\'s unit.',
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'kind'            => array(
					'description' => 'Where the suggestion comes from.',
					'type'        => 'string',
					'enum'        => array( 'source', 'collaborator', 'user' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'collaborator_id' => array(
					'description' => 'ID of the registered collaborator, 0 for other kinds.',
					'type'        => 'integer',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
			'required'             => array( 'value', 'label', 'kind', 'collaborator_id' ),
		);
	}
}
