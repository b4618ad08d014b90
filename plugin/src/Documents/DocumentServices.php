<?php
/**
 * Builds the services of directive documents and administrative procedures.
 *
 * @package Ttdt
 */

namespace Ttdt\Documents;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * One entry in `Plugin::boot()` for the whole feature.
 *
 * @since 0.1.0
 */
final class DocumentServices {

	/**
	 * The feature's services, in the order their hooks are registered.
	 *
	 * @since 0.1.0
	 *
	 * @return Hookable[]
	 */
	public static function create(): array {
		return array(
			new DocumentPostType(),
			new ProcedurePostType(),
			new DocumentTaxonomies(),
			new DocumentMeta(),
			new ProcedureMeta(),
			new DocumentRules(),
			new SearchIndex(),
			new SearchQuery(),
			new DocumentYears(),
			new FilterChoices(),
			new DocumentDates(),
			new PublishedCount(),
		);
	}
}
