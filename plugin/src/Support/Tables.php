<?php
/**
 * The list of the plugin's own tables.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

use Ttdt\Archive\ArchiveJobTable;
use Ttdt\Audit\AuditTable;
use Ttdt\Documents\DocumentDates;
use Ttdt\Documents\SearchIndex;
use Ttdt\Drafts\CommentTable;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\Plans\PlanTables;
use Ttdt\Royalty\LedgerTable;

/**
 * One list, so a table added later is created on every path without editing them: early on
 * each request (before anything that writes to a table can run), on every site of a network
 * ({@see \Ttdt\Network\NetworkSetup}) and when a site is created there. Uninstalling drops
 * what the site holds under the plugin's prefix ({@see \Ttdt\Network\SiteCleanup::tables()}).
 *
 * @since 0.1.0
 */
final class Tables implements Hookable {

	/**
	 * The classes of the plugin's tables, each a {@see Table}.
	 *
	 * @since 0.1.0
	 * @var string[]
	 */
	public const ALL = array(
		AuditTable::class,
		FeedbackTables::class,
		LedgerTable::class,
		CommentTable::class,
		SearchIndex::class,
		DocumentDates::class,
		PlanTables::class,
		ArchiveJobTable::class,
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Early on `init`, before anything that is recorded or stored can happen in a request.
		add_action( 'init', array( self::class, 'maybe_install' ), 1 );
	}

	/**
	 * Creates or upgrades every table whose definitions are newer than the installed ones.
	 *
	 * @since 0.1.0
	 */
	public static function maybe_install(): void {
		$options = wp_load_alloptions();
		foreach ( self::ALL as $table ) {
			$table::maybe_install( $options );
		}
	}
}
