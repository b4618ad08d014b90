/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import type { ArchivePackage } from './types';

/**
 * Bytes as Vietnamese offices read them: "12,5 MB".
 *
 * @param bytes Size in bytes.
 */
export function formatSize( bytes: number ): string {
	const units = [ 'B', 'KB', 'MB', 'GB' ];
	let value = bytes;
	let unit = 0;
	while ( value >= 1024 && unit < units.length - 1 ) {
		value /= 1024;
		unit++;
	}
	return `${ value.toLocaleString( 'vi', {
		maximumFractionDigits: unit ? 1 : 0,
	} ) } ${ units[ unit ] }`;
}

/**
 * The local date of an ISO time, dd/mm/yyyy.
 *
 * @param iso ISO 8601 time.
 */
function localDate( iso: string ): string {
	const date = new Date( iso );
	if ( Number.isNaN( date.getTime() ) ) {
		return '';
	}
	const pad = ( n: number ) => String( n ).padStart( 2, '0' );
	return toVnDate(
		`${ date.getFullYear() }-${ pad( date.getMonth() + 1 ) }-${ pad(
			date.getDate()
		) }`
	);
}

/**
 * The verification status as the operator reads it.
 *
 * @param item The package.
 */
function verification( item: ArchivePackage ): string {
	const status = item.verification?.status ?? 'unchecked';
	if ( status === 'valid' ) {
		return __( 'Intact', 'ttdt-portal' );
	}
	if ( status === 'invalid' ) {
		return sprintf(
			/* translators: %s: the damaged files. */
			__( 'Damaged: %s', 'ttdt-portal' ),
			( item.verification?.problems ?? [] )
				.slice( 0, 3 )
				.map( ( problem ) => problem.file )
				.join( ', ' )
		);
	}
	return __( 'Not checked yet', 'ttdt-portal' );
}

/**
 * The columns of the packages list.
 */
export function archiveFields(): Field< ArchivePackage >[] {
	const common = { enableSorting: false, enableHiding: false };
	return [
		{
			...common,
			id: 'id',
			label: __( 'Package', 'ttdt-portal' ),
			render: ( { item } ) => <code>{ item.id }</code>,
		},
		{
			...common,
			id: 'created_at',
			label: __( 'Date', 'ttdt-portal' ),
			getValue: ( { item } ) => localDate( item.created_at ?? '' ),
		},
		{
			...common,
			id: 'size',
			label: __( 'Size', 'ttdt-portal' ),
			getValue: ( { item } ) => formatSize( item.size ?? 0 ),
		},
		{
			...common,
			id: 'personal',
			label: __( 'Personal data', 'ttdt-portal' ),
			getValue: ( { item } ) =>
				item.personal
					? __( 'Included', 'ttdt-portal' )
					: __( 'Left out', 'ttdt-portal' ),
		},
		{
			...common,
			id: 'verification',
			label: __( 'Verification', 'ttdt-portal' ),
			getValue: ( { item } ) => verification( item ),
		},
	];
}
