/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { sql } from '../support/native-db';

/**
 * Appends entries of one action straight to the log (MariaDB's sequence engine), dated in
 * 2001 so that they sort after every entry the other specs look for. Entry `n` of `rows` is
 * summarised `<prefix> n`; the newest is the highest `n`.
 *
 * @param action Action of the entries.
 * @param rows   How many.
 * @param prefix Summary before the number.
 */
function seedLog( action: string, rows: number, prefix: string ): void {
	sql(
		`INSERT INTO wp_ttdt_audit_log (occurred_at, user_id, user_login, ip, action, object_type, object_id, summary)
		 SELECT '2001-01-01' + INTERVAL seq MINUTE, 1, 'admin', '127.0.0.1', '${ action }', 'post', seq, CONCAT('${ prefix } ', seq)
		 FROM seq_1_to_${ rows }`
	);
}

// A log past the count cap (native stack only: the rows are written by SQL). The server counts
// up to 10,000; the screen says "more than" and pages on by cursor past the count.
test.describe( 'Audit log beyond 10,000 entries (native stack)', () => {
	test( 'the screen says "Hơn 10.000 mục" and pages past the count; a small list shows its exact total', async ( {
		admin,
		page,
	} ) => {
		const stamp = Date.now();
		const many = `e2e.many${ stamp }`;
		const few = `e2e.few${ stamp }`;
		// 10,120 entries: 202 full pages and a last page of 20.
		seedLog( many, 10_120, `Bản ghi lớn ${ stamp }` );
		seedLog( few, 3, `Bản ghi nhỏ ${ stamp }` );

		await admin.visitAdminPage( 'admin.php', 'page=ttdt-portal-audit' );
		const rows = page
			.getByRole( 'row' )
			.filter( { hasText: `Bản ghi lớn ${ stamp }` } );
		const pagination = page.locator( '.dataviews-pagination' );
		const next = pagination.getByRole( 'button' ).last();

		await page.getByLabel( 'Thao tác' ).selectOption( few );
		await expect(
			page.getByText( '3 mục', { exact: true } )
		).toBeVisible();
		await expect(
			page
				.getByRole( 'row' )
				.filter( { hasText: `Bản ghi nhỏ ${ stamp }` } )
		).toHaveCount( 3 );

		await page.getByLabel( 'Thao tác' ).selectOption( many );
		await expect(
			page.getByText( 'Hơn 10.000 mục', { exact: true } )
		).toBeVisible();
		await expect( rows ).toHaveCount( 50 );
		await expect(
			rows.filter( { hasText: `Bản ghi lớn ${ stamp } 10120` } )
		).toHaveCount( 1 );

		// The last page the capped count knows of, read by offset…
		await pagination.locator( 'select' ).selectOption( '201' );
		await expect(
			rows.filter( { hasText: `Bản ghi lớn ${ stamp } 71` } )
		).toHaveCount( 1 );
		await expect( rows ).toHaveCount( 50 );
		// …and on by cursor to the true end of the list.
		await next.click();
		await expect(
			rows.filter( { hasText: `Bản ghi lớn ${ stamp } 21` } )
		).toHaveCount( 1 );
		await expect( rows ).toHaveCount( 50 );
		await next.click();
		await expect(
			rows.filter( {
				hasText: new RegExp( `Bản ghi lớn ${ stamp } 1(?!\\d)` ),
			} )
		).toHaveCount( 1 );
		await expect( rows ).toHaveCount( 20 );
		await expect( next ).toBeDisabled();
	} );
} );
