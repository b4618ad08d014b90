/**
 * External dependencies
 */
import type { Workbook } from 'exceljs';

/**
 * WordPress dependencies
 */
import { __, _x } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	addTableSheet,
	DATE_FORMAT,
	MONEY_FORMAT,
	newWorkbook,
	saveFile,
	saveWorkbook,
} from '../../data/spreadsheet';
import { archiveStatusLabels, type SiteRow } from './fields';

/** Base name of the exported files. */
const FILE_NAME = 'tong-quan-xa';

/** A column of the CSV export: its heading and how a row reads in it. */
type CsvColumn = {
	label?: unknown;
	csv: ( item: SiteRow ) => string | number;
};

/**
 * One CSV cell: quoted, with quotes doubled, and never read as a formula by a spreadsheet.
 *
 * @param value Cell value.
 */
function cell( value: string | number ): string {
	const text = String( value );
	const safe = /^[=+\-@]/.test( text ) ? `'${ text }` : text;
	return `"${ safe.replace( /"/g, '""' ) }"`;
}

/**
 * Downloads the rows as CSV, in the columns of the screen (UTF-8 with a byte-order mark, so
 * spreadsheet programs read the Vietnamese letters).
 *
 * @param rows    The rows, in the view's order.
 * @param columns The screen's fields.
 */
export function downloadOverviewCsv( rows: SiteRow[], columns: CsvColumn[] ) {
	const lines = [
		columns.map( ( column ) => cell( String( column.label ) ) ).join( ',' ),
		...rows.map( ( item ) =>
			columns.map( ( column ) => cell( column.csv( item ) ) ).join( ',' )
		),
	];
	saveFile(
		new Blob( [ '\ufeff' + lines.join( '\r\n' ) ], {
			type: 'text/csv;charset=utf-8',
		} ),
		`${ FILE_NAME }.csv`
	);
}

/**
 * The day part of an ISO 8601 date in site time, as a date cell (midnight UTC, so the
 * spreadsheet shows the same day whatever the reader's time zone).
 *
 * @param iso The date, or '' when there is none.
 */
function day( iso: string ): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec( iso );
	return match
		? new Date( Date.UTC( +match[ 1 ], +match[ 2 ] - 1, +match[ 3 ] ) )
		: null;
}

/**
 * Fills a workbook with the overview: one row per commune, every figure in its own column
 * as a number (a quota and what was published beside it, not "3 / 5"), so the province can
 * sort, add up and chart them.
 *
 * @param workbook An empty workbook.
 * @param rows     The rows, in the view's order.
 * @param title    Title printed above the table.
 */
export function fillOverviewWorkbook(
	workbook: Workbook,
	rows: SiteRow[],
	title: string
) {
	const archive = archiveStatusLabels();
	const columns: Array<
		[ string, number, ( item: SiteRow ) => unknown, string? ]
	> = [
		[
			__( 'Commune', 'ttdt-portal' ),
			28,
			( item ) => item.unit_name || item.name,
		],
		[ __( 'Site address', 'ttdt-portal' ), 36, ( item ) => item.url ],
		[
			__( 'Published this week', 'ttdt-portal' ),
			12,
			( item ) => item.published_week,
		],
		[
			_x( 'Weekly quota', 'network export column', 'ttdt-portal' ),
			12,
			( item ) => item.quota_week,
		],
		[
			__( 'Items past the approval deadline', 'ttdt-portal' ),
			14,
			( item ) => item.pending_overdue,
		],
		[
			__( 'Feedback overdue', 'ttdt-portal' ),
			12,
			( item ) => item.feedback_overdue,
		],
		[
			__( 'Royalties this year', 'ttdt-portal' ),
			16,
			( item ) => item.royalty_spent,
			MONEY_FORMAT,
		],
		[
			__( 'Royalty budget', 'ttdt-portal' ),
			16,
			( item ) => item.royalty_budget,
			MONEY_FORMAT,
		],
		[
			__( 'Last archive', 'ttdt-portal' ),
			18,
			( item ) => archive[ item.archive_status ],
		],
		[
			__( 'Archive date', 'ttdt-portal' ),
			12,
			( item ) => day( item.archive_at ),
			DATE_FORMAT,
		],
		[
			__( 'Needs a call', 'ttdt-portal' ),
			10,
			( item ) =>
				item.needs_attention ? __( 'Yes', 'ttdt-portal' ) : '',
		],
	];
	const sheet = addTableSheet(
		workbook,
		__( 'Communes', 'ttdt-portal' ),
		title,
		columns.map( ( [ heading ] ) => heading ),
		rows.map( ( item ) =>
			columns.map( ( [ , , value ] ) => value( item ) )
		)
	);
	columns.forEach( ( [ , width, , format ], index ) => {
		const column = sheet.getColumn( index + 1 );
		column.width = width;
		if ( format ) {
			column.numFmt = format;
		}
	} );
}

/**
 * Downloads the overview as an Excel workbook.
 *
 * @param rows  The rows, in the view's order.
 * @param title Title printed above the table.
 */
export async function downloadOverviewXlsx( rows: SiteRow[], title: string ) {
	const workbook = await newWorkbook();
	fillOverviewWorkbook( workbook, rows, title );
	await saveWorkbook( workbook, `${ FILE_NAME }.xlsx` );
}
