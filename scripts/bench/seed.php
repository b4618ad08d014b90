<?php
/**
 * Seeds the benchmark site (`npm run bench`) and prints the URLs to measure as JSON.
 *
 *     php scripts/bench/seed.php <wordpress-dir> <site-url> public|items N
 *
 * `public`: 300 articles with a source and a writer spread over the plugin's sections, one
 * reference item, and one item per public block of the plugin (the blocks that list records
 * show what the site holds: none of the documents, procedures, drafts, businesses, officials
 * or answers, which the public stage does not seed). `items N`: N more items in
 * review for the admin screens. `auth`: an application password for the admin. `feedback`: a
 * page with the feedback form (the load stage takes its signed form time from it). `editor`:
 * the editor extensions each post type's editor loads (with the plugin on). Runs with the plugin switched off (the bench must-use plugin's
 * `TTDT_BENCH_PLUGIN_OFF`), so its publishing rules do not apply: the bench measures reading,
 * and the data is what a real portal holds after months of approved articles.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput -- a CLI script, not part of the plugin.

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "usage: php seed.php <wordpress-dir> <site-url> public|items [N]|auth|feedback\n" );
	exit( 2 );
}
list( , $wordpress_dir, $site_url, $phase ) = $argv;

$parts                      = parse_url( $site_url );
$_SERVER['HTTP_HOST']       = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = (string) ( $parts['port'] ?? 80 );
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

if ( 'editor' !== $phase ) {
	define( 'TTDT_BENCH_PLUGIN_OFF', true );
}
require $wordpress_dir . '/wp-load.php';

wp_set_current_user( 1 );
wp_defer_term_counting( true );

/**
 * A paragraph of plain Vietnamese text, different per item so search has work to do.
 *
 * @param int $n Item number.
 */
function ttdt_bench_body( int $n ): string {
	$words = array( 'Ủy ban nhân dân', 'xã', 'tổ chức', 'hội nghị', 'triển khai', 'kế hoạch', 'nông thôn mới', 'cải cách hành chính', 'người dân', 'thông báo', 'lịch tiếp công dân', 'phòng chống thiên tai' );
	$text  = '';
	for ( $p = 0; $p < 5; $p++ ) {
		$sentence = array();
		for ( $w = 0; $w < 40; $w++ ) {
			$sentence[] = $words[ ( $n * 7 + $p * 3 + $w ) % count( $words ) ];
		}
		$text .= '<!-- wp:paragraph --><p>' . implode( ' ', $sentence ) . ".</p><!-- /wp:paragraph -->\n\n";
	}
	return $text;
}

/**
 * Inserts one published item with its provenance.
 *
 * @param array<string, mixed> $args Post fields.
 * @param array<string, mixed> $meta Meta values.
 */
function ttdt_bench_insert( array $args, array $meta ): int {
	$id = wp_insert_post(
		array_merge(
			array(
				'post_status' => 'publish',
				'post_type'   => 'post',
				'post_author' => 1,
			),
			$args
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	foreach ( $meta as $key => $value ) {
		update_post_meta( $id, $key, $value );
	}
	return $id;
}

if ( 'public' === $phase ) {
	$sections = get_terms(
		array(
			'taxonomy'   => 'category',
			'hide_empty' => false,
			'slug'       => array( 'tin-tuc-su-kien', 'van-ban-chi-dao-dieu-hanh', 'chinh-sach-phap-luat', 'thu-tuc-hanh-chinh', 'cai-cach-hanh-chinh' ),
		)
	);
	$reference = get_term_by( 'slug', 'tin-tham-khao', 'category' );
	if ( count( $sections ) < 5 || ! $reference ) {
		fwrite( STDERR, "The plugin's sections are missing: was it activated?\n" );
		exit( 1 );
	}
	$provenance = array(
		'ttdt_source' => 'Văn phòng HĐND và UBND xã',
		'ttdt_writer' => 'Nguyễn Văn An',
	);
	$first = 0;
	for ( $n = 1; $n <= 300; $n++ ) {
		$id    = ttdt_bench_insert(
			array(
				'post_title'    => sprintf( 'Tin số %d: hội nghị triển khai kế hoạch năm', $n ),
				'post_name'     => 'bench-tin-' . $n,
				'post_content'  => ttdt_bench_body( $n ),
				'post_date'     => gmdate( 'Y-m-d H:i:s', time() - ( 301 - $n ) * 3600 ),
				'post_category' => array( $sections[ $n % count( $sections ) ]->term_id ),
			),
			$provenance
		);
		$first = $first ? $first : $id;
	}
	ttdt_bench_insert(
		array(
			'post_title'    => 'Tin tham khảo: dự báo thời tiết vụ đông xuân',
			'post_name'     => 'bench-tin-tham-khao',
			'post_content'  => ttdt_bench_body( 999 ),
			'post_category' => array( $reference->term_id ),
		),
		$provenance + array( 'ttdt_is_reference' => '1' )
	);
	$blocks = array();
	// Every block a visitor's page can show, on a page of its own: the three that show an
	// item's own fields in an article, the others in a page, out of the news lists. The two
	// blocks rendered only on their records' pages (a document's details, a draft's comment
	// form) come with those records, which the public stage does not seed.
	$in_pages = array( 'documents', 'procedures', 'drafts', 'business-showcase', 'organisation', 'qa-list', 'feedback-form', 'feedback-lookup' );
	foreach ( array_merge( array( 'agency-notice', 'post-source', 'reference-label' ), $in_pages ) as $block ) {
		$in_page = in_array( $block, $in_pages, true );
		ttdt_bench_insert(
			array(
				'post_type'     => $in_page ? 'page' : 'post',
				'post_title'    => 'Khối ' . $block,
				'post_name'     => 'bench-block-' . $block,
				'post_content'  => ttdt_bench_body( 500 ) . '<!-- wp:ttdt/' . $block . ' /-->',
				'post_category' => $in_page ? array() : array( ( 'reference-label' === $block ? $reference : $sections[0] )->term_id ),
			),
			$in_page ? array() : $provenance + ( 'reference-label' === $block ? array( 'ttdt_is_reference' => '1' ) : array() )
		);
		$blocks[ 'block: ' . $block ] = '/bench-block-' . $block . '/';
	}
	// The portal's settings, as a commune fills them in: the agency notice's page shows the
	// notice, not the nothing a blank site's notice prints.
	update_option(
		'ttdt_settings',
		array(
			'unit_name'    => 'xã Thanh Bình',
			'agency_name'  => 'Ủy ban nhân dân xã Thanh Bình',
			'board_head'   => 'Ông Nguyễn Văn Trưởng – Chủ tịch UBND xã, Trưởng Ban biên tập',
			'license_note' => 'Quy chế hoạt động ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/01/2026',
			'address'      => 'Trụ sở UBND xã Thanh Bình',
			'phone'        => '0238 3 821 000',
			'email'        => 'ubnd.thanhbinh@example.vn',
		),
		true
	);
	wp_defer_term_counting( false );
	delete_option( 'rewrite_rules' );
	echo wp_json_encode(
		array(
			'home'             => '/',
			'single article'   => '/bench-tin-150/',
			'reference item'   => '/bench-tin-tham-khao/',
			'category archive' => '/category/tin-tuc-su-kien/',
			'search'           => '/?s=' . rawurlencode( 'kế hoạch' ),
			'not found (404)'  => '/khong-co-trang-nay/',
		) + $blocks
	) . "\n";
	exit( 0 );
}

if ( 'editor' === $phase ) {
	// The plugin's editor extensions each editor loads (the plugin is on for this phase).
	$entries = array( '' => \Ttdt\Admin\EditorExtensions::entries_for( '' ) );
	foreach ( get_post_types( array( 'show_ui' => true ) ) as $post_type ) {
		if ( use_block_editor_for_post_type( $post_type ) ) {
			$entries[ $post_type ] = \Ttdt\Admin\EditorExtensions::entries_for( $post_type );
		}
	}
	echo wp_json_encode( $entries ) . "\n";
	exit( 0 );
}

if ( 'auth' === $phase ) {
	// An application password for the REST requests of the admin screens' data.
	list( $password ) = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'bench ' . time() ) );
	echo wp_json_encode( array( 'password' => $password ) ) . "\n";
	exit( 0 );
}

if ( 'feedback' === $phase ) {
	$form = get_page_by_path( 'bench-gop-y' );
	if ( ! $form ) {
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Góp ý, phản ánh',
				'post_name'    => 'bench-gop-y',
				'post_content' => '<!-- wp:ttdt/feedback-form /-->',
			)
		);
	}
	echo wp_json_encode( array( 'form' => '/bench-gop-y/' ) ) . "\n";
	exit( 0 );
}

if ( 'items' === $phase ) {
	global $wpdb;
	$count = max( 1, (int) ( $argv[4] ?? 10000 ) );
	// Bulk SQL: wp_insert_post() would take minutes for 10,000 rows; the screens only read.
	$now  = current_time( 'mysql' );
	$gmt  = current_time( 'mysql', true );
	$rows = array();
	for ( $n = 1; $n <= $count; $n++ ) {
		$rows[] = $wpdb->prepare( '(1, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)', $now, $gmt, ttdt_bench_body( $n ), 'Bài chờ duyệt số ' . $n, '', 'pending', 'open', 'open', 'bench-cho-duyet-' . $n, '', '', $now, $gmt );
		if ( 0 === count( $rows ) % 1000 || $n === $count ) {
			$wpdb->query( "INSERT INTO {$wpdb->posts} (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status, post_name, to_ping, pinged, post_modified, post_modified_gmt) VALUES " . implode( ',', $rows ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- each row is prepared above.
			$rows = array();
		}
	}
	echo wp_json_encode( array( 'items' => $count ) ) . "\n";
	exit( 0 );
}

fwrite( STDERR, "unknown phase: $phase\n" );
exit( 2 );
