/**
 * External dependencies
 */
import { request, type APIRequestContext, type Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ensureFeedbackPages } from '../support/feedback-pages';
import { test, expect } from '../support/mailbox';
import { sessionFor, storageStatePathFor } from '../support/session';
import { ensureUser, PASSWORD } from '../support/users';

const FORM_PAGE = '/gop-y-phan-anh/';
const LOOKUP_PAGE = '/tra-cuu-phan-anh/';
const CODE =
	/^[ACDEFGHJKLMNPQRTUVWXY34679]{4}-[ACDEFGHJKLMNPQRTUVWXY34679]{2}-[ACDEFGHJKLMNPQRTUVWXY34679]{4}$/;
// A 1×1 PNG, a real image for the server's content check.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);
// The form refuses what is sent sooner than this after it was shown (a person is slower).
const MIN_FILL_MS = 3_200;

/**
 * A fresh anonymous API context, as a citizen's browser without cookies.
 */
async function anonymous(): Promise< APIRequestContext > {
	return request.newContext( {
		baseURL: process.env.WP_BASE_URL,
		storageState: { cookies: [], origins: [] },
	} );
}

/**
 * The signed form time of a freshly shown form, old enough to be accepted.
 *
 * @param api Anonymous context.
 */
async function formToken( api: APIRequestContext ): Promise< string > {
	const html = await ( await api.get( FORM_PAGE ) ).text();
	const started = /name="started" value="([^"]+)"/.exec( html )?.[ 1 ];
	expect( started ).toBeTruthy();
	await new Promise( ( resolve ) => setTimeout( resolve, MIN_FILL_MS ) );
	return started as string;
}

/**
 * Fills the form's fields as a citizen would, through their labels.
 *
 * @param page           Page with the form.
 * @param fields         Values.
 * @param fields.email   E-mail.
 * @param fields.subject Subject.
 */
async function fillForm(
	page: Page,
	fields: { email: string; subject: string }
) {
	await page.getByLabel( 'Họ và tên' ).fill( 'Nguyễn Thị Mai' );
	await page
		.getByLabel( 'Thư điện tử', { exact: true } )
		.fill( fields.email );
	await page.getByLabel( 'Địa chỉ (không bắt buộc)' ).fill( 'Xóm Đông' );
	await page.getByLabel( 'Loại phản ánh' ).selectOption( 'kien_nghi' );
	await page.getByLabel( 'Tiêu đề' ).fill( fields.subject );
	await page
		.getByLabel( 'Nội dung' )
		.fill( 'Đoạn đường liên xóm bị sụt lún sau mưa, đề nghị xã sửa chữa.' );
	await page.getByRole( 'checkbox', { name: /Tôi đồng ý/ } ).check();
}

test.describe( 'Citizen feedback: sending, tracking code, lookup', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test.beforeAll( async ( { requestUtils } ) => {
		await ensureFeedbackPages( requestUtils );
	} );

	test.beforeEach( async ( { requestUtils, mailbox } ) => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt-test/v1/feedback/reset-limits',
		} );
		mailbox.clear();
	} );

	test( 'with JavaScript: checks inline, sends without reloading, gives a code, receipt and lookup', async ( {
		page,
		mailbox,
	} ) => {
		const errors: string[] = [];
		page.on( 'pageerror', ( error ) => errors.push( error.message ) );
		await page.setViewportSize( { width: 360, height: 740 } );
		await page.goto( FORM_PAGE );
		const shownAt = Date.now();

		// Nothing filled in: messages next to the fields and a summary, no request.
		await page.getByRole( 'button', { name: 'Gửi phản ánh' } ).click();
		await expect( page.getByRole( 'alert' ) ).toHaveText(
			/Một số trường cần sửa/
		);
		const name = page.getByLabel( 'Họ và tên' );
		await expect( name ).toBeFocused();
		await expect( name ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect(
			page.locator( `#${ await name.getAttribute( 'id' ) }-error` )
		).toHaveText( 'Vui lòng điền trường này.' );
		await expect(
			page.getByText( /Vui lòng đánh dấu ô đồng ý/ )
		).toBeVisible();

		// A wrong address is caught when the field is left.
		const email = page.getByLabel( 'Thư điện tử', { exact: true } );
		await email.fill( 'mai@' );
		await email.blur();
		await expect(
			page.getByText( /Địa chỉ thư điện tử này không hợp lệ/ )
		).toBeVisible();

		const address = `mai.${ Date.now() }@example.org`;
		await fillForm( page, {
			email: address,
			subject: 'Đường liên xóm sụt lún',
		} );
		await page
			.getByLabel( 'Tệp đính kèm (không bắt buộc)' )
			.setInputFiles( {
				name: 'anh-duong.png',
				mimeType: 'image/png',
				buffer: PNG,
			} );
		// No horizontal scrolling on a 360 px phone.
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= window.innerWidth
			)
		).toBe( true );
		await page.evaluate( () => {
			( window as unknown as { ttdtSamePage: boolean } ).ttdtSamePage =
				true;
		} );
		await page.waitForTimeout(
			Math.max( 0, MIN_FILL_MS - ( Date.now() - shownAt ) )
		);
		const sent = page.waitForResponse( /\/wp-json\/ttdt\/v1\/feedback/ );
		await page.getByRole( 'button', { name: 'Gửi phản ánh' } ).click();
		expect( ( await sent ).status() ).toBe( 201 );

		const result = page.getByRole( 'status' );
		await expect( result ).toBeFocused();
		const code = (
			await page.locator( '.ttdt-feedback-form__code' ).textContent()
		)?.trim() as string;
		expect( code ).toMatch( CODE );
		await expect( result ).toContainText( 'Cảm ơn bạn' );
		expect(
			await page.evaluate(
				() =>
					( window as unknown as { ttdtSamePage?: boolean } )
						.ttdtSamePage
			)
		).toBe( true );
		expect( errors ).toEqual( [] );

		const receipt = await mailbox.waitFor( ( mail ) =>
			mail.to.includes( address )
		);
		expect( receipt.subject ).toContain( code );
		expect( receipt.text ).toContain( code );
		expect( receipt.text ).toContain( '/tra-cuu-phan-anh/' );

		// The lookup needs the code and the contact; it shows the status, no personal data.
		await page.goto( LOOKUP_PAGE );
		await page.getByLabel( 'Mã tra cứu' ).fill( code.toLowerCase() );
		await page
			.getByLabel(
				'Địa chỉ thư điện tử hoặc số điện thoại bạn đã cung cấp'
			)
			.fill( address.toUpperCase() );
		await page.getByRole( 'button', { name: 'Tra cứu' } ).click();
		const found = page.locator( '.ttdt-feedback-lookup__result' );
		await expect( found ).toContainText( code );
		await expect(
			found.locator( '.ttdt-feedback-lookup__status' )
		).toHaveText( 'Đã tiếp nhận' );
		await expect( found ).toContainText( 'Đường liên xóm sụt lún' );
		await expect( found ).not.toContainText( 'Nguyễn Thị Mai' );
	} );

	test( 'the form is served as valid HTML in the state its directives describe', async () => {
		const api = await anonymous();
		const html = await ( await api.get( FORM_PAGE ) ).text();
		await api.dispose();
		const form = html.slice( html.indexOf( 'id="ttdt-feedback-form"' ) );
		// HTML gives `<select>` and `<textarea>` no `value` attribute (core's directive
		// processing wrote one from `data-wp-bind--value`).
		expect( form ).toMatch( /<select [^>]*name="type"/ );
		expect( form ).not.toMatch( /<(select|textarea)\b[^>]*\svalue=/ );
		// Every field says it is valid until checked, and the result panel is hidden.
		for ( const field of [ 'name', 'email', 'phone', 'type', 'content' ] ) {
			expect( form ).toMatch(
				new RegExp( `name="${ field }"[^>]*aria-invalid="false"` )
			);
		}
		expect( form ).toMatch(
			/class="ttdt-feedback-form__result"[^>]*\shidden[\s>]/
		);
	} );

	test( 'without JavaScript: a plain POST, errors and the code on a server-rendered page', async ( {
		browser,
		mailbox,
	} ) => {
		const context = await browser.newContext( {
			javaScriptEnabled: false,
			storageState: { cookies: [], origins: [] },
		} );
		const page = await context.newPage();
		await page.goto( FORM_PAGE );
		await page.getByLabel( 'Họ và tên' ).fill( 'Nguyễn Thị Mai' );
		await page.getByLabel( 'Tiêu đề' ).fill( 'Hỏi' );
		await page.waitForTimeout( MIN_FILL_MS );
		await page.getByRole( 'button', { name: 'Gửi phản ánh' } ).click();

		// The server's answer: messages next to the fields, what was typed kept.
		await expect( page ).toHaveURL( /ttdt_feedback=[a-f0-9]{32}/ );
		await expect( page.getByRole( 'alert' ) ).toHaveText(
			/Một số trường cần sửa/
		);
		await expect(
			page.getByText( 'Vui lòng nhập tiêu đề ngắn (ít nhất 5 ký tự).' )
		).toBeVisible();
		await expect( page.getByLabel( 'Tiêu đề' ) ).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect( page.getByLabel( 'Họ và tên' ) ).toHaveValue(
			'Nguyễn Thị Mai'
		);

		const address = `nojs.${ Date.now() }@example.org`;
		await fillForm( page, {
			email: address,
			subject: 'Đèn đường hỏng ở xóm Đông',
		} );
		await page
			.getByLabel( 'Tệp đính kèm (không bắt buộc)' )
			.setInputFiles( [
				{ name: 'den.png', mimeType: 'image/png', buffer: PNG },
				{
					name: 'don.pdf',
					mimeType: 'application/pdf',
					buffer: Buffer.from(
						'%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n'
					),
				},
			] );
		await page.waitForTimeout( MIN_FILL_MS );
		await page.getByRole( 'button', { name: 'Gửi phản ánh' } ).click();
		const code = (
			await page.locator( '.ttdt-feedback-form__code' ).textContent()
		)?.trim() as string;
		expect( code ).toMatch( CODE );
		await expect( page.getByRole( 'status' ) ).toContainText(
			'Cảm ơn bạn'
		);
		await expect(
			page.locator( 'form.ttdt-feedback-form__form' )
		).toBeHidden();
		await mailbox.waitFor( ( mail ) => mail.to.includes( address ) );

		// The lookup works without JavaScript too.
		await page.goto( LOOKUP_PAGE );
		await page.getByLabel( 'Mã tra cứu' ).fill( code.replace( /-/g, ' ' ) );
		await page
			.getByLabel(
				'Địa chỉ thư điện tử hoặc số điện thoại bạn đã cung cấp'
			)
			.fill( address );
		await page.getByRole( 'button', { name: 'Tra cứu' } ).click();
		await expect(
			page.locator( '.ttdt-feedback-lookup__status' )
		).toHaveText( 'Đã tiếp nhận' );
		await context.close();
	} );

	test( 'wrong lookups are throttled, with a Vietnamese message', async ( {
		page,
	} ) => {
		const api = await anonymous();
		const started = await formToken( api );
		const sent = await api.post( '/wp-json/ttdt/v1/feedback', {
			multipart: {
				name: 'Trần Văn Nam',
				phone: '0912 000 111',
				type: 'hoi_dap',
				subject: 'Giờ làm việc bộ phận một cửa',
				content: 'Xin hỏi bộ phận một cửa làm việc sáng thứ Bảy không?',
				consent: '1',
				started,
			},
		} );
		expect( sent.status() ).toBe( 201 );
		const { code } = await sent.json();

		// Guesses from the citizen's browser (its address is what the limit counts).
		await page.goto( LOOKUP_PAGE );
		const lookup = ( contact: string ) =>
			page.evaluate(
				async ( [ trackingCode, who ] ) => {
					const response = await fetch(
						`/wp-json/ttdt/v1/feedback/lookup?code=${ encodeURIComponent(
							trackingCode
						) }&contact=${ encodeURIComponent( who ) }`
					);
					return {
						status: response.status,
						message: ( await response.json() ).message as string,
					};
				},
				[ code as string, contact ]
			);
		for ( let i = 0; i < 10; i++ ) {
			expect( ( await lookup( `0912999${ 100 + i }` ) ).status ).toBe(
				404
			);
		}
		const limited = await lookup( '0912000111' );
		expect( limited.status ).toBe( 429 );
		expect( limited.message ).toContain( '15 phút' );

		// The lookup page says the same, even for the right keys.
		await page.getByLabel( 'Mã tra cứu' ).fill( code );
		await page
			.getByLabel(
				'Địa chỉ thư điện tử hoặc số điện thoại bạn đã cung cấp'
			)
			.fill( '0912000111' );
		await page.getByRole( 'button', { name: 'Tra cứu' } ).click();
		await expect( page.getByRole( 'alert' ) ).toContainText( '15 phút' );
		await api.dispose();
	} );

	test( 'bad inputs, oversized files and floods are refused with Vietnamese messages, never a 500', async () => {
		const api = await anonymous();
		const started = await formToken( api );
		const valid = {
			name: 'Lê Văn Hùng',
			email: 'hung@example.org',
			type: 'gop_y',
			subject: 'Góp ý về trang thông tin',
			content: 'Đề nghị đăng lịch tiếp công dân sớm hơn mỗi tháng.',
			consent: '1',
			started,
		};
		const post = ( multipart: Record< string, unknown > ) =>
			api.post( '/wp-json/ttdt/v1/feedback', {
				multipart: multipart as Record< string, string >,
			} );
		const fieldErrors = async (
			response: Awaited< ReturnType< typeof post > >
		) => {
			expect( response.status() ).toBe( 400 );
			return ( await response.json() ).data.errors as Record<
				string,
				string
			>;
		};

		const markup = await fieldErrors(
			await post( { ...valid, subject: '<img src=x onerror=alert(1)>' } )
		);
		expect( markup.subject ).toContain( 'HTML' );

		const tooLong = await fieldErrors(
			await post( { ...valid, content: 'a'.repeat( 5001 ) } )
		);
		expect( tooLong.content ).toContain( '5000' );

		// Bytes that are not UTF-8, in a hand-built body (clients would re-encode a string).
		const boundary = 'ttdt-boundary';
		const raw = Buffer.concat( [
			...Object.entries( valid ).map( ( [ key, value ] ) =>
				Buffer.concat( [
					Buffer.from(
						`--${ boundary }\r\nContent-Disposition: form-data; name="${ key }"\r\n\r\n`
					),
					key === 'name'
						? Buffer.from( [ 0x4c, 0xea, 0x20, 0xff, 0xfe ] )
						: Buffer.from( value ),
					Buffer.from( '\r\n' ),
				] )
			),
			Buffer.from( `--${ boundary }--\r\n` ),
		] );
		const badUtf8 = await fieldErrors(
			await api.post( '/wp-json/ttdt/v1/feedback', {
				data: raw,
				headers: {
					'Content-Type': `multipart/form-data; boundary=${ boundary }`,
				},
			} )
		);
		expect( Object.keys( badUtf8 ) ).toContain( 'name' );

		const wrongType = await fieldErrors(
			await api.post( '/wp-json/ttdt/v1/feedback', {
				data: { ...valid, name: [ 'a' ] },
			} )
		);
		expect( wrongType.name ).toContain( 'văn bản' );
		const wrongKind = await fieldErrors(
			await api.post( '/wp-json/ttdt/v1/feedback', {
				data: { ...valid, type: 12 },
			} )
		);
		expect( wrongKind.type ).toBe( 'Vui lòng chọn loại phản ánh.' );

		const notImage = await fieldErrors(
			await post( {
				...valid,
				'files[]': {
					name: 'anh.png',
					mimeType: 'image/png',
					buffer: Buffer.from( '<?php echo 1; ?>' ),
				},
			} )
		);
		expect( notImage.files ).toContain( 'không phải ảnh' );

		const big = await post( {
			...valid,
			'files[]': {
				name: 'ban-scan.pdf',
				mimeType: 'application/pdf',
				buffer: Buffer.concat( [
					Buffer.from( '%PDF-1.4\n' ),
					Buffer.alloc( 6 * 1024 * 1024, 0x20 ),
				] ),
			},
		} );
		expect( [ 400, 413 ] ).toContain( big.status() );
		expect( JSON.stringify( await big.json() ) ).toMatch(
			/qu\\u00e1 l\\u1edbn|quá lớn/
		);

		const tooFast = await post( {
			...valid,
			started: /name="started" value="([^"]+)"/.exec(
				await ( await api.get( FORM_PAGE ) ).text()
			)?.[ 1 ] as string,
		} );
		expect( tooFast.status() ).toBe( 400 );
		expect( ( await tooFast.json() ).message ).toContain( 'quá nhanh' );

		const honeypot = await post( {
			...valid,
			website: 'http://spam.example',
		} );
		expect( honeypot.status() ).toBe( 400 );

		// Five accepted from one address within ten minutes, then 429.
		const statuses: number[] = [];
		for ( let i = 0; i < 6; i++ ) {
			const response = await post( {
				...valid,
				email: `flood${ i }.${ Date.now() }@example.org`,
			} );
			statuses.push( response.status() );
			if ( response.status() === 429 ) {
				expect( ( await response.json() ).message ).toContain(
					'mười phút'
				);
			}
		}
		expect( statuses ).toEqual( [ 201, 201, 201, 201, 201, 429 ] );
		await api.dispose();
	} );

	test( 'anonymous visitors and subscribers cannot read feedback through any route', async ( {
		requestUtils,
	} ) => {
		const api = await anonymous();
		const started = await formToken( api );
		const marker = `bimat${ Date.now() }@example.org`;
		const subject = `Phản ánh kín ${ Date.now() }`;
		const sent = await api.post( '/wp-json/ttdt/v1/feedback', {
			multipart: {
				name: 'Người Kín Đáo',
				email: marker,
				type: 'phan_anh',
				subject,
				content: 'Nội dung có thông tin cá nhân cần bảo vệ.',
				consent: '1',
				started,
				'files[]': {
					name: 'a.png',
					mimeType: 'image/png',
					buffer: PNG,
				},
			},
		} );
		expect( sent.status() ).toBe( 201 );
		const body = JSON.stringify( await sent.json() );
		expect( body ).not.toContain( marker );

		const subscriber = await ensureUser(
			requestUtils,
			'fb_subscriber',
			'subscriber'
		);
		for ( const user of [
			null,
			{ username: subscriber.username, password: PASSWORD },
		] ) {
			const session = await sessionFor( user );
			for ( const [ method, route ] of [
				[ 'GET', '/ttdt/v1/feedback/files/1' ],
				[ 'POST', '/ttdt/v1/feedback/staff-entry' ],
				[ 'GET', '/ttdt/v1/feedback/items' ],
			] ) {
				const response = await session.rest( method, route, {} );
				expect( [ 401, 403, 404 ], `${ method } ${ route }` ).toContain(
					response.status()
				);
				expect( await response.text() ).not.toContain( marker );
			}
			for ( const route of [
				`/wp/v2/search?search=${ encodeURIComponent( subject ) }`,
				'/wp/v2/types',
				'/ttdt/v1',
			] ) {
				const response = await session.rest( 'GET', route );
				expect( await response.text() ).not.toContain( marker );
			}
			await session.dispose();
		}
		// Searching the site for the subject finds nothing of it (the page repeats the query only).
		for ( const path of [
			'/?s=' + encodeURIComponent( subject ),
			'/feed/',
			'/hoi-dap/',
		] ) {
			expect( await ( await api.get( path ) ).text() ).not.toContain(
				marker
			);
		}
		// The private folder is never served directly.
		const guard = await api.get(
			'/wp-content/uploads/ttdt-private/index.php'
		);
		expect( guard.status() ).toBe( 403 );
		await api.dispose();
	} );
	test( 'staff record feedback received in person; the code is given to the citizen', async ( {
		browser,
		requestUtils,
	} ) => {
		const moderator = await ensureUser(
			requestUtils,
			'fb_moderator',
			'ttdt_moderator'
		);
		// Opens the session and keeps its cookies for the browser context below.
		await (
			await sessionFor( {
				username: moderator.username,
				password: PASSWORD,
			} )
		).dispose();
		const context = await browser.newContext( {
			storageState: storageStatePathFor( moderator.username ),
		} );
		const page = await context.newPage();
		await page.goto(
			'/wp-admin/admin.php?page=ttdt-portal-feedback-entry'
		);
		await page.getByLabel( 'Hình thức tiếp nhận' ).selectOption( 'phone' );
		await page.getByLabel( 'Họ và tên' ).fill( 'Đỗ Văn Tư' );
		await page.getByLabel( 'Số điện thoại' ).fill( '0988 777 666' );
		await page.getByLabel( 'Tiêu đề' ).fill( 'Cống thoát nước bị tắc' );
		await page
			.getByLabel( 'Nội dung' )
			.fill(
				'Người dân gọi điện báo cống xóm Nam bị tắc, nước tràn vào nhà.'
			);
		await page.getByRole( 'button', { name: 'Ghi nhận phản ánh' } ).click();
		const notice = page.getByRole( 'status' );
		await expect( notice ).toContainText( 'mã tra cứu' );
		const code = /([A-Z0-9]{4}-[A-Z0-9]{2}-[A-Z0-9]{4})/.exec(
			( await notice.textContent() ) ?? ''
		)?.[ 1 ] as string;
		expect( code ).toMatch( CODE );
		await context.close();

		// The citizen follows it with the code and the phone number they gave.
		const api = await anonymous();
		const found = await api.get( '/wp-json/ttdt/v1/feedback/lookup', {
			params: { code, contact: '0988777666' },
		} );
		expect( found.status() ).toBe( 200 );
		expect( ( await found.json() ).subject ).toBe(
			'Cống thoát nước bị tắc'
		);
		await api.dispose();
	} );
} );
