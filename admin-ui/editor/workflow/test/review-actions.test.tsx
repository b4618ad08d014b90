/**
 * External dependencies
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

/**
 * Internal dependencies
 */
import ReviewActions from '../review-actions';

// The notices package drags in a second copy of the components, which Jest cannot load; a
// store with the one action used stands in for it.
jest.mock( '@wordpress/notices', () => {
	const { createReduxStore, register } =
		jest.requireActual( '@wordpress/data' );
	const store = createReduxStore( 'ttdt-test/notices', {
		reducer: ( state = [] ) => state,
		actions: {
			createSuccessNotice: () => ( { type: 'NOTICE' } ),
		},
	} );
	register( store );
	return { store };
} );
// Approvals go to the server through apiFetch: record what is sent.
jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn( async () => ( {} ) ),
} ) );
import apiFetch from '@wordpress/api-fetch';
import type { Workflow } from '../use-workflow';
import type { WorkflowItem } from '../../../data/generated/schemas';

const item = ( allowed: WorkflowItem[ 'allowed_actions' ] ): WorkflowItem => ( {
	id: 12,
	title: 'Hội nghị',
	status: 'pending',
	state: 'submitted',
	author: { id: 3, name: 'Phạm Thị Cộng' },
	writer: 'Phạm Thị Cộng',
	received_at: '2026-02-13',
	received_via: 'paper',
	deadline: '2026-02-23',
	overdue: false,
	time_left: { days: 2, unit: 'working', overdue: false },
	reviewers: [ { id: 5, name: 'Lê Văn Duyệt' } ],
	awaiting_you: allowed.includes( 'approve' ),
	approved: null,
	returned: null,
	history: [],
	allowed_actions: allowed,
	edit_link: '',
	fingerprint: 'a'.repeat( 64 ),
} );

/**
 * Whether a button refuses clicks (disabled, or aria-disabled while focusable).
 *
 * @param element Button.
 */
const isDisabled = ( element: HTMLElement ) =>
	element.hasAttribute( 'disabled' ) ||
	element.getAttribute( 'aria-disabled' ) === 'true';

const workflow = ( overrides: Partial< Workflow > = {} ): Workflow => ( {
	item: null,
	isBusy: false,
	isDirty: false,
	act: jest.fn( async () => true ),
	...overrides,
} );

describe( 'ReviewActions', () => {
	it( 'shows nothing to someone who may neither approve nor return', () => {
		const { container } = render(
			<ReviewActions
				item={ item( [ 'submit' ] ) }
				workflow={ workflow() }
			/>
		);
		expect( container.innerHTML ).toBe( '' );
	} );

	it( 'returns only with a reason, then clears it', async () => {
		const flow = workflow();
		render(
			<ReviewActions
				item={ item( [ 'approve', 'return' ] ) }
				workflow={ flow }
			/>
		);
		const returnButton = screen.getByRole( 'button', {
			name: 'Return to writer',
		} );
		expect( isDisabled( returnButton ) ).toBe( true );

		fireEvent.change(
			screen.getByRole( 'textbox', { name: 'Comment for the writer' } ),
			{ target: { value: '   ' } }
		);
		expect( isDisabled( returnButton ) ).toBe( true );

		fireEvent.change(
			screen.getByRole( 'textbox', { name: 'Comment for the writer' } ),
			{ target: { value: 'Thiếu nguồn ảnh.' } }
		);
		expect( isDisabled( returnButton ) ).toBe( false );
		fireEvent.click( returnButton );
		expect( flow.act ).toHaveBeenCalledTimes( 1 );
		await waitFor( () =>
			expect(
				(
					screen.getByRole( 'textbox', {
						name: 'Comment for the writer',
					} ) as HTMLTextAreaElement
				 ).value
			).toBe( '' )
		);
	} );

	it( 'approves without a comment, and warns that unsaved edits are saved first', async () => {
		const flow = workflow( { isDirty: true } );
		render(
			<ReviewActions item={ item( [ 'approve' ] ) } workflow={ flow } />
		);
		expect(
			screen.queryByText( 'Your unsaved changes will be saved first.' )
		).not.toBeNull();
		expect(
			screen.queryByRole( 'button', { name: 'Return to writer' } )
		).toBeNull();
		fireEvent.click( screen.getByRole( 'button', { name: 'Approve' } ) );
		await waitFor( () => expect( flow.act ).toHaveBeenCalledTimes( 1 ) );
	} );

	it( 'approves the item as the moderator saw it: sends the fingerprint it loaded', async () => {
		const flow = workflow( {
			act: jest.fn( async ( run ) => {
				await run( 12 );
				return true;
			} ),
		} );
		render(
			<ReviewActions item={ item( [ 'approve' ] ) } workflow={ flow } />
		);
		fireEvent.click( screen.getByRole( 'button', { name: 'Approve' } ) );
		await waitFor( () =>
			expect( apiFetch ).toHaveBeenCalledWith( {
				path: '/ttdt/v1/workflow/12/approve',
				method: 'POST',
				data: { fingerprint: 'a'.repeat( 64 ), note: '' },
			} )
		);
	} );
} );
