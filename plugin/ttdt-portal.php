<?php
/**
 * Plugin Name:       TTĐT Portal
 * Plugin URI:        https://github.com/ttdt-portal/ttdt-portal
 * Description:       Vận hành Trang thông tin điện tử cấp xã, thị trấn đúng quy chế: Ban biên tập, quy trình duyệt tin, nguồn tin, tin tham khảo, góp ý của người dân, nhuận bút.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            ttdt-portal
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       ttdt-portal
 * Domain Path:       /languages
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

define( 'TTDT_VERSION', '0.1.0' );
define( 'TTDT_FILE', __FILE__ );
define( 'TTDT_DIR', plugin_dir_path( __FILE__ ) );

require_once TTDT_DIR . 'src/Autoloader.php';
\Ttdt\Autoloader::register( 'Ttdt\\', TTDT_DIR . 'src/' );
\Ttdt\Autoloader::load_bundle( TTDT_DIR . 'build/classes.php' );

register_activation_hook( __FILE__, array( \Ttdt\Plugin::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( \Ttdt\Plugin::class, 'deactivate' ) );

add_action( 'plugins_loaded', array( \Ttdt\Plugin::class, 'boot' ) );
