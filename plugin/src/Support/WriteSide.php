<?php
/**
 * Contract of the services that act only when something is written.
 *
 * @package Ttdt
 */

namespace Ttdt\Support;

defined( 'ABSPATH' ) || exit;

/**
 * A guard, a recorder or a cache keeper that only a write, REST, the admin, cron or log-in
 * wakes: a public page view registers its hooks only when the first of them fires
 * ({@see WriteSideServices}), not on each of the portal's most frequent requests (issue 10).
 *
 * So that the build can list its hooks (`scripts/php-tools/lib/write-side-hooks.js`), its
 * `register_hooks()` holds only `add_action()` / `add_filter()` calls with hook names known
 * before it runs, and `PageView::add_action_unless_page_view()`. Its `shutdown` callback only
 * finishes what its other callbacks began: nothing wakes it there.
 *
 * @since 0.1.0
 */
interface WriteSide extends Hookable {
}
