/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	consultationPages,
	type ConsultationPages,
} from './consultation-pages';
import { once } from './portal-pages';
import { fixtureWriter } from './workflow';

/**
 * A page per public block and per pattern of the plugin, with fixed content, for the
 * screenshots: each list block is opened with a search that finds only the fixtures made
 * here, so what other tests add to the site never shows.
 */
export type BlockPages = ConsultationPages & {
	feedbackForm: string;
	feedbackLookup: string;
	qaList: string;
	documents: string;
	procedures: string;
	/** A replaced document: its details carry the notice and the link to the new one. */
	document: string;
	procedure: string;
	homePattern: string;
	contactPattern: string;
	/** The organisation block of the fixture unit only: other specs' officials never show. */
	organisation: string;
};

// Words only these fixtures contain: the searches of the list blocks.
export const DOCUMENT_SEARCH = 'Hoàng Văn Bố Cục';
export const PROCEDURE_SEARCH = '1.009917';
export const QA_SEARCH = 'bocuc';
// The unit and the officials of the organisation block and the officials screen.
export const OFFICIALS_UNIT = 'Ủy ban nhân dân xã (Bố Cục)';
export const OFFICIALS_SEARCH = 'Bố Cục';

// Written by the fixture writer, as the regulation's provenance fields require.
const PROVENANCE = {
	ttdt_source: 'Văn phòng HĐND và UBND xã',
	ttdt_writer: 'Nguyễn Văn Viết',
};

/**
 * The term of a taxonomy with this name, created when missing.
 *
 * @param requestUtils Admin request utilities.
 * @param taxonomy     REST base of the taxonomy.
 * @param name         Name.
 */
async function term(
	requestUtils: RequestUtils,
	taxonomy: string,
	name: string
): Promise< number > {
	const found = ( await requestUtils.rest( {
		path: `/wp/v2/${ taxonomy }`,
		params: { search: name },
	} ) ) as Array< { id: number; name: string } >;
	const existing = found.find( ( item ) => item.name === name );
	if ( existing ) {
		return existing.id;
	}
	const made = ( await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/${ taxonomy }`,
		data: { name },
	} ) ) as { id: number };
	return made.id;
}

/**
 * The unit of the organisation fixtures and its two officials (the chairman, and a contact
 * officer for information requests), made once per site with fixed words; no photo.
 *
 * @param requestUtils Admin request utilities.
 * @return The unit's ID.
 */
export async function officialFixtures(
	requestUtils: RequestUtils
): Promise< number > {
	const units = ( await requestUtils.rest( {
		path: '/ttdt/v1/units',
		params: { search: OFFICIALS_UNIT, context: 'edit' },
	} ) ) as Array< { id: number; title: { raw: string } } >;
	const unit =
		units.find( ( item ) => item.title.raw === OFFICIALS_UNIT )?.id ??
		(
			( await requestUtils.rest( {
				method: 'POST',
				path: '/ttdt/v1/units',
				data: { title: OFFICIALS_UNIT, status: 'publish' },
			} ) ) as { id: number }
		 ).id;
	const officials = ( await requestUtils.rest( {
		path: '/ttdt/v1/officials',
		params: { search: OFFICIALS_SEARCH, context: 'edit' },
	} ) ) as Array< { title: { raw: string } } >;
	const people = [
		{
			title: 'Trần Văn Bố Cục',
			meta: {
				ttdt_official_position: 'Chủ tịch Ủy ban nhân dân xã',
				ttdt_official_phone: '0238 3 000 555',
				ttdt_official_email: 'chutich.bocuc@example.test',
				ttdt_official_order: 1,
			},
		},
		{
			title: 'Phạm Thị Bố Cục',
			meta: {
				ttdt_official_position: 'Công chức Văn phòng - Thống kê',
				ttdt_official_phone: '0238 3 000 666',
				ttdt_official_email: 'vanphong.bocuc@example.test',
				ttdt_official_order: 2,
				ttdt_official_contact: true,
			},
		},
	];
	for ( const person of people ) {
		if ( officials.some( ( item ) => item.title.raw === person.title ) ) {
			continue;
		}
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/officials',
			data: {
				title: person.title,
				meta: {
					ttdt_official_unit: unit,
					ttdt_official_shown: true,
					...person.meta,
				},
			},
		} );
	}
	return unit;
}

/**
 * A page holding this block markup, once per site.
 *
 * @param requestUtils Admin request utilities.
 * @param slug         Fixed slug.
 * @param title        Title.
 * @param content      Block markup.
 */
async function page(
	requestUtils: RequestUtils,
	slug: string,
	title: string,
	content: string
): Promise< string > {
	return ( await once( requestUtils, 'pages', slug, { title, content } ) )
		.link;
}

/**
 * Creates (once per site) the pages and fixtures of the public blocks and patterns.
 *
 * @param requestUtils Admin request utilities.
 */
export async function blockPages(
	requestUtils: RequestUtils
): Promise< BlockPages > {
	const author = ( await fixtureWriter( requestUtils ) ).id;
	const decision = await term( requestUtils, 'ttdt_doc_type', 'Quyết định' );
	const committee = await term( requestUtils, 'ttdt_agency', 'UBND xã' );
	const civil = await term( requestUtils, 'ttdt_field', 'Hộ tịch' );
	const document = ( slug: string, data: Record< string, unknown > ) =>
		once( requestUtils, 'ttdt-documents', slug, {
			author,
			ttdt_doc_type: [ decision ],
			ttdt_agency: [ committee ],
			ttdt_field: [ civil ],
			...data,
			meta: {
				...PROVENANCE,
				ttdt_doc_signer: DOCUMENT_SEARCH,
				...( data.meta as object ),
			},
		} );
	const old = await document( 'bo-cuc-quy-che-cu', {
		title: 'Về việc ban hành Quy chế tiếp công dân của Ủy ban nhân dân xã Khối Thử',
		meta: {
			ttdt_doc_number: '917/QĐ-UBND',
			ttdt_doc_issued: '2024-03-01',
			ttdt_doc_effective: '2024-03-15',
		},
	} );
	await document( 'bo-cuc-quy-che-moi', {
		title: 'Về việc ban hành Quy chế tiếp công dân (thay thế Quyết định số 917/QĐ-UBND)',
		meta: {
			ttdt_doc_number: '1024/QĐ-UBND',
			ttdt_doc_issued: '2026-06-01',
			ttdt_doc_effective: '2026-06-15',
			ttdt_doc_replaces: [ old.id ],
		},
	} );
	const procedure = await once(
		requestUtils,
		'ttdt-procedures',
		'bo-cuc-dang-ky-khai-sinh',
		{
			author,
			title: 'Đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới',
			ttdt_field: [ civil ],
			ttdt_agency: [ committee ],
			meta: {
				...PROVENANCE,
				ttdt_proc_code: PROCEDURE_SEARCH,
				ttdt_proc_time:
					'Ngay trong ngày làm việc; trường hợp phải xác minh không quá 05 ngày làm việc',
				ttdt_proc_fees: 'Miễn lệ phí',
				ttdt_proc_result: 'Giấy khai sinh (bản chính)',
				ttdt_proc_steps:
					'Bước 1: Nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân xã.\nBước 2: Công chức tư pháp – hộ tịch kiểm tra hồ sơ.\nBước 3: Nhận kết quả.',
				ttdt_proc_dossier:
					'Tờ khai đăng ký khai sinh theo mẫu; giấy chứng sinh hoặc văn bản của người làm chứng.',
				ttdt_proc_url:
					'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.009917',
			},
		}
	);
	await once( requestUtils, 'hoi-dap', 'bo-cuc-hoi-dap', {
		title: 'Hỏi (bocuc): Thủ tục cấp lại giấy khai sinh bị mất cần những giấy tờ gì?',
		content:
			'<!-- wp:paragraph --><p>Người yêu cầu nộp tờ khai theo mẫu và xuất trình giấy tờ tùy thân tại Bộ phận một cửa của xã.</p><!-- /wp:paragraph -->',
	} );

	const patterns = ( await requestUtils.rest( {
		path: '/wp/v2/block-patterns/patterns',
	} ) ) as Array< { name: string; content: string } >;
	const pattern = ( name: string ) =>
		patterns.find( ( item ) => item.name === `ttdt-portal/${ name }` )
			?.content ?? '';

	return {
		...( await consultationPages( requestUtils, author ) ),
		feedbackForm: await page(
			requestUtils,
			'bo-cuc-gop-y',
			'Góp ý, phản ánh',
			'<!-- wp:ttdt/feedback-form /-->'
		),
		feedbackLookup: await page(
			requestUtils,
			'bo-cuc-tra-cuu',
			'Tra cứu phản ánh',
			'<!-- wp:ttdt/feedback-lookup /-->'
		),
		qaList: await page(
			requestUtils,
			'bo-cuc-hoi-dap-trang',
			'Hỏi đáp',
			'<!-- wp:ttdt/qa-list /-->'
		),
		documents: await page(
			requestUtils,
			'bo-cuc-van-ban',
			'Văn bản chỉ đạo điều hành',
			'<!-- wp:ttdt/documents {"perPage":5} /-->'
		),
		procedures: await page(
			requestUtils,
			'bo-cuc-thu-tuc',
			'Thủ tục hành chính',
			'<!-- wp:ttdt/procedures {"perPage":5} /-->'
		),
		document: old.link,
		procedure: procedure.link,
		homePattern: await page(
			requestUtils,
			'bo-cuc-mau-trang-chu',
			'Trang chủ (mẫu)',
			pattern( 'home' )
		),
		contactPattern: await page(
			requestUtils,
			'bo-cuc-mau-lien-he',
			'Liên hệ (mẫu)',
			pattern( 'contact' )
		),
		organisation: await page(
			requestUtils,
			'bo-cuc-co-cau-to-chuc',
			'Cơ cấu tổ chức',
			`<!-- wp:ttdt/organisation {"unit":${ await officialFixtures(
				requestUtils
			) }} /-->`
		),
	};
}
