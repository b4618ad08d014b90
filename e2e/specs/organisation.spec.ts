/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * The organisation page as a citizen sees it (issue 13, Art. 4.1.1): the leadership and staff
 * grouped by unit, leadership first, the contact officer for information requests marked,
 * phone and e-mail as links a finger can hit, no official hidden by the board and never the
 * unit's forwarding e-mail; no script of the block. Fixtures through REST.
 */

type Record = { id: number };

test.describe( 'Organisation page (issue 13)', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'a citizen sees the officials by unit and finds the contact officer', async ( {
		page,
		requestUtils,
	} ) => {
		const stamp = String( Date.now() ).slice( -6 );
		const unit = async ( name: string ) =>
			( await requestUtils.rest( {
				method: 'POST',
				path: '/ttdt/v1/units',
				data: {
					title: `${ name } ${ stamp }`,
					status: 'publish',
					meta: {
						ttdt_unit_email: `chuyen-tiep-${ stamp }@example.test`,
					},
				},
			} ) ) as Record;
		const committee = await unit( 'Ủy ban nhân dân xã' );
		const office = await unit( 'Văn phòng - Thống kê' );
		const official = ( data: {
			name: string;
			unit: number;
			order: number;
			position: string;
			contact?: boolean;
			shown?: boolean;
		} ) =>
			requestUtils.rest( {
				method: 'POST',
				path: '/ttdt/v1/officials',
				data: {
					title: `${ data.name } ${ stamp }`,
					meta: {
						ttdt_official_unit: data.unit,
						ttdt_official_order: data.order,
						ttdt_official_position: data.position,
						ttdt_official_phone: '0210 3851 234',
						ttdt_official_email: `can-bo-${ data.order }@example.test`,
						ttdt_official_contact: data.contact ?? false,
						ttdt_official_shown: data.shown ?? true,
					},
				},
			} );
		await official( {
			name: 'Hoàng Văn Đầu Mối',
			unit: office.id,
			order: 5,
			position: 'Công chức Văn phòng - Thống kê',
			contact: true,
		} );
		await official( {
			name: 'Lê Văn Chủ Tịch',
			unit: committee.id,
			order: 1,
			position: 'Chủ tịch UBND xã',
		} );
		await official( {
			name: 'Người Chưa Công Bố',
			unit: office.id,
			order: 6,
			position: 'Công chức',
			shown: false,
		} );
		const created = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				title: `Cơ cấu tổ chức ${ stamp }`,
				status: 'publish',
				content: `<!-- wp:ttdt/organisation {"unit":0} /-->`,
			},
		} ) ) as { link: string };

		const response = await page.goto( created.link );
		expect( response?.status() ).toBe( 200 );
		const block = page.locator( '.wp-block-ttdt-organisation' );
		const units = block.locator( '.ttdt-organisation__unit' );
		const ours = units.filter( { hasText: stamp } );
		await expect( ours ).toHaveCount( 2 );
		await expect( ours.nth( 0 ).getByRole( 'heading' ) ).toHaveText(
			`Ủy ban nhân dân xã ${ stamp }`
		);
		await expect( ours.nth( 0 ) ).toContainText( 'Chủ tịch UBND xã' );
		const officer = ours.nth( 1 ).locator( '.ttdt-organisation__official', {
			hasText: `Hoàng Văn Đầu Mối ${ stamp }`,
		} );
		await expect( officer ).toContainText(
			'Đầu mối tiếp nhận yêu cầu cung cấp thông tin'
		);
		await expect( block ).not.toContainText( 'Người Chưa Công Bố' );
		await expect( block ).not.toContainText( `chuyen-tiep-${ stamp }` );

		// Phone and e-mail are links a finger can hit (44 px), on a phone-sized screen too.
		await page.setViewportSize( { width: 360, height: 740 } );
		for ( const link of await officer.getByRole( 'link' ).all() ) {
			const box = await link.boundingBox();
			expect( box?.height ?? 0 ).toBeGreaterThanOrEqual( 44 );
		}
		await expect( officer.getByRole( 'link' ).first() ).toHaveAttribute(
			'href',
			'tel:02103851234'
		);
		await expect(
			page.locator( 'script[src*="organisation"]' )
		).toHaveCount( 0 );
	} );
} );
