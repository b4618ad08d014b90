/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { fixtureWriter } from './workflow';

/**
 * The public pages the plugin renders, with fixed content and dates so screenshots of them
 * are the same on every run: an article with its writer and source, a reference item, a page
 * with the agency notice, the section of the article and the home page.
 */
export type PortalPages = {
	home: string;
	article: string;
	reference: string;
	notice: string;
	section: string;
};

// Fixed on every run: the screenshots compare these words and dates.
export const AGENCY_SETTINGS = {
	agency_name: 'Ủy ban nhân dân xã Khối Thử',
	board_head: 'Bà Nguyễn Thị Biên – Trưởng Ban biên tập',
	license_note: 'Giấy phép số 01/GP-TTĐT ngày 02/11/2026',
	address: 'Số 1 đường Làng, thôn Trung Hòa, xã Khối Thử, tỉnh Thử Nghiệm',
	phone: '0238 3 000 111',
	email: 'lienhe@example.test',
};

const PUBLISHED_AT = '2026-11-02T09:00:00';

export type Saved = { id: number; link: string };

/**
 * The item with this slug, created once per site with fixed fields.
 *
 * @param requestUtils Admin request utilities.
 * @param type         REST base of its post type under `wp/v2`: `posts`, `pages`, …
 * @param slug         Fixed slug.
 * @param data         Fields.
 */
export async function once(
	requestUtils: RequestUtils,
	type: string,
	slug: string,
	data: Record< string, unknown >
): Promise< Saved > {
	const [ found ] = ( await requestUtils.rest( {
		path: `/wp/v2/${ type }`,
		params: { slug, status: 'publish' },
	} ) ) as Saved[];
	if ( found ) {
		return found;
	}
	return requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/${ type }`,
		data: { slug, status: 'publish', date: PUBLISHED_AT, ...data },
	} );
}

/**
 * Creates (once per site) the public pages of the plugin and returns their addresses.
 *
 * @param requestUtils Admin request utilities.
 */
export async function portalPages(
	requestUtils: RequestUtils
): Promise< PortalPages > {
	await requestUtils.rest( {
		method: 'POST',
		path: '/ttdt/v1/settings',
		data: AGENCY_SETTINGS,
	} );
	// Written by someone else, so the administrator may approve them by publishing them.
	const author = ( await fixtureWriter( requestUtils ) ).id;
	const [ news ] = ( await requestUtils.rest( {
		path: '/wp/v2/categories',
		params: { slug: 'tin-tuc-su-kien' },
	} ) ) as Array< { id: number; link: string } >;
	const article = await once( requestUtils, 'posts', 'bo-cuc-tin-bai', {
		author,
		title: 'Khai giảng lớp tập huấn chuyển đổi số cho cán bộ thôn',
		content:
			'<!-- wp:paragraph --><p>Sáng ngày 02/11/2026, Ủy ban nhân dân xã tổ chức lớp tập huấn chuyển đổi số cho cán bộ các thôn.</p><!-- /wp:paragraph -->',
		categories: [ news.id ],
		meta: {
			// A long name and an address with no space to break at: the line must wrap.
			ttdt_writer: 'Nguyễn Thị Thanh Hương (Văn phòng HĐND và UBND xã)',
			ttdt_source:
				'Trung tâm Văn hóa – Thông tin và Thể thao xã, https://vanhoa.khoithu.example.test/tin-tuc/2026/11/tap-huan-chuyen-doi-so',
		},
	} );
	const reference = await once( requestUtils, 'posts', 'bo-cuc-tham-khao', {
		author,
		title: 'Dự kiến mở rộng chợ trung tâm xã',
		content:
			'<!-- wp:paragraph --><p>Bạn đọc phản ánh nhu cầu mở rộng chợ trung tâm.</p><!-- /wp:paragraph -->',
		categories: [ news.id ],
		meta: {
			ttdt_writer: 'Phạm Thị B',
			ttdt_source: 'Bạn đọc phản ánh',
			ttdt_is_reference: true,
		},
	} );
	const notice = await once( requestUtils, 'pages', 'bo-cuc-lien-he', {
		title: 'Thông tin liên hệ',
		content:
			'<!-- wp:ttdt/agency-notice {"showContact":true} /--><!-- wp:paragraph --><p>Liên hệ Ban biên tập trong giờ hành chính.</p><!-- /wp:paragraph -->',
	} );
	return {
		home: '/',
		article: article.link,
		reference: reference.link,
		notice: notice.link,
		section: news.link,
	};
}

/**
 * The rest of the portal settings at fixed values, so the settings screen reads the same on
 * every run whatever other tests changed before.
 */
export const SCREEN_SETTINGS = {
	...AGENCY_SETTINGS,
	unit_name: 'xã Khối Thử',
	weekly_quota: 1,
	approval_days: 3,
	approval_day_mode: 'calendar',
	tet_days: [ -1, 0, 1, 2, 3 ],
	national_day_extra: 'before',
	swap_days: [],
};
