/**
 * External dependencies
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

/**
 * WordPress dependencies
 */
import apiFetch, { type APIFetchOptions } from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { BoardChanges, BoardEntry } from '../../../data/board';
import { useChoices } from '../../../data/schema-labels';
import EditMember from '../edit-member';
import { boardFields } from '../fields';

const member: BoardEntry = {
	id: 12,
	name: 'Trần Thị Kiểm',
	username: 'kiem',
	email: 'kiem@example.test',
	role: 'ttdt_updater',
	role_label: 'Cập nhật',
	position: '',
	position_label: '',
	decision_number: '',
	decision_date: '',
	term_start: '',
	term_end: '',
	term_ended: false,
};

// The schema as the server sends it, names in the user's language (here: Vietnamese).
const schema = {
	properties: {
		role: {
			enum: [ '', 'ttdt_updater', 'ttdt_moderator' ],
			'x-labels': {
				'': '— Giữ cấp quyền hiện tại —',
				ttdt_updater: 'Cập nhật',
				ttdt_moderator: 'Kiểm duyệt',
			},
		},
		position: {
			enum: [ '', 'head', 'deputy' ],
			'x-labels': {
				'': '— Không thuộc Ban biên tập —',
				head: 'Trưởng ban',
				deputy: 'Phó Trưởng ban',
			},
		},
	},
};

// The server, at apiFetch's middleware level: the schemas store above it is the real one.
// (The save goes through core-data, which jest cannot load with today's duplicated
// node_modules; e2e/specs/board.spec.ts checks what the server stored.)
const requests: APIFetchOptions[] = [];
apiFetch.use( ( options ) => {
	requests.push( options );
	return options.method === 'OPTIONS' && options.path === '/ttdt/v1/board'
		? Promise.resolve( { schema } )
		: Promise.reject( { message: `Unexpected ${ options.path }` } );
} );

type Save = ( id: number, changes: BoardChanges ) => Promise< BoardEntry >;

/**
 * The form as the screen builds it, with the server's names.
 *
 * @param props        Props.
 * @param props.onSave Saves the changes.
 * @param props.onDone Called when the form closes.
 */
function Form( { onSave, onDone }: { onSave: Save; onDone: () => void } ) {
	const choices = useChoices( '/ttdt/v1/board' );
	if ( ! choices ) {
		return null;
	}
	const named = { position: choices.position, role: choices.role };
	return (
		<EditMember
			member={ member }
			fields={ boardFields( named ) }
			choices={ named }
			onSave={ onSave }
			onDone={ onDone }
		/>
	);
}

const typeDate = ( label: string, value: string ) =>
	fireEvent.change( screen.getByRole( 'textbox', { name: label } ), {
		target: { value },
	} );

describe( 'EditMember', () => {
	it( 'offers the choices the server names, and saves what was typed', async () => {
		const onDone = jest.fn();
		const saved: Array< [ number, BoardChanges ] > = [];
		const onSave: Save = async ( id, changes ) => {
			saved.push( [ id, changes ] );
			return { ...member, ...changes };
		};
		render( <Form onSave={ onSave } onDone={ onDone } /> );

		const position = await screen.findByRole( 'combobox', {
			name: 'Board position',
		} );
		expect(
			screen
				.getAllByRole( 'option' )
				.map( ( option ) => option.textContent )
		).toEqual( [
			'— Không thuộc Ban biên tập —',
			'Trưởng ban',
			'Phó Trưởng ban',
			// A user who holds a role is not offered to keep none.
			'Cập nhật',
			'Kiểm duyệt',
		] );

		fireEvent.change( position, { target: { value: 'deputy' } } );
		fireEvent.change(
			screen.getByRole( 'combobox', { name: 'Permission level' } ),
			{ target: { value: 'ttdt_moderator' } }
		);
		fireEvent.change(
			screen.getByRole( 'textbox', { name: 'Decision number' } ),
			{ target: { value: '15/QĐ-UBND' } }
		);
		typeDate( 'Decision date', '15/03/2024' );
		typeDate( 'Term ends', '14/03/2029' );
		fireEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );

		await waitFor( () => expect( onDone ).toHaveBeenCalled() );
		// The schema was read once, by OPTIONS.
		expect( requests.map( ( r ) => r.method ) ).toEqual( [ 'OPTIONS' ] );
		// Only what changed, dates as the API speaks them.
		expect( saved ).toEqual( [
			[
				12,
				{
					position: 'deputy',
					role: 'ttdt_moderator',
					decision_number: '15/QĐ-UBND',
					decision_date: '2024-03-15',
					term_end: '2029-03-14',
				},
			],
		] );
	} );

	it( 'cannot save a day that does not exist', async () => {
		render(
			<Form onSave={ () => Promise.reject() } onDone={ jest.fn() } />
		);
		await screen.findByRole( 'combobox', { name: 'Board position' } );

		const save = () =>
			screen.getByRole( 'button', { name: 'Save' } ) as HTMLButtonElement;
		typeDate( 'Term starts', '31/02/2024' );
		expect( save().disabled ).toBe( true );
		typeDate( 'Term starts', '28/02/2024' );
		expect( save().disabled ).toBe( false );
	} );

	it( "shows the server's reason and stays open when the save is refused", async () => {
		const onDone = jest.fn();
		// What core-data throws with `throwOnError`: the REST error.
		const onSave: Save = () =>
			Promise.reject( {
				code: 'ttdt_board_role',
				message: 'Không thể hạ cấp quản trị viên cuối cùng.',
			} );
		render( <Form onSave={ onSave } onDone={ onDone } /> );
		fireEvent.change(
			await screen.findByRole( 'combobox', { name: 'Permission level' } ),
			{ target: { value: 'ttdt_moderator' } }
		);
		fireEvent.click( screen.getByRole( 'button', { name: 'Save' } ) );

		// Shown in a notice inside the form (and also spoken to screen readers).
		const shown = await screen.findAllByText(
			'Không thể hạ cấp quản trị viên cuối cùng.'
		);
		expect(
			shown.some( ( node ) =>
				node.closest( 'form .components-notice.is-error' )
			)
		).toBe( true );
		expect( onDone ).not.toHaveBeenCalled();
	} );
} );
