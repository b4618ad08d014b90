<?php
/**
 * Seeds the benchmark site with N directive documents (`npm run bench -- --only documents`)
 * and prints the search pages to measure as JSON.
 *
 *     php scripts/bench/seed-documents.php <wordpress-dir> <site-url> N
 *
 * Runs with the plugin ON: the documents need its taxonomies, and their search rows are made
 * with its own folding (`Ttdt\Documents\SearchText`), exactly as a save would make them. The
 * rows are written in bulk SQL (`wp_insert_post()` would take minutes for 5,000 documents and
 * the bench measures reading): posts, fields, terms, relations, search tokens and the indexed
 * copy of the dates.
 *
 * @package Ttdt
 */

// phpcs:disable WordPress.WP.AlternativeFunctions, WordPress.Security.EscapeOutput, WordPress.DB.PreparedSQL.NotPrepared -- a CLI script, not part of the plugin; every row is prepared.

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "usage: php seed-documents.php <wordpress-dir> <site-url> N\n" );
	exit( 2 );
}
list( , $wordpress_dir, $site_url, $count ) = $argv;
$count = max( 1, (int) $count );

$parts                      = parse_url( $site_url );
$_SERVER['HTTP_HOST']       = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['SERVER_NAME']     = $parts['host'];
$_SERVER['SERVER_PORT']     = (string) ( $parts['port'] ?? 80 );
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

require $wordpress_dir . '/wp-load.php';

use Ttdt\Documents\DocumentDates;
use Ttdt\Documents\DocumentMeta;
use Ttdt\Documents\DocumentPostType;
use Ttdt\Documents\DocumentTaxonomies;
use Ttdt\Documents\SearchIndex;
use Ttdt\Documents\SearchText;

if ( ! class_exists( SearchText::class ) || ! taxonomy_exists( DocumentTaxonomies::TYPE ) ) {
	fwrite( STDERR, "The plugin is not active on the bench site.\n" );
	exit( 1 );
}
wp_set_current_user( 1 );
global $wpdb;

/**
 * Term IDs (term_taxonomy_id and name) of a taxonomy's names, created when missing.
 *
 * @param string   $taxonomy Taxonomy.
 * @param string[] $names    Term names.
 * @return array<int, array{0: int, 1: string}>
 */
function ttdt_bench_terms( string $taxonomy, array $names ): array {
	$terms = array();
	foreach ( $names as $name ) {
		$term = term_exists( $name, $taxonomy );
		$term = $term ? $term : wp_insert_term( $name, $taxonomy );
		if ( is_wp_error( $term ) ) {
			fwrite( STDERR, $term->get_error_message() . "\n" );
			exit( 1 );
		}
		$terms[] = array( (int) $term['term_taxonomy_id'], $name );
	}
	return $terms;
}

/**
 * Runs one multi-row INSERT.
 *
 * @param string   $head `INSERT INTO … VALUES`.
 * @param string[] $rows Prepared rows.
 */
function ttdt_bench_insert_rows( string $head, array $rows ): void {
	global $wpdb;
	foreach ( array_chunk( $rows, 1000 ) as $chunk ) {
		if ( false === $wpdb->query( $head . ' ' . implode( ',', $chunk ) ) ) {
			fwrite( STDERR, $wpdb->last_error . "\n" );
			exit( 1 );
		}
	}
}

$types   = array(
	'QĐ' => 'Quyết định',
	'NQ' => 'Nghị quyết',
	'KH' => 'Kế hoạch',
	'CV' => 'Công văn',
	'TB' => 'Thông báo',
	'BC' => 'Báo cáo',
	'CT' => 'Chỉ thị',
);
$bodies  = array(
	'UBND' => 'UBND xã',
	'HĐND' => 'HĐND xã',
	'ĐU'   => 'Đảng uỷ xã',
	'MTTQ' => 'UBMTTQ xã',
);
$fields  = array( 'Hộ tịch', 'Đất đai', 'Xây dựng', 'Nông nghiệp', 'Giáo dục', 'Y tế', 'Tài chính', 'Văn hoá - xã hội', 'Tài nguyên môi trường', 'Quốc phòng - an ninh' );
$topics  = array( 'ban hành quy chế tiếp công dân', 'phê duyệt kế hoạch sử dụng đất', 'thành lập tổ công tác cải cách hành chính', 'giao chỉ tiêu thu ngân sách', 'tổ chức hội nghị triển khai nông thôn mới', 'phòng chống thiên tai và tìm kiếm cứu nạn', 'kiện toàn ban chỉ đạo chuyển đổi số', 'cấp giấy chứng nhận quyền sử dụng đất', 'hỗ trợ hộ nghèo đón Tết', 'tiêm chủng mở rộng cho trẻ em', 'tuyển sinh vào lớp một', 'bảo vệ môi trường làng nghề', 'khen thưởng phong trào thi đua', 'điều chỉnh dự toán xây dựng trường học', 'quản lý trật tự xây dựng đô thị' );
$signers = array( 'Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Quang Đức', 'Phạm Minh Tuấn', 'Hoàng Thị Hạnh' );

$type_terms  = ttdt_bench_terms( DocumentTaxonomies::TYPE, array_values( $types ) );
$body_terms  = ttdt_bench_terms( DocumentTaxonomies::BODY, array_values( $bodies ) );
$field_terms = ttdt_bench_terms( DocumentTaxonomies::FIELD, $fields );
$type_codes  = array_keys( $types );
$body_codes  = array_keys( $bodies );

// 1. The posts.
$now  = current_time( 'mysql' );
$gmt  = current_time( 'mysql', true );
$rows = array();
$docs = array();
for ( $n = 1; $n <= $count; $n++ ) {
	$type  = $n % count( $types );
	$body  = ( $n * 3 ) % count( $bodies );
	$field = ( $n * 7 ) % count( $fields );
	$year  = 2015 + ( $n % 12 );
	$date  = sprintf( '%04d-%02d-%02d', $year, 1 + ( $n * 5 ) % 12, 1 + ( $n * 11 ) % 28 );
	$title = sprintf( 'Về việc %s năm %d (đợt %d)', $topics[ ( $n * 13 ) % count( $topics ) ], $year, 1 + $n % 9 );
	$body_text = sprintf( '<!-- wp:paragraph --><p>%s %s về việc %s, giao các đơn vị tổ chức thực hiện.</p><!-- /wp:paragraph -->', $types[ $type_codes[ $type ] ], $bodies[ $body_codes[ $body ] ], $topics[ ( $n * 13 ) % count( $topics ) ] );
	$docs[ 'bench-vb-' . $n ] = array(
		'n'      => $n,
		'title'  => $title,
		'body'   => $body_text,
		'number' => sprintf( '%d/%s-%s', 1 + $n % 400, $type_codes[ $type ], $body_codes[ $body ] ),
		'date'   => $date,
		'signer' => $signers[ $n % count( $signers ) ],
		'terms'  => array( $type_terms[ $type ], $body_terms[ $body ], $field_terms[ $field ] ),
	);
	$rows[] = $wpdb->prepare( '(1, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)', $date . ' 08:00:00', $date . ' 01:00:00', $body_text, $title, '', 'publish', 'closed', 'closed', 'bench-vb-' . $n, '', '', $now, $gmt, DocumentPostType::NAME );
}
ttdt_bench_insert_rows( "INSERT INTO {$wpdb->posts} (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_type) VALUES", $rows );
$ids = $wpdb->get_results( $wpdb->prepare( "SELECT ID, post_name FROM {$wpdb->posts} WHERE post_type = %s AND post_name LIKE %s", DocumentPostType::NAME, 'bench-vb-%' ), OBJECT_K );
$ids = array_column( array_map( 'get_object_vars', $ids ), 'ID', 'post_name' );

// 2. Fields, terms, relations (every 25th document replaces the one before) and search rows.
$meta   = array();
$terms  = array();
$tokens = array();
foreach ( $docs as $name => $doc ) {
	$id = (int) $ids[ $name ];
	foreach ( array(
		DocumentMeta::NUMBER    => $doc['number'],
		DocumentMeta::ISSUED    => $doc['date'],
		DocumentMeta::EFFECTIVE => $doc['date'],
		DocumentMeta::SIGNER    => $doc['signer'],
		'ttdt_source'           => 'Văn phòng HĐND và UBND xã',
		'ttdt_writer'           => 'Nguyễn Văn An',
	) as $key => $value ) {
		$meta[] = $wpdb->prepare( '(%d, %s, %s)', $id, $key, $value );
	}
	if ( 0 === $doc['n'] % 25 ) {
		$meta[] = $wpdb->prepare( '(%d, %s, %s)', $id, DocumentMeta::REPLACES, (string) $ids[ 'bench-vb-' . ( $doc['n'] - 1 ) ] );
	}
	$names = array();
	foreach ( $doc['terms'] as list( $tt_id, $term_name ) ) {
		$terms[] = $wpdb->prepare( '(%d, %d)', $id, $tt_id );
		$names[] = $term_name;
	}
	// The same text a save indexes ({@see SearchIndex}): title, "số" + number, signer, terms, content.
	$text = implode( ' ', array( $doc['title'], 'số ' . $doc['number'], $doc['signer'], implode( ' ', $names ), $doc['body'] ) );
	foreach ( SearchText::tokens( $text ) as $token ) {
		$tokens[] = $wpdb->prepare( '(%d, %s)', $id, $token );
	}
}
ttdt_bench_insert_rows( "INSERT INTO {$wpdb->postmeta} (post_id, meta_key, meta_value) VALUES", $meta );
ttdt_bench_insert_rows( "INSERT IGNORE INTO {$wpdb->term_relationships} (object_id, term_taxonomy_id) VALUES", $terms );
ttdt_bench_insert_rows( 'INSERT IGNORE INTO ' . SearchIndex::table() . ' (post_id, token) VALUES', $tokens );
// The indexed copy of the dates, filled from postmeta as an upgrade fills it.
DocumentDates::install();
foreach ( array( DocumentTaxonomies::TYPE => $type_terms, DocumentTaxonomies::BODY => $body_terms, DocumentTaxonomies::FIELD => $field_terms ) as $taxonomy => $list ) {
	wp_update_term_count_now( array_column( $list, 0 ), $taxonomy );
}
$wpdb->query( "ANALYZE TABLE {$wpdb->posts}, {$wpdb->postmeta}, {$wpdb->term_relationships}, " . SearchIndex::table() . ', ' . DocumentDates::table() );

// 3. The library page.
$page = get_page_by_path( 'bench-van-ban' );
if ( ! $page ) {
	wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => 'Văn bản chỉ đạo điều hành',
			'post_name'    => 'bench-van-ban',
			'post_content' => '<!-- wp:ttdt/documents {"perPage":10} /-->',
		)
	);
}
// The same kind of page without the library: what the theme and WordPress cost on this machine.
if ( ! get_page_by_path( 'bench-trang-tham-chieu' ) ) {
	wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => 'Trang tham chiếu',
			'post_name'    => 'bench-trang-tham-chieu',
			'post_content' => '<!-- wp:paragraph --><p>Trang không có khối văn bản.</p><!-- /wp:paragraph -->',
		)
	);
}
wp_cache_flush();
delete_option( 'rewrite_rules' );

$base = '/bench-van-ban/';
// Searches a citizen types (no accents) for documents that exist, so every page lists some.
$sample  = $docs['bench-vb-' . min( $count, 4321 ) ];
$words   = explode( ' ', SearchText::fold( $sample['title'] ) );
$halfway = $docs['bench-vb-' . min( $count, 1234 ) ];
$typed   = explode( ' ', SearchText::fold( $halfway['title'] ) );
echo wp_json_encode(
	array(
		'documents'       => $count,
		'searchRows'      => count( $tokens ),
		'reference'       => '/bench-trang-tham-chieu/',
		'pages'           => array(
			'first page, no filter'                 => $base,
			'number typed without accents'          => $base . '?vb_q=' . rawurlencode( '12/qd' ),
			'words without accents + type + year'   => $base . '?vb_q=' . rawurlencode( implode( ' ', array_slice( $words, 2, 3 ) ) ) . '&vb_loai=' . sanitize_title( $sample['terms'][0][1] ) . '&vb_nam=' . substr( $sample['date'], 0, 4 ),
			'common word + body + in force, page 3' => $base . '?vb_q=' . rawurlencode( 'quyet dinh' ) . '&vb_coquan=ubnd-xa&vb_hieuluc=in-force&vb_trang=3',
			'typed halfway + field'                 => $base . '?vb_q=' . rawurlencode( $typed[2] . ' ' . $typed[3] . ' ' . substr( $typed[4], 0, 2 ) ) . '&vb_linhvuc=' . sanitize_title( $halfway['terms'][2][1] ),
		),
	)
) . "\n";
