<?php
/**
 * A REST answer that is one private file.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use WP_REST_Response;

/**
 * Returned by a route after its permission check; {@see PrivateFiles::serve()} streams the file
 * instead of JSON. Its data names the file only (never the server path), so nothing leaks if
 * the answer is ever encoded as JSON.
 *
 * @since 0.1.0
 */
final class PrivateFileResponse extends WP_REST_Response {

	/**
	 * Absolute path of the file, inside the private folder.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $path;

	/**
	 * Media type sent.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $mime;

	/**
	 * File name offered to the reader.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public string $name;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param string $path Absolute path.
	 * @param string $mime Media type.
	 * @param string $name File name offered.
	 */
	public function __construct( string $path, string $mime, string $name ) {
		parent::__construct( array( 'name' => $name ), 200 );
		$this->path = $path;
		$this->mime = $mime;
		$this->name = $name;
	}
}
