/**
 * External dependencies
 */
import type { Workbook, Worksheet } from 'exceljs';

/**
 * Cell formats of money and dates as the portal writes them: `2.000.000 đ` (the separators
 * are the reader's spreadsheet's own) and `15/03/2024`. The cells stay numbers and dates.
 */
export const MONEY_FORMAT = '#,##0 "đ"';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** The MIME type of an Excel workbook. */
const XLSX_TYPE =
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Offers a file to the browser as a download.
 *
 * @param blob     Contents.
 * @param filename Name.
 */
export function saveFile( blob: Blob, filename: string ) {
	const url = URL.createObjectURL( blob );
	const link = document.createElement( 'a' );
	link.href = url;
	link.download = filename;
	document.body.appendChild( link );
	link.click();
	link.remove();
	// Give the browser time to start the download before the blob is released.
	setTimeout( () => URL.revokeObjectURL( url ), 1000 );
}

/**
 * A new, empty workbook. exceljs is large: it is loaded only when a workbook is asked for,
 * as its own chunk shared by every screen that exports one.
 */
export async function newWorkbook(): Promise< Workbook > {
	const { default: ExcelJS } = await import(
		/* webpackChunkName: "exceljs" */ 'exceljs'
	);
	return new ExcelJS.Workbook();
}

/**
 * Adds a sheet laid out as the portal's exports are: the title in bold, an empty row, the
 * column headings in bold, then the rows (numbers stay numbers, so they can be added up).
 *
 * @param workbook Workbook.
 * @param name     Sheet name.
 * @param title    Title printed above the table.
 * @param headings Column headings.
 * @param rows     Cells, row by row.
 * @return The sheet, for widths and number formats.
 */
export function addTableSheet(
	workbook: Workbook,
	name: string,
	title: string,
	headings: string[],
	rows: unknown[][]
): Worksheet {
	const sheet = workbook.addWorksheet( name );
	sheet.addRow( [ title ] ).font = { bold: true, size: 13 };
	sheet.addRow( [] );
	sheet.addRow( headings ).font = { bold: true };
	rows.forEach( ( row ) => sheet.addRow( row ) );
	return sheet;
}

/**
 * Downloads a workbook as an `.xlsx` file.
 *
 * @param workbook Workbook.
 * @param filename Name, ending in `.xlsx`.
 */
export async function saveWorkbook( workbook: Workbook, filename: string ) {
	const buffer = await workbook.xlsx.writeBuffer();
	saveFile( new Blob( [ buffer ], { type: XLSX_TYPE } ), filename );
}
