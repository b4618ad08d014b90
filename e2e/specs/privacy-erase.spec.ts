/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { fixtureWriter } from '../support/workflow';
import {
	privacyRequest,
	runPrivacyTool,
	type ExportItem,
} from '../support/privacy';

/**
 * The registry's "delete" only moves a collaborator to the trash. The privacy tools must
 * still find, export and erase what the trash holds: an erasure that reports success leaves
 * nothing of the person but the name printed on archived items.
 */

const stamp = Date.now();

type Entry = {
	id: number;
	status: string;
	title: { raw: string };
	meta: Record< string, unknown >;
};

test.describe( 'Privacy tools and the collaborator registry trash', () => {
	test( 'export and erase cover trashed collaborators; nothing of the person is left', async ( {
		page,
		requestUtils,
	} ) => {
		const email = `thung-rac-${ stamp }@example.test`;
		const phone = `0911 ${ String( stamp ).slice( -6 ) }`;
		const notes = `Ghi chú riêng ${ stamp }`;
		const details = {
			ttdt_unit: 'Hội Nông dân',
			ttdt_phone: phone,
			ttdt_email: email,
			ttdt_notes: notes,
		};
		const kept = `Đỗ Văn Đã Xóa ${ stamp }`;
		const alone = `Đỗ Thị Không Bài ${ stamp }`;

		// Two records of the same person: one is printed as the writer of a published item,
		// the other wrote nothing. Both are "deleted" in the registry, i.e. trashed.
		const withItem: Entry = await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/collaborators',
			data: { title: kept, meta: details },
		} );
		const withoutItem: Entry = await requestUtils.rest( {
			method: 'POST',
			path: '/ttdt/v1/collaborators',
			data: { title: alone, meta: details },
		} );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: {
				title: `Tin do ${ kept } viết`,
				status: 'publish',
				// Filed for a writer: nobody approves (by publishing) an item of their own.
				author: ( await fixtureWriter( requestUtils ) ).id,
				meta: {
					ttdt_source: 'Hội Nông dân',
					ttdt_writer: kept,
					ttdt_collaborator_id: withItem.id,
				},
			},
		} );
		for ( const record of [ withItem, withoutItem ] ) {
			const trashed: Entry = await requestUtils.rest( {
				method: 'DELETE',
				path: `/ttdt/v1/collaborators/${ record.id }`,
			} );
			expect( trashed.status ).toBe( 'trash' );
		}

		// Export: the trashed records are the person's data and are exported.
		const exported = await runPrivacyTool< { data: ExportItem[] } >(
			page,
			'wp-privacy-export-personal-data',
			await privacyRequest( page, 'export-personal-data.php', email ),
			( data ) =>
				data.data.some(
					( item ) => item.group_id === 'ttdt-collaborators'
				)
		);
		const values = exported.data
			.filter( ( item ) => item.group_id === 'ttdt-collaborators' )
			.flatMap( ( item ) => item.data.map( ( field ) => field.value ) );
		expect( values ).toEqual(
			expect.arrayContaining( [ kept, alone, phone, email, notes ] )
		);

		// Erase: it reports what it removed and what it kept, and why.
		const erased = await runPrivacyTool< {
			items_removed: boolean;
			items_retained: boolean;
			messages: string[];
		} >(
			page,
			'wp-privacy-erase-personal-data',
			await privacyRequest( page, 'erase-personal-data.php', email ),
			( data ) =>
				data.messages.some( ( message ) => message.includes( kept ) )
		);
		expect( erased.items_removed ).toBe( true );
		expect( erased.items_retained ).toBe( true );

		// Read back as the administrator, trash included: only the printed name is left.
		const after: Entry = await requestUtils.rest( {
			path: `/ttdt/v1/collaborators/${ withItem.id }`,
			params: { context: 'edit' },
		} );
		expect( after.title.raw ).toBe( kept );
		expect( after.meta ).toMatchObject( {
			ttdt_unit: '',
			ttdt_phone: '',
			ttdt_email: '',
			ttdt_notes: '',
			ttdt_user_id: 0,
		} );
		await expect(
			requestUtils.rest( {
				path: `/ttdt/v1/collaborators/${ withoutItem.id }`,
				params: { context: 'edit' },
			} )
		).rejects.toMatchObject( { code: 'rest_post_invalid_id' } );

		const trash = JSON.stringify(
			await requestUtils.rest( {
				path: '/ttdt/v1/collaborators',
				params: {
					status: 'trash',
					context: 'edit',
					per_page: 100,
				},
			} )
		);
		expect( trash ).toContain( kept );
		for ( const trace of [ alone, phone, email, notes ] ) {
			expect( trash ).not.toContain( trace );
		}
	} );
} );
