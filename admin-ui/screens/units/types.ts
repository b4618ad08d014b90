/**
 * Internal dependencies
 */
import type { TtdtUnitMeta } from '../../data/generated/contract';

/**
 * A unit as `ttdt/v1/units` returns it in the `edit` context.
 */
export type Unit = {
	id: number;
	title: { raw: string; rendered?: string };
	meta: TtdtUnitMeta;
};

/**
 * The flat shape the list shows and the form edits.
 */
export type UnitItem = TtdtUnitMeta & {
	id?: number;
	name: string;
};

export const EMPTY_UNIT: UnitItem = {
	name: '',
	ttdt_unit_head: '',
	ttdt_unit_email: '',
	ttdt_unit_phone: '',
};

/**
 * The row of a record.
 *
 * @param record Record, or undefined for a new one.
 */
export function toItem( record?: Unit ): UnitItem {
	if ( ! record ) {
		return { ...EMPTY_UNIT };
	}
	return {
		...EMPTY_UNIT,
		...record.meta,
		id: record.id,
		name: record.title.raw,
	};
}

/**
 * The REST payload of a row: every unit is published as soon as it is saved.
 *
 * @param item Row.
 */
export function toRecord( item: UnitItem ) {
	const { id, name, ...meta } = item;
	return {
		...( id ? { id } : {} ),
		title: name.trim(),
		status: 'publish',
		meta,
	};
}
