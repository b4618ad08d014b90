/**
 * Incident reports (Art. 8.2, 13.5): a collaborator reports from the admin bar; the head of
 * the board receives the mail at once, and the report is in the audit log.
 */

/**
 * Internal dependencies
 */
import { test, expect } from '../support/mailbox';
import { sessionFor, storageStatePathFor } from '../support/session';
import { ensureUser } from '../support/users';

test.describe( 'Incident reports (Art. 8.2, 13.5)', () => {
	test( "a collaborator's report reaches the head's mail and the audit log", async ( {
		browser,
		requestUtils,
		mailbox,
	} ) => {
		const head = await ensureUser(
			requestUtils,
			'e2e_incident_head',
			'ttdt_publisher'
		);
		await requestUtils.rest( {
			method: 'POST',
			path: `/ttdt/v1/board/${ head.id }`,
			data: { position: 'head' },
		} );
		const collaborator = await ensureUser(
			requestUtils,
			'e2e_incident_ctv',
			'ttdt_collaborator'
		);
		// Signs in once and stores the cookies the browser context below reuses.
		await ( await sessionFor( collaborator ) ).dispose();
		const context = await browser.newContext( {
			baseURL: process.env.WP_BASE_URL,
			storageState: storageStatePathFor( collaborator.username ),
		} );
		const page = await context.newPage();
		const marker = `Bản thảo mật bị gửi qua Zalo ${ Date.now() }`;

		await page.goto( '/wp-admin/' );
		await page.locator( '#wp-admin-bar-ttdt-report-incident a' ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Báo cáo sự cố' } );
		await dialog.getByLabel( 'Sự việc' ).fill( marker );
		await dialog.getByRole( 'button', { name: 'Gửi báo cáo' } ).click();
		await expect(
			page
				.getByText( 'Báo cáo của đồng chí đã được gửi tới Trưởng ban.' )
				.first()
		).toBeVisible();
		await expect(
			page.getByRole( 'row' ).filter( { hasText: marker } )
		).toBeVisible();
		await context.close();

		const mail = await mailbox.waitFor(
			( message ) =>
				message.to.includes( 'e2e_incident_head@example.test' ) &&
				message.text.includes( marker )
		);
		expect( mail.subject ).toContain( 'Báo cáo sự cố' );
		expect( mailbox.to( 'e2e_incident_ctv@example.test' ) ).toHaveLength(
			0
		);

		const entries = ( await requestUtils.rest( {
			path: '/ttdt/v1/audit',
			params: { action: 'incident.report', per_page: 5 },
		} ) ) as Array< { user_login: string; summary: string } >;
		expect( entries[ 0 ].user_login ).toBe( 'e2e_incident_ctv' );
	} );
} );
