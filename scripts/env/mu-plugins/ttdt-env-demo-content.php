<?php
/**
 * Local development site only: seeds the demo users, settings and articles once.
 *
 * The demo users and passwords are fixed by the project's contract (password `password`);
 * they exist so people can try each role. Never load this on a real site: it only runs when
 * `TTDT_ENV` is `development`, which only `.wp-env.json` defines.
 *
 * @package Ttdt
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'TTDT_ENV' ) || 'development' !== TTDT_ENV ) {
	return;
}

add_action(
	'init',
	static function (): void {
		if ( get_option( 'ttdt_env_demo_seeded' ) || ! class_exists( '\Ttdt\Content\Sections' ) ) {
			return;
		}
		update_option( 'ttdt_env_demo_seeded', 1 );
		update_option( 'blogname', 'Trang thông tin điện tử thị trấn Thanh Chương' );
		update_option( 'blogdescription', 'Ủy ban nhân dân thị trấn Thanh Chương, tỉnh Nghệ An' );

		$users = array(
			'truongban' => array( 'ttdt_publisher', 'Nguyễn Văn Trưởng', 'head' ),
			'kiemduyet' => array( 'ttdt_moderator', 'Trần Thị Kiểm', 'member' ),
			'capnhat'   => array( 'ttdt_updater', 'Lê Văn Cập', 'standing' ),
			'ctv'       => array( 'ttdt_collaborator', 'Phạm Thị Cộng', '' ),
			'ketoan'    => array( 'ttdt_accountant', 'Hoàng Văn Toán', '' ),
		);
		$ids   = array();
		foreach ( $users as $login => list( $role, $name, $position ) ) {
			$existing      = get_user_by( 'login', $login );
			$ids[ $login ] = $existing ? $existing->ID : wp_insert_user(
				array(
					'user_login'   => $login,
					'user_pass'    => 'password',
					'user_email'   => $login . '@example.test',
					'display_name' => $name,
					'role'         => $role,
					'locale'       => 'vi',
				)
			);
			if ( $position && ! is_wp_error( $ids[ $login ] ) ) {
				update_user_meta( $ids[ $login ], 'ttdt_board_position', $position );
			}
		}

		update_option(
			\Ttdt\Settings\Settings::OPTION,
			array(
				'unit_name'    => 'thị trấn Thanh Chương',
				'agency_name'  => 'Ủy ban nhân dân thị trấn Thanh Chương',
				'board_head'   => 'Ông Nguyễn Văn Trưởng – Chủ tịch UBND thị trấn, Trưởng Ban biên tập',
				'address'      => 'Thị trấn Thanh Chương, tỉnh Nghệ An',
				'phone'        => '0238 3 821 000',
				'email'        => 'thitranthanhchuong@gmail.com',
				'license_note' => 'Quy chế hoạt động ban hành kèm theo Quyết định của UBND thị trấn Thanh Chương (2023)',
			)
		);

		$sections = array(
			'news'          => \Ttdt\Content\Sections::term_id( 'news' ),
			'directives'    => \Ttdt\Content\Sections::term_id( 'directives' ),
			'procedures'    => \Ttdt\Content\Sections::term_id( 'procedures' ),
			'reference'     => \Ttdt\Content\Sections::term_id( \Ttdt\Content\Sections::REFERENCE ),
		);
		$author   = is_wp_error( $ids['truongban'] ) ? 1 : $ids['truongban'];
		$articles = array(
			array( 'news', 'Thị trấn Thanh Chương ra quân tổng vệ sinh môi trường', 'Sáng Chủ nhật, hàng trăm cán bộ, đoàn viên và nhân dân các khối xóm đã tham gia dọn dẹp đường làng, khơi thông cống rãnh.', 'Văn phòng – Thống kê UBND thị trấn', 'Lê Văn Cập', false ),
			array( 'news', 'Hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội 6 tháng cuối năm', 'UBND thị trấn tổ chức hội nghị đánh giá kết quả 6 tháng đầu năm và triển khai nhiệm vụ trọng tâm.', 'Ban biên tập', 'Trần Thị Kiểm', false ),
			array( 'directives', 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm nay', 'UBND thị trấn ban hành kế hoạch phòng, chống thiên tai, phân công nhiệm vụ cho các khối, xóm và đơn vị.', 'UBND thị trấn', 'Nguyễn Văn Trưởng', false ),
			array( 'procedures', 'Thủ tục đăng ký khai sinh tại UBND thị trấn', 'Hồ sơ gồm tờ khai theo mẫu và giấy chứng sinh; kết quả trả trong ngày làm việc.', 'Bộ phận Một cửa UBND thị trấn', 'Lê Văn Cập', false ),
			array( 'reference', 'Thông tin về dự kiến mở rộng chợ trung tâm (tin tham khảo)', 'Thông tin chưa được cơ quan có thẩm quyền xác nhận, chỉ có giá trị tham khảo.', 'Bạn đọc phản ánh', 'Phạm Thị Cộng', true ),
		);
		foreach ( $articles as list( $section, $title, $content, $source, $writer, $is_reference ) ) {
			wp_insert_post(
				array(
					'post_title'    => $title,
					'post_content'  => '<!-- wp:paragraph --><p>' . esc_html( $content ) . '</p><!-- /wp:paragraph -->',
					'post_status'   => 'publish',
					'post_author'   => $author,
					'post_category' => array_filter( array( $sections[ $section ] ) ),
					'meta_input'    => array(
						'ttdt_source'       => $source,
						'ttdt_writer'       => $writer,
						'ttdt_is_reference' => $is_reference,
						'ttdt_received_via' => 'online',
					),
				)
			);
		}

		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_title'   => 'Giới thiệu',
				'post_name'    => 'gioi-thieu',
				'post_status'  => 'publish',
				'post_author'  => $author,
				'post_content' => '<!-- wp:paragraph --><p>Trang thông tin điện tử của Ủy ban nhân dân thị trấn Thanh Chương.</p><!-- /wp:paragraph --><!-- wp:ttdt/agency-notice /-->',
			)
		);

		// A commune portal, not WordPress's sample blog: the plugin's home and contact
		// patterns become the front page and the contact page; the samples go.
		foreach ( array( 'hello-world' => 'post', 'sample-page' => 'page' ) as $slug => $type ) {
			$sample = get_page_by_path( $slug, OBJECT, $type );
			if ( $sample ) {
				wp_delete_post( $sample->ID, true );
			}
		}
		$pages = array(
			'trang-chu' => array( 'Trang chủ', 'home' ),
			'lien-he'   => array( 'Liên hệ', 'contact' ),
		);
		foreach ( $pages as $slug => list( $title, $pattern ) ) {
			$content = \Ttdt\Blocks\Patterns::definition( $pattern )['content'];
			if ( 'home' === $pattern && wp_is_block_theme() ) {
				// The footer carries the agency notice on every page (below): not twice here.
				$content = str_replace( '<!-- wp:ttdt/agency-notice /-->', '', $content );
			}
			$pages[ $slug ] = wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_title'   => $title,
					'post_name'    => $slug,
					'post_status'  => 'publish',
					'post_author'  => $author,
					'post_content' => $content,
				)
			);
		}
		update_option( 'show_on_front', 'page' );
		update_option( 'page_on_front', (int) $pages['trang-chu'] );
	},
	30
);

// Citizen feedback pages (issue #11), seeded once also on demo sites seeded before they existed.
add_action(
	'init',
	static function (): void {
		if ( get_option( 'ttdt_env_demo_feedback_seeded' ) || ! class_exists( '\Ttdt\Feedback\QaPostType' ) ) {
			return;
		}
		update_option( 'ttdt_env_demo_feedback_seeded', 1 );
		$pages = array(
			'gop-y-phan-anh'   => array( 'Góp ý, phản ánh, kiến nghị', 'Người dân, tổ chức gửi phản ánh, kiến nghị, câu hỏi và góp ý đến Ủy ban nhân dân thị trấn. Sau khi gửi, bạn nhận được mã tra cứu để theo dõi việc xử lý.', 'ttdt/feedback-form' ),
			'tra-cuu-phan-anh' => array( 'Tra cứu phản ánh, kiến nghị', 'Nhập mã tra cứu và địa chỉ thư điện tử hoặc số điện thoại bạn đã cung cấp để xem tình trạng xử lý và nội dung trả lời.', 'ttdt/feedback-lookup' ),
			'hoi-dap'          => array( 'Hỏi đáp', 'Các câu hỏi của người dân đã được Ủy ban nhân dân thị trấn trả lời công khai.', 'ttdt/qa-list' ),
		);
		foreach ( $pages as $slug => list( $title, $intro, $block ) ) {
			if ( get_page_by_path( $slug ) ) {
				continue;
			}
			wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_title'   => $title,
					'post_name'    => $slug,
					'post_status'  => 'publish',
					'post_content' => '<!-- wp:paragraph --><p>' . esc_html( $intro ) . '</p><!-- /wp:paragraph --><!-- wp:' . $block . ' /-->',
				)
			);
		}
		wp_insert_post(
			array(
				'post_type'    => \Ttdt\Feedback\QaPostType::NAME,
				'post_title'   => 'Bộ phận một cửa có làm việc vào sáng thứ Bảy không?',
				'post_status'  => 'publish',
				'post_content' => '<!-- wp:paragraph {"className":"ttdt-qa__question"} --><p class="ttdt-qa__question">Xin hỏi bộ phận tiếp nhận và trả kết quả thủ tục hành chính của thị trấn có làm việc vào sáng thứ Bảy không?</p><!-- /wp:paragraph --><!-- wp:heading {"level":3} --><h3 class="wp-block-heading">Trả lời</h3><!-- /wp:heading --><!-- wp:paragraph {"className":"ttdt-qa__answer"} --><p class="ttdt-qa__answer">Bộ phận một cửa làm việc sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30 để tiếp nhận hồ sơ chứng thực và hộ tịch.</p><!-- /wp:paragraph -->',
				'meta_input'   => array( \Ttdt\Feedback\QaPostType::META_TYPE => 'hoi_dap' ),
			)
		);
	},
	31
);

// The libraries a citizen comes for (issue #13): directive documents, one replaced by a newer
// one, and a procedure, each on a page with its block. Seeded once, also on older demo sites.
add_action(
	'init',
	static function (): void {
		// In a request where the plugin runs (the one that activates it does not boot it), so
		// its hooks index, date and count what is written here.
		if ( get_option( 'ttdt_env_demo_library_seeded' ) || ! did_action( 'ttdt_loaded' ) ) {
			return;
		}
		update_option( 'ttdt_env_demo_library_seeded', 1 );
		$head   = get_user_by( 'login', 'truongban' );
		$author = $head ? $head->ID : 1;
		$term = static function ( string $name, string $taxonomy ): int {
			$found = term_exists( $name, $taxonomy );
			$found = $found ? $found : wp_insert_term( $name, $taxonomy );
			return is_array( $found ) ? (int) $found['term_id'] : 0;
		};
		$provenance = array(
			'ttdt_source'       => 'Văn phòng – Thống kê UBND thị trấn',
			'ttdt_writer'       => 'Lê Văn Cập',
			'ttdt_received_via' => 'online',
		);
		$documents  = array(
			'old'      => array( '08/KH-UBND', 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025', '2025-02-14', 'Kế hoạch', 'Phòng, chống thiên tai', array() ),
			'new'      => array( '12/KH-UBND', 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026', '2026-02-10', 'Kế hoạch', 'Phòng, chống thiên tai', array( 'old' ) ),
			'decision' => array( '45/QĐ-UBND', 'Quyết định ban hành Quy chế hoạt động của Trang thông tin điện tử thị trấn Thanh Chương', '2023-03-15', 'Quyết định', 'Thông tin, truyền thông', array() ),
		);
		$ids        = array();
		foreach ( $documents as $key => list( $number, $title, $issued, $type, $field, $replaces ) ) {
			$id = wp_insert_post(
				array(
					'post_type'    => \Ttdt\Documents\DocumentPostType::NAME,
					'post_title'   => $title,
					'post_status'  => 'publish',
					'post_author'  => $author,
					'post_content' => '<!-- wp:paragraph --><p>' . esc_html( $title ) . ' của Ủy ban nhân dân thị trấn Thanh Chương.</p><!-- /wp:paragraph -->',
					'meta_input'   => $provenance + array(
						\Ttdt\Documents\DocumentMeta::NUMBER    => $number,
						\Ttdt\Documents\DocumentMeta::SIGNER    => 'Nguyễn Văn Trưởng',
						\Ttdt\Documents\DocumentMeta::ISSUED    => $issued,
						\Ttdt\Documents\DocumentMeta::EFFECTIVE => $issued,
					),
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				continue;
			}
			$ids[ $key ] = $id;
			// One row per related document, as the editor stores them.
			foreach ( $replaces as $old ) {
				add_post_meta( $id, \Ttdt\Documents\DocumentMeta::REPLACES, $ids[ $old ] );
			}
			wp_set_object_terms( $id, $term( $type, \Ttdt\Documents\DocumentTaxonomies::TYPE ), \Ttdt\Documents\DocumentTaxonomies::TYPE );
			wp_set_object_terms( $id, $term( 'UBND thị trấn', \Ttdt\Documents\DocumentTaxonomies::BODY ), \Ttdt\Documents\DocumentTaxonomies::BODY );
			wp_set_object_terms( $id, $term( $field, \Ttdt\Documents\DocumentTaxonomies::FIELD ), \Ttdt\Documents\DocumentTaxonomies::FIELD );
		}
		$procedure = wp_insert_post(
			array(
				'post_type'    => \Ttdt\Documents\ProcedurePostType::NAME,
				'post_title'   => 'Đăng ký khai sinh',
				'post_status'  => 'publish',
				'post_author'  => $author,
				'post_content' => '<!-- wp:paragraph --><p>Thủ tục đăng ký khai sinh cho trẻ em sinh ra trên địa bàn thị trấn.</p><!-- /wp:paragraph -->',
				'meta_input'   => $provenance + array(
					\Ttdt\Documents\ProcedureMeta::CODE    => '1.001193',
					\Ttdt\Documents\ProcedureMeta::STEPS   => "Nộp hồ sơ tại Bộ phận Một cửa UBND thị trấn hoặc trên Cổng Dịch vụ công quốc gia.\nCông chức tư pháp – hộ tịch kiểm tra hồ sơ và ghi vào Sổ hộ tịch.\nNhận Giấy khai sinh.",
					\Ttdt\Documents\ProcedureMeta::DOSSIER => "Tờ khai đăng ký khai sinh theo mẫu.\nGiấy chứng sinh.",
					\Ttdt\Documents\ProcedureMeta::TIME    => 'Trong ngày làm việc',
					\Ttdt\Documents\ProcedureMeta::FEES    => 'Miễn lệ phí',
					\Ttdt\Documents\ProcedureMeta::BASIS   => 'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP.',
					\Ttdt\Documents\ProcedureMeta::RESULT  => 'Giấy khai sinh',
				),
			),
			true
		);
		if ( ! is_wp_error( $procedure ) ) {
			wp_set_object_terms( $procedure, $term( 'Hộ tịch', \Ttdt\Documents\DocumentTaxonomies::FIELD ), \Ttdt\Documents\DocumentTaxonomies::FIELD );
		}
		$pages = array(
			'van-ban'            => array( 'Văn bản chỉ đạo điều hành', 'Tìm văn bản theo số, ký hiệu, trích yếu, loại, cơ quan ban hành, lĩnh vực hay năm ban hành; gõ có dấu hay không dấu đều được.', 'ttdt/documents' ),
			'thu-tuc-hanh-chinh' => array( 'Thủ tục hành chính', 'Các thủ tục hành chính thực hiện tại UBND thị trấn: trình tự, hồ sơ, thời hạn, lệ phí và biểu mẫu.', 'ttdt/procedures' ),
		);
		foreach ( $pages as $slug => list( $title, $intro, $block ) ) {
			if ( ! get_page_by_path( $slug ) ) {
				wp_insert_post(
					array(
						'post_type'    => 'page',
						'post_title'   => $title,
						'post_name'    => $slug,
						'post_status'  => 'publish',
						'post_content' => '<!-- wp:paragraph --><p>' . esc_html( $intro ) . '</p><!-- /wp:paragraph --><!-- wp:' . $block . ' /-->',
					)
				);
			}
		}
	},
	31
);

// The frame of every page: a menu of the portal's sections and pages, and a foot with the
// portal's name and the agency notice from the plugin's footer pattern, in place of the
// theme's page list and its sample links and credits (a footer the site customised stays).
// Seeded once, also on demo sites seeded before.
add_action(
	'init',
	static function (): void {
		// After the library (its pages are in the menu), in a request where the plugin runs.
		if ( get_option( 'ttdt_env_demo_frame_seeded' ) || ! did_action( 'ttdt_loaded' ) || ! wp_is_block_theme() ) {
			return;
		}
		update_option( 'ttdt_env_demo_frame_seeded', 1 );
		$theme = get_stylesheet();

		$links = '<!-- wp:home-link {"label":"Trang chủ"} /-->';
		foreach ( array(
			'gioi-thieu'                => 'Giới thiệu',
			'tin-tuc-su-kien'           => 'Tin tức',
			'van-ban'                   => 'Văn bản',
			'thu-tuc-hanh-chinh'        => 'Thủ tục',
			'gop-y-phan-anh'            => 'Góp ý',
			'hoi-dap'                   => 'Hỏi đáp',
			'lien-he'                   => 'Liên hệ',
		) as $slug => $label ) {
			$page = get_page_by_path( $slug );
			$term = $page ? null : get_term_by( 'slug', $slug, 'category' );
			if ( $page || $term ) {
				$links .= '<!-- wp:navigation-link ' . wp_json_encode(
					$page
						? array( 'label' => $label, 'type' => 'page', 'id' => $page->ID, 'url' => get_permalink( $page ), 'kind' => 'post-type' )
						: array( 'label' => $label, 'type' => 'category', 'id' => $term->term_id, 'url' => get_term_link( $term ), 'kind' => 'taxonomy' ),
					JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
				) . ' /-->';
			}
		}
		// The header's navigation shows the most recent menu when it names none.
		wp_insert_post(
			array(
				'post_type'    => 'wp_navigation',
				'post_title'   => 'Menu chính',
				'post_status'  => 'publish',
				'post_content' => $links,
			)
		);

		$footer = get_block_template( $theme . '//footer', 'wp_template_part' );
		if ( ! $footer || 'custom' === $footer->source ) {
			return;
		}
		$id = wp_insert_post(
			array(
				'post_type'    => 'wp_template_part',
				'post_name'    => 'footer',
				'post_title'   => $footer->title,
				'post_status'  => 'publish',
				'post_content' => \Ttdt\Blocks\Patterns::definition( 'footer' )['content'],
			),
			true
		);
		if ( ! is_wp_error( $id ) ) {
			wp_set_object_terms( $id, $theme, 'wp_theme' );
			wp_set_object_terms( $id, WP_TEMPLATE_PART_AREA_FOOTER, 'wp_template_part_area' );
		}
	},
	32
);
