<?php
/**
 * Local environment only: turns off WordPress Playground's automatic admin login.
 *
 * wp-env's Playground runtime always starts Playground with `--login`, whose must-use plugin
 * (`playground_auto_login`, hooked on `init` at priority 1) logs every visitor without the
 * `playground_auto_login_already_happened` cookie in as `admin`. A portal for citizens must
 * show what an anonymous visitor sees, so we unhook it. Playground loads its own must-use
 * plugins on `muplugins_loaded`, after this file, hence the removal on `plugins_loaded`.
 * If Playground renames the function, the e2e test "a fresh browser is anonymous" fails.
 *
 * This file is mapped into `wp-content/mu-plugins` by `.wp-env.json`; it is not part of the
 * plugin and never ships to a real site.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'plugins_loaded',
	static function (): void {
		remove_action( 'init', 'playground_auto_login', 1 );
	}
);
