/**
 * The records of the registers (units, officials, collaborators): private post types whose
 * title is the name and whose fields are registered meta. One mapping between the REST record
 * and the flat row the lists show and the forms edit, so the registers cannot drift apart.
 */

/**
 * A record as `ttdt/v1/<register>` returns it in the `edit` context.
 */
export type RecordPost< Meta > = {
	id: number;
	title: { raw: string; rendered?: string };
	meta: Meta;
};

/**
 * The flat shape the list shows and the form edits: the name and the fields side by side.
 */
export type RecordRow< Meta > = Meta & {
	id?: number;
	name: string;
};

/**
 * The row of a record, over the register's empty row (so a field the record lacks keeps its
 * default); a copy of the empty row for a new record.
 *
 * @param empty  The register's empty row.
 * @param record Record, or undefined for a new one.
 */
export function recordToRow< Meta extends object >(
	empty: RecordRow< Meta >,
	record?: RecordPost< Meta >
): RecordRow< Meta > {
	if ( ! record ) {
		return { ...empty };
	}
	return {
		...empty,
		...record.meta,
		id: record.id,
		name: record.title.raw,
	};
}

/**
 * The REST payload of a row: every record is published as soon as it is saved.
 *
 * @param row Row.
 */
export function rowToRecord< Meta extends object >( row: RecordRow< Meta > ) {
	const { id, name, ...meta } = row;
	return {
		...( id ? { id } : {} ),
		title: name.trim(),
		status: 'publish',
		meta,
	};
}
