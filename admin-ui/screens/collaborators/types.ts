/**
 * Internal dependencies
 */
import type { TtdtCollaboratorMeta } from '../../data/generated/contract';
import {
	recordToRow,
	rowToRecord,
	type RecordPost,
	type RecordRow,
} from '../../data/record-post';

/**
 * A registry record as `ttdt/v1/collaborators` returns it in the `edit` context.
 */
export type Collaborator = RecordPost< TtdtCollaboratorMeta > & {
	published_count: number;
};

/**
 * The flat shape the form edits.
 */
export type CollaboratorForm = RecordRow< TtdtCollaboratorMeta >;

/**
 * A row of the list: the form's values and the count the server adds. The list and the
 * form share one set of fields over this shape.
 */
export type CollaboratorItem = CollaboratorForm & { published_count?: number };

/**
 * The list's row for a record, or a new record's values.
 *
 * @param record Record, or undefined for a new one.
 */
export function toItem( record?: Collaborator ): CollaboratorItem {
	return record
		? { ...toForm( record ), published_count: record.published_count }
		: toForm();
}

export const EMPTY_FORM: CollaboratorForm = {
	name: '',
	ttdt_unit: '',
	ttdt_phone: '',
	ttdt_email: '',
	ttdt_notes: '',
	ttdt_user_id: 0,
};

/**
 * The form's values for a record.
 *
 * @param record Record, or undefined for a new one.
 */
export function toForm( record?: Collaborator ): CollaboratorForm {
	return recordToRow( EMPTY_FORM, record );
}

/**
 * The REST payload for the form's values (the count is the server's, not sent back): every
 * record is published as soon as it is saved.
 *
 * @param form Form values.
 */
export function toRecord( form: CollaboratorItem ) {
	const { published_count: count, ...values } = form;
	return rowToRecord( values );
}
