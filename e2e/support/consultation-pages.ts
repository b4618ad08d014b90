/**
 * External dependencies
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { once, type Saved } from './portal-pages';

/**
 * The pages of the drafts for comment and of the business showcase, for the screenshots of
 * `blocks-layout.spec.ts`. Neither list has a search, so these fixtures are the first of
 * each list whatever other tests add: the drafts are ordered by their last day, latest first,
 * and these close on the last days of 2099; the showcase is ordered by name, and these names
 * start with "An" and "Ba". The blocks are set to show exactly these two.
 */
export type ConsultationPages = {
	drafts: string;
	/** A draft open for comment: its page shows the files and the comment form. */
	draft: string;
	businessShowcase: string;
};

// Written by the fixture writer, as the regulation's provenance fields require.
const PROVENANCE = {
	ttdt_source: 'Văn phòng HĐND và UBND xã',
	ttdt_writer: 'Nguyễn Văn Viết',
};

/** A one-page PDF: the smallest file a PDF reader opens. */
const PDF =
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/**
 * A PDF in the media library with this title.
 *
 * @param requestUtils Admin request utilities.
 * @param name         File name, without extension.
 * @param title        Title shown as the file's name.
 */
async function pdf(
	requestUtils: RequestUtils,
	name: string,
	title: string
): Promise< number > {
	const file = path.join( os.tmpdir(), `${ name }.pdf` );
	fs.writeFileSync( file, PDF );
	const { id } = ( await requestUtils.uploadMedia( file ) ) as { id: number };
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/media/${ id }`,
		data: { title },
	} );
	return id;
}

/**
 * The published item with this slug, or undefined: files are uploaded only for a new one.
 *
 * @param requestUtils Admin request utilities.
 * @param type         REST base of its post type.
 * @param slug         Fixed slug.
 */
async function existing(
	requestUtils: RequestUtils,
	type: string,
	slug: string
): Promise< Saved | undefined > {
	const [ found ] = ( await requestUtils.rest( {
		path: `/wp/v2/${ type }`,
		params: { slug, status: 'publish' },
	} ) ) as Saved[];
	return found;
}

/**
 * Creates (once per site) two drafts for comment, two business entries and their pages.
 *
 * @param requestUtils Admin request utilities.
 * @param author       The fixture writer: the administrator's publishing approves the items.
 */
export async function consultationPages(
	requestUtils: RequestUtils,
	author: number
): Promise< ConsultationPages > {
	// Not open yet: the list shows its state beside the open one.
	await once( requestUtils, 'ttdt-drafts', 'bo-cuc-du-thao-sap-mo', {
		author,
		title: 'Dự thảo Quy ước thôn Trung Hòa (sửa đổi, bổ sung) giai đoạn 2099 – 2104',
		meta: {
			...PROVENANCE,
			ttdt_draft_opens: '2099-11-01',
			ttdt_draft_closes: '2099-12-31',
		},
	} );
	const draft =
		( await existing(
			requestUtils,
			'ttdt-drafts',
			'bo-cuc-du-thao-dang-mo'
		) ) ??
		( await once( requestUtils, 'ttdt-drafts', 'bo-cuc-du-thao-dang-mo', {
			author,
			title: 'Dự thảo Quy chế quản lý, sử dụng nhà văn hóa thôn và khu thể thao xã Khối Thử',
			content:
				'<!-- wp:paragraph --><p>Ủy ban nhân dân xã đăng tải dự thảo để lấy ý kiến Nhân dân trước khi ban hành.</p><!-- /wp:paragraph -->',
			meta: {
				...PROVENANCE,
				ttdt_draft_opens: '2026-11-02',
				ttdt_draft_closes: '2099-12-30',
				ttdt_draft_files: [
					await pdf(
						requestUtils,
						'bo-cuc-du-thao-quy-che',
						'Dự thảo Quy chế quản lý nhà văn hóa thôn'
					),
				],
			},
		} ) );

	const business = async (
		slug: string,
		data: Record< string, unknown >
	): Promise< Saved > => {
		const found = await existing( requestUtils, 'ttdt-businesses', slug );
		if ( found ) {
			return found;
		}
		// The business's signed confirmation, checked by the administrator (a moderator):
		// without both the entry is not published.
		const confirmation = await pdf(
			requestUtils,
			`xac-nhan-${ slug }`,
			'Văn bản xác nhận nội dung'
		);
		return once( requestUtils, 'ttdt-businesses', slug, {
			author,
			...data,
			meta: {
				...PROVENANCE,
				ttdt_biz_fee: 0,
				...( data.meta as object ),
				ttdt_biz_confirmation: confirmation,
				ttdt_biz_confirmation_checked: confirmation,
			},
		} );
	};
	await business( 'bo-cuc-htx-an-binh', {
		title: 'An Bình – Hợp tác xã nông nghiệp rau an toàn thôn Trung Hòa',
		excerpt:
			'Hợp tác xã trồng và sơ chế rau an toàn theo tiêu chuẩn VietGAP, cung cấp cho các bếp ăn trường học trong xã.',
		meta: {
			ttdt_biz_kind: 'business',
			ttdt_biz_address: 'Thôn Trung Hòa, xã Khối Thử, tỉnh Thử Nghiệm',
			ttdt_biz_phone: '0238 3 000 222',
			ttdt_biz_email: 'htx.anbinh@example.test',
			ttdt_biz_website: 'https://htx-anbinh.example.test/',
			ttdt_biz_products: 'Rau cải ngọt\nSu hào\nCà chua bi',
		},
	} );
	await business( 'bo-cuc-banh-da-ke', {
		title: 'Bánh đa Kế – sản phẩm OCOP 3 sao',
		excerpt:
			'Bánh đa nướng làm thủ công từ gạo và vừng của xã, đạt chứng nhận OCOP 3 sao năm 2025.',
		meta: {
			ttdt_biz_kind: 'product',
			ttdt_biz_address: 'Cơ sở Nguyễn Văn Kế, thôn Đông, xã Khối Thử',
			ttdt_biz_phone: '0912 000 333',
			ttdt_biz_products: 'Bánh đa vừng\nBánh đa gấc',
		},
	} );

	const page = async ( slug: string, title: string, content: string ) =>
		( await once( requestUtils, 'pages', slug, { title, content } ) ).link;
	return {
		drafts: await page(
			'bo-cuc-du-thao',
			'Dự thảo lấy ý kiến',
			'<!-- wp:ttdt/drafts {"perPage":2} /-->'
		),
		draft: draft.link,
		businessShowcase: await page(
			'bo-cuc-doanh-nghiep',
			'Doanh nghiệp, sản phẩm tiêu biểu',
			'<!-- wp:ttdt/business-showcase {"perPage":2} /-->'
		),
	};
}
