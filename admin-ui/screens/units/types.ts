/**
 * Internal dependencies
 */
import type { TtdtUnitMeta } from '../../data/generated/contract';
import {
	recordToRow,
	rowToRecord,
	type RecordPost,
	type RecordRow,
} from '../../data/record-post';

/**
 * A unit as `ttdt/v1/units` returns it in the `edit` context.
 */
export type Unit = RecordPost< TtdtUnitMeta >;

/**
 * The flat shape the list shows and the form edits.
 */
export type UnitItem = RecordRow< TtdtUnitMeta >;

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
export const toItem = ( record?: Unit ): UnitItem =>
	recordToRow( EMPTY_UNIT, record );

/**
 * The REST payload of a row: every unit is published as soon as it is saved.
 *
 * @param item Row.
 */
export const toRecord = ( item: UnitItem ) => rowToRecord( item );
