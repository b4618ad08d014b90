<?php
/**
 * A folder of archive packages per site on a network.
 *
 * @package Ttdt
 */

namespace Ttdt\Network;

defined( 'ABSPATH' ) || exit;

use Ttdt\Archive\ArchiveStore;
use Ttdt\Support\WriteSide;

/**
 * The archive folder is named once for the whole install (`TTDT_ARCHIVE_DIR`, or the folder
 * the main site chose), but a package holds one commune's records and its citizens' personal
 * data: on a network every site but the main one keeps its packages in its own subfolder
 * (`site-<id>`), so no commune lists, downloads or restores another's. The main site, like a
 * single site, uses the folder itself.
 *
 * @since 0.1.0
 */
final class SiteArchiveDir implements WriteSide {

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		// Early, so a host's own filter (later) still has the last word.
		add_filter( ArchiveStore::DIR_FILTER, array( self::class, 'site_dir' ), 1 );
	}

	/**
	 * The current site's folder.
	 *
	 * @since 0.1.0
	 *
	 * @param mixed $dir The install's folder, or '' while none was chosen.
	 * @return string
	 */
	public static function site_dir( $dir ): string {
		$dir = (string) $dir;
		if ( ! is_multisite() || is_main_site() ) {
			return $dir;
		}
		if ( '' === $dir ) {
			// The main site's choice is the network's folder.
			switch_to_blog( get_main_site_id() );
			try {
				$main = ( new ArchiveStore() )->dir();
			} finally {
				restore_current_blog();
			}
			if ( is_wp_error( $main ) ) {
				return '';
			}
			$dir = $main;
		}
		return untrailingslashit( $dir ) . '/site-' . get_current_blog_id();
	}
}
