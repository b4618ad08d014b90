/**
 * Internal dependencies
 */
import type { TtdtOfficialMeta } from '../../data/generated/contract';

/**
 * An official as `ttdt/v1/officials` returns it in the `edit` context.
 */
export type Official = {
	id: number;
	title: { raw: string; rendered?: string };
	meta: TtdtOfficialMeta;
};

/**
 * The flat shape the list shows and the form edits.
 */
export type OfficialItem = TtdtOfficialMeta & {
	id?: number;
	name: string;
};

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
export function toItem( record?: Official ): OfficialItem {
	if ( ! record ) {
		return { ...EMPTY_OFFICIAL };
	}
	return {
		...EMPTY_OFFICIAL,
		...record.meta,
		id: record.id,
		name: record.title.raw,
	};
}

/**
 * The REST payload of a row: every official is published as soon as it is saved (whether
 * the portal shows them is their own flag).
 *
 * @param item Row.
 */
export function toRecord( item: OfficialItem ) {
	const { id, name, ...meta } = item;
	return {
		...( id ? { id } : {} ),
		title: name.trim(),
		status: 'publish',
		meta,
	};
}
