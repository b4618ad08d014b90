/**
 * External dependencies
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import { dispatch, select } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import ConfirmDelete from '..';

const NOTICE_ID = 'ttdt-test';

/**
 * The notices the dialog left, as the screen's `Notices` would show them.
 */
function notices() {
	return select( noticesStore )
		.getNotices()
		.map( ( notice ) => [ notice.status, notice.content ] );
}

function renderDialog( onDelete: () => Promise< unknown > ) {
	const closeModal = jest.fn();
	render(
		<ConfirmDelete
			question="Xóa kế hoạch nháp “Quý I” và các chủ đề?"
			onDelete={ onDelete }
			deleted="Đã xóa kế hoạch."
			failed="Không xóa được kế hoạch."
			noticeId={ NOTICE_ID }
			closeModal={ closeModal }
		/>
	);
	return closeModal;
}

describe( 'ConfirmDelete', () => {
	afterEach( () => dispatch( noticesStore ).removeNotice( NOTICE_ID ) );

	it( 'asks, then deletes, says so and closes', async () => {
		const onDelete = jest.fn( () => Promise.resolve( { deleted: true } ) );
		const closeModal = renderDialog( onDelete );
		expect(
			screen.getByText( 'Xóa kế hoạch nháp “Quý I” và các chủ đề?' )
		).toBeTruthy();

		fireEvent.click( screen.getByRole( 'button', { name: 'Delete' } ) );

		await waitFor( () => expect( closeModal ).toHaveBeenCalledTimes( 1 ) );
		expect( onDelete ).toHaveBeenCalledTimes( 1 );
		expect( notices() ).toEqual( [ [ 'success', 'Đã xóa kế hoạch.' ] ] );
	} );

	it( "shows the server's reason when it refuses, and closes", async () => {
		const closeModal = renderDialog( () =>
			Promise.reject( {
				code: 'ttdt_plan_locked',
				message: 'Kế hoạch đã được duyệt, không xóa được.',
			} )
		);

		fireEvent.click( screen.getByRole( 'button', { name: 'Delete' } ) );

		await waitFor( () => expect( closeModal ).toHaveBeenCalledTimes( 1 ) );
		expect( notices() ).toEqual( [
			[ 'error', 'Kế hoạch đã được duyệt, không xóa được.' ],
		] );
	} );

	it( 'Cancel closes without deleting', () => {
		const onDelete = jest.fn( () => Promise.resolve() );
		const closeModal = renderDialog( onDelete );

		fireEvent.click( screen.getByRole( 'button', { name: 'Cancel' } ) );

		expect( closeModal ).toHaveBeenCalledTimes( 1 );
		expect( onDelete ).not.toHaveBeenCalled();
		expect( notices() ).toEqual( [] );
	} );
} );
