<?php
/**
 * "My royalties": one's own royalty lines, read only.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Admin\AdminScreen;

/**
 * A collaborator reads what they are owed without the year's figures of everyone: the screen
 * (`admin-ui/screens/my-royalty/`) asks the same routes as the royalty screen, which answer
 * a user without {@see Capabilities::VIEW_ROYALTIES} with their own lines only.
 *
 * @since 0.1.0
 */
final class MyRoyaltyScreen implements AdminScreen {

	/**
	 * Screen name (page `ttdt-portal-my-royalty`).
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const NAME = 'my-royalty';

	/**
	 * {@inheritDoc}
	 */
	public function name(): string {
		return self::NAME;
	}

	/**
	 * {@inheritDoc}
	 */
	public function menu_title(): string {
		return __( 'My royalties', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function page_title(): string {
		return __( 'My royalties', 'ttdt-portal' );
	}

	/**
	 * {@inheritDoc}
	 */
	public function capability(): string {
		return Capabilities::READ_OWN_ROYALTIES;
	}
}
