/**
 * Internal dependencies
 */
import { TextEdit, type CheckedField } from '../form-controls';

/**
 * The first field of a register (units, officials, collaborators): the record's name, its
 * title, shown bold in the list, searched, never hidden, and required by the form.
 *
 * @param label          Label of the field.
 * @param invalidMessage What to tell when the name is empty.
 */
export function nameField< Item extends { name: string } >(
	label: string,
	invalidMessage: string
): CheckedField< Item > {
	return {
		id: 'name',
		type: 'text',
		label,
		Edit: TextEdit,
		isValid: ( item ) => item.name.trim() !== '',
		invalidMessage,
		render: ( { item } ) => <strong>{ item.name }</strong>,
		enableHiding: false,
		enableGlobalSearch: true,
	};
}
