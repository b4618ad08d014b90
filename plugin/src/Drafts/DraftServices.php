<?php
/**
 * Builds the services of drafts for public comment.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Settings\Settings;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;

/**
 * One entry in `Plugin::boot()` for the whole feature.
 *
 * @since 0.1.0
 */
final class DraftServices {

	/**
	 * The feature's services, in the order their hooks are registered.
	 *
	 * @since 0.1.0
	 *
	 * @param Settings $settings The portal settings (the retention period).
	 * @return Hookable[]
	 */
	public static function create( Settings $settings ): array {
		$repository = new CommentRepository();
		$intake     = new CommentIntake( $repository );
		// REST controllers: built when REST starts, not on every page view (issue 10).
		LazyServices::on( 'rest_api_init', static fn(): array => array( new CommentsController( $repository ) ) );
		$services = array(
			new DraftPostType(),
			new DraftMeta(),
			new DraftRules(),
			$intake,
			new CommentForm( $intake ),
			new CommentPrivacy( $repository, $settings ),
		);
		// Admin screens, print pages and their handlers: left out of public page views.
		if ( ! PageView::is_current() ) {
			array_push( $services, new CommentsAdmin( $repository ), new CommentModeration( $repository ) );
		}
		return $services;
	}
}
