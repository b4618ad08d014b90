<?php
/**
 * Base of the plugin's REST controllers.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use WP_Error;
use WP_REST_Controller;
use WP_REST_Response;

/**
 * What every controller of `ttdt/v1` shares, so a new one cannot get it wrong: the namespace,
 * the `rest_api_init` wiring, the refusal (401 to a visitor, 403 to a signed-in user without
 * the right) and one schema per controller, built once per request by {@see self::schema()}.
 *
 * A subclass sets `$rest_base`, registers its routes with `'schema' => array( $this,
 * 'get_public_item_schema' )` and answers permission checks through {@see self::permit()}.
 *
 * @since 0.1.0
 */
abstract class RestController extends WP_REST_Controller implements Hookable {

	/**
	 * The plugin's REST namespace.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const REST_NAMESPACE = 'ttdt/v1';

	/**
	 * Error code of every refusal, so clients tell "not allowed" from other errors.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const FORBIDDEN = 'ttdt_rest_forbidden';

	/**
	 * Highest page number a list accepts: a page such as `1e+308` passes "integer, minimum 1"
	 * yet overflows the offset computed from it.
	 *
	 * @since 0.1.0
	 * @var int
	 */
	public const MAX_PAGE = 100000;

	/**
	 * The namespace, a constant expression, so the build-time contract reads routes statically.
	 *
	 * @var string
	 */
	protected $namespace = self::REST_NAMESPACE;

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	/**
	 * The JSON schema of the controller's resource, before additional fields.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	abstract protected function schema(): array;

	/**
	 * The schema, built once: WordPress asks for it on every route match, argument list and
	 * OPTIONS request, and its descriptions are translated strings.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema() {
		if ( ! $this->schema ) {
			$this->schema = $this->schema();
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * The answer of a permission check: true when allowed, else the refusal.
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed Whether the current user may.
	 * @param string $message What to tell someone who may not: what they cannot do and whom
	 *                        to ask or what to do instead, one Vietnamese sentence each.
	 * @return true|WP_Error
	 */
	protected function permit( bool $allowed, string $message ) {
		return $allowed ? true : self::forbidden( $message );
	}

	/**
	 * The refusal: `ttdt_rest_forbidden` with 401 for a visitor (who may sign in) and 403 for
	 * a signed-in user (who needs someone else's help). Public for the controllers that
	 * extend a core controller instead of this class.
	 *
	 * @since 0.1.0
	 *
	 * @param string $message What to tell the user.
	 * @return WP_Error
	 */
	public static function forbidden( string $message ): WP_Error {
		return new WP_Error( self::FORBIDDEN, $message, array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * The answer to a DELETE: what was deleted, as core's controllers answer with `force`.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_REST_Response $previous The item as it was, prepared for the response.
	 * @return WP_REST_Response
	 */
	protected function deleted( WP_REST_Response $previous ): WP_REST_Response {
		return rest_ensure_response(
			array(
				'deleted'  => true,
				'previous' => $previous->get_data(),
			)
		);
	}

	/**
	 * The address of one item of this controller.
	 *
	 * @since 0.1.0
	 *
	 * @param int|string $id Item ID.
	 * @return string
	 */
	protected function item_url( $id ): string {
		return rest_url( sprintf( '%s/%s/%s', $this->namespace, $this->rest_base, $id ) );
	}

	/**
	 * The `_links` of one item: `self`, `collection` when asked, then the actions the current
	 * user may take, each a relation `https://api.w.org/action-<name>` (the client shows an
	 * action's button only when its link is there, as core's post controller does).
	 *
	 * @since 0.1.0
	 *
	 * @param int|string            $id         Item ID.
	 * @param array<string, string> $actions    Action name => address, only those allowed.
	 * @param bool                  $collection Whether to link the collection too.
	 * @return array<string, array<string, string>>
	 */
	protected function item_links( $id, array $actions = array(), bool $collection = false ): array {
		$links = array( 'self' => array( 'href' => $this->item_url( $id ) ) );
		if ( $collection ) {
			$links['collection'] = array( 'href' => rest_url( sprintf( '%s/%s', $this->namespace, $this->rest_base ) ) );
		}
		foreach ( $actions as $action => $href ) {
			$links[ 'https://api.w.org/action-' . $action ] = array( 'href' => $href );
		}
		return $links;
	}
}
