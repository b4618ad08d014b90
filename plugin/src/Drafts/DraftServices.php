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
		return array(
			new DraftPostType(),
			new DraftMeta(),
			new DraftRules(),
			$intake,
			new CommentForm( $intake ),
			new CommentsController( $repository ),
			new CommentsAdmin( $repository ),
			new CommentModeration( $repository ),
			new CommentPrivacy( $repository, $settings ),
		);
	}
}
