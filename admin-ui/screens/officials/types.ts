/**
 * Internal dependencies
 */
import type { TtdtOfficialMeta } from '../../data/generated/contract';
import {
	recordToRow,
	rowToRecord,
	type RecordPost,
	type RecordRow,
} from '../../data/record-post';

/**
 * An official as `ttdt/v1/officials` returns it in the `edit` context.
 */
export type Official = RecordPost< TtdtOfficialMeta >;

/**
 * The flat shape the list shows and the form edits.
 */
export type OfficialItem = RecordRow< TtdtOfficialMeta >;

export const EMPTY_OFFICIAL: OfficialItem = {
	name: '',
	ttdt_official_position: '',
	ttdt_official_unit: 0,
	ttdt_official_photo: 0,
	ttdt_official_phone: '',
	ttdt_official_email: '',
	ttdt_official_order: 0,
	ttdt_official_contact: false,
	ttdt_official_shown: true,
};

/**
 * The row of a record.
 *
 * @param record Record, or undefined for a new one.
 */
export const toItem = ( record?: Official ): OfficialItem =>
	recordToRow( EMPTY_OFFICIAL, record );

/**
 * The REST payload of a row: every official is published as soon as it is saved (whether
 * the portal shows them is their own flag).
 *
 * @param item Row.
 */
export const toRecord = ( item: OfficialItem ) => rowToRecord( item );
