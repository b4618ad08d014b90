<?php
/**
 * Loads the block editor extensions built from `admin-ui/editor/`.
 *
 * @package Ttdt
 */

namespace Ttdt\Admin;

defined( 'ABSPATH' ) || exit;

use Ttdt\Business\BusinessPostType;
use Ttdt\Content\ItemTypes;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\ProcedurePostType;
use Ttdt\Drafts\DraftPostType;
use Ttdt\Support\Hookable;

/**
 * Every `admin-ui/editor/<name>/` is a plugin of the editor (panels, pre-publish checks); each
 * decides for itself which post types it applies to, from the list of item types this class
 * gives them (`window.ttdtEditor.itemTypes`, {@see ItemTypes::all()}), so a type added on the
 * server is covered in the editor without a copy of the list in the scripts. An extension that
 * belongs to some post types only is not even loaded elsewhere ({@see self::ONLY_FOR}).
 *
 * @since 0.1.0
 */
final class EditorExtensions implements Hookable {

	/**
	 * Handle of the inline settings the extensions read.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SETTINGS_HANDLE = 'ttdt-editor-settings';

	/**
	 * Extensions loaded only for some post types: entry name => post types.
	 *
	 * @var array<string, string[]>
	 */
	private const ONLY_FOR = array(
		'documents' => array( DocumentPostType::NAME, ProcedurePostType::NAME, DraftPostType::NAME ),
		'business'  => array( BusinessPostType::NAME ),
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue' ) );
		add_filter( 'block_editor_rest_api_preload_paths', array( $this, 'preload' ) );
	}

	/**
	 * Preloads the workflow item schema, which names the states, channels and history steps
	 * the panels show, so they have the names at once instead of after a request.
	 *
	 * @since 0.1.0
	 *
	 * @param array<int, string|array{0: string, 1: string}> $paths Paths the editor preloads.
	 * @return array<int, string|array{0: string, 1: string}>
	 */
	public function preload( $paths ): array {
		$paths   = (array) $paths;
		$paths[] = array( '/ttdt/v1/workflow', 'OPTIONS' );
		return $paths;
	}

	/**
	 * Enqueues the settings, then every built editor extension that applies to the screen.
	 *
	 * @since 0.1.0
	 */
	public function enqueue(): void {
		// A script without a file: only its inline data, printed in the head, before any
		// extension (they are in the footer) reads it.
		wp_register_script( self::SETTINGS_HANDLE, false, array(), TTDT_VERSION, false );
		wp_add_inline_script( self::SETTINGS_HANDLE, 'window.ttdtEditor = ' . wp_json_encode( $this->settings() ) . ';' );
		wp_enqueue_script( self::SETTINGS_HANDLE );

		foreach ( self::entries_for( $this->screen_post_type() ) as $name ) {
			BuiltScript::enqueue( 'editor/' . $name );
		}
	}

	/**
	 * The built extensions the editor of a post type loads: all but those for other types.
	 *
	 * @since 0.1.0
	 *
	 * @param string $post_type Post type ('' for the site and widget editors).
	 * @return string[] Entry names (`admin-ui/editor/<name>`).
	 */
	public static function entries_for( string $post_type ): array {
		$entries = array();
		foreach ( glob( TTDT_DIR . 'build/admin-ui/editor/*.asset.php' ) ?: array() as $asset_file ) {
			$name = basename( $asset_file, '.asset.php' );
			if ( ! isset( self::ONLY_FOR[ $name ] ) || in_array( $post_type, self::ONLY_FOR[ $name ], true ) ) {
				$entries[] = $name;
			}
		}
		return $entries;
	}

	/**
	 * What the extensions need to know of the server.
	 *
	 * @since 0.1.0
	 *
	 * @return array{itemTypes: string[]}
	 */
	public function settings(): array {
		return array( 'itemTypes' => ItemTypes::all() );
	}

	/**
	 * The post type of the editor screen, or empty (the site editor, widgets).
	 *
	 * @return string
	 */
	private function screen_post_type(): string {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		return $screen ? (string) $screen->post_type : '';
	}
}
