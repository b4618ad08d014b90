/**
 * WordPress dependencies
 */
import { DataForm, isItemValid, type Field } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DialogButtons from '../../components/dialog-buttons';
import Notices from '../../components/notices';
import type { BoardChanges, BoardChoices, BoardEntry } from '../../data/board';
import { useNoticedSubmit } from '../../data/use-noticed-submit';

/** Notices context of the form: its errors show inside the dialog. */
export const EDIT_MEMBER_NOTICES = 'ttdt-board-edit';

const FORM = {
	type: 'regular' as const,
	fields: [
		'position',
		'role',
		'decision_number',
		'decision_date',
		'term_start',
		'term_end',
	] satisfies Array< keyof BoardChanges >,
};

type Props = {
	member: BoardEntry;
	fields: Field< BoardEntry >[];
	choices: BoardChoices;
	onSave: ( id: number, changes: BoardChanges ) => Promise< BoardEntry >;
	onDone: () => void;
};

/**
 * The changes of a draft against the saved entry; the role only when one is chosen (an
 * empty role keeps what a user holds outside the portal's roles).
 *
 * @param member Saved entry.
 * @param draft  Edited entry.
 */
export function changesOf(
	member: BoardEntry,
	draft: BoardEntry
): BoardChanges {
	const changes: Record< string, unknown > = {};
	for ( const key of FORM.fields ) {
		if ( ( draft[ key ] ?? '' ) !== ( member[ key ] ?? '' ) ) {
			changes[ key ] = draft[ key ] ?? '';
		}
	}
	if ( changes.role === '' ) {
		delete changes.role;
	}
	return changes as BoardChanges;
}

/**
 * The form of one person's board position, appointing decision, term and permission level:
 * a DataForm over the roster's own fields. The server checks everything again; its
 * Vietnamese message is shown as it comes.
 *
 * @param props         Component props.
 * @param props.member  The person.
 * @param props.fields  The roster's fields.
 * @param props.choices The server's names of positions and roles.
 * @param props.onSave  Saves the changes.
 * @param props.onDone  Closes the form.
 */
export default function EditMember( {
	member,
	fields,
	choices,
	onSave,
	onDone,
}: Props ) {
	const [ draft, setDraft ] = useState< BoardEntry >( member );
	const { isSaving, onSubmit, cancel } = useNoticedSubmit( {
		context: EDIT_MEMBER_NOTICES,
		submit: () => onSave( member.id, changesOf( member, draft ) ),
		success: () =>
			sprintf(
				/* translators: %s: the person's name. */
				__( 'Changes to %s saved.', 'ttdt-portal' ),
				member.name
			),
		failure: __( 'The change could not be saved.', 'ttdt-portal' ),
		onDone,
	} );

	// A user with none of the portal's roles may keep it: offer '' as its own choice.
	const formFields = useMemo(
		() =>
			fields.map( ( field ) =>
				field.id === 'role' && member.role === ''
					? { ...field, elements: choices.role }
					: field
			),
		[ fields, choices, member.role ]
	);
	const isValid = isItemValid( draft, formFields, FORM );

	return (
		<form className="ttdt-board-edit" onSubmit={ onSubmit }>
			<Notices context={ EDIT_MEMBER_NOTICES } />
			<DataForm< BoardEntry >
				data={ draft }
				fields={ formFields }
				form={ FORM }
				onChange={ ( edits ) =>
					setDraft( ( current ) => ( { ...current, ...edits } ) )
				}
			/>
			<DialogButtons
				className="ttdt-board-edit__buttons"
				label={ __( 'Save', 'ttdt-portal' ) }
				isSaving={ isSaving }
				canSubmit={ isValid }
				onCancel={ cancel }
			/>
		</form>
	);
}
