/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	allLines,
	type RoyaltyStatement,
	type StatementRow,
} from '../../data/royalty';
import {
	addTableSheet,
	DATE_FORMAT,
	MONEY_FORMAT,
	newWorkbook,
	saveFile,
	saveWorkbook,
} from '../../data/spreadsheet';

/** Column titles of the statement, in order. */
function headings(): string[] {
	return [
		__( 'No.', 'ttdt-portal' ),
		__( 'Full name', 'ttdt-portal' ),
		__( 'Lines', 'ttdt-portal' ),
		__( 'Royalties', 'ttdt-portal' ),
		__( 'Fees', 'ttdt-portal' ),
		__( 'Other', 'ttdt-portal' ),
		__( 'Total', 'ttdt-portal' ),
	];
}

/**
 * The cells of one row.
 *
 * @param row   Row.
 * @param index Position, from 0.
 */
function cells( row: StatementRow, index: number ): Array< string | number > {
	return [
		index + 1,
		row.name,
		row.lines,
		row.royalties,
		row.fees,
		row.other,
		row.total,
	];
}

/**
 * The statement as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the
 * Vietnamese letters), amounts as plain integers.
 *
 * @param statement Statement.
 */
export function statementCsv( statement: RoyaltyStatement ): string {
	const quote = ( value: string | number ) =>
		typeof value === 'number'
			? String( value )
			: `"${ value.replace( /"/g, '""' ) }"`;
	const lines = [
		headings().map( quote ).join( ',' ),
		...statement.rows.map( ( row, index ) =>
			cells( row, index ).map( quote ).join( ',' )
		),
		[
			'',
			quote( __( 'Total', 'ttdt-portal' ) ),
			'',
			'',
			'',
			'',
			statement.total,
		].join( ',' ),
	];
	return '\ufeff' + lines.join( '\r\n' ) + '\r\n';
}

/**
 * Downloads the statement as CSV.
 *
 * @param statement Statement.
 */
export function downloadCsv( statement: RoyaltyStatement ) {
	saveFile(
		new Blob( [ statementCsv( statement ) ], {
			type: 'text/csv;charset=utf-8',
		} ),
		`bang-ke-nhuan-but-${ statement.period }.csv`
	);
}

/**
 * Downloads the statement as an Excel workbook: the statement per payee and every line, with
 * numbers as numbers (formatted `#,##0`) and totals as formulas with their values.
 *
 * @param statement     Statement.
 * @param title         Title printed above the table.
 * @param labels        Names of the kinds and statuses of lines, from the REST schema.
 * @param labels.kind
 * @param labels.status
 */
export async function downloadXlsx(
	statement: RoyaltyStatement,
	title: string,
	labels: { kind: Record< string, string >; status: Record< string, string > }
) {
	const [ workbook, lines ] = await Promise.all( [
		newWorkbook(),
		allLines( statement.period ),
	] );
	const money = MONEY_FORMAT;

	const sheet = addTableSheet(
		workbook,
		__( 'Statement', 'ttdt-portal' ),
		title,
		headings(),
		statement.rows.map( ( row, index ) => cells( row, index ) )
	);
	const first = 4;
	const last = first + statement.rows.length - 1;
	const total = sheet.addRow( [ '', __( 'Total', 'ttdt-portal' ) ] );
	total.font = { bold: true };
	( [ 'C', 'D', 'E', 'F', 'G' ] as const ).forEach( ( column, index ) => {
		const key = (
			[ 'lines', 'royalties', 'fees', 'other', 'total' ] as const
		 )[ index ];
		total.getCell( column ).value = {
			formula: statement.rows.length
				? `SUM(${ column }${ first }:${ column }${ last })`
				: '0',
			result: statement.rows.reduce(
				( sum, row ) => sum + row[ key ],
				0
			),
		};
	} );
	sheet.addRow( [
		'',
		`${ __( 'In words', 'ttdt-portal' ) }: ${ statement.in_words }`,
	] );
	sheet.columns.forEach( ( column, index ) => {
		column.width = [ 6, 32, 8, 16, 16, 16, 18 ][ index ];
		if ( index >= 3 ) {
			column.numFmt = money;
		}
	} );

	const detail = workbook.addWorksheet( __( 'Lines', 'ttdt-portal' ) );
	detail.addRow( [
		__( 'Date', 'ttdt-portal' ),
		__( 'Kind', 'ttdt-portal' ),
		__( 'Item title', 'ttdt-portal' ),
		__( 'Payee', 'ttdt-portal' ),
		__( 'Status', 'ttdt-portal' ),
		__( 'Amount', 'ttdt-portal' ),
		__( 'Note', 'ttdt-portal' ),
	] ).font = { bold: true };
	for ( const line of lines ) {
		const [ y, m, d ] = line.accrued_on.split( '-' ).map( Number );
		detail.addRow( [
			new Date( Date.UTC( y, m - 1, d ) ),
			labels.kind[ line.kind ] ?? line.kind,
			line.item_title,
			line.payee_name,
			labels.status[ line.status ] ?? line.status,
			line.amount,
			line.note,
		] );
	}
	detail.getColumn( 1 ).numFmt = DATE_FORMAT;
	detail.getColumn( 6 ).numFmt = money;
	[ 12, 14, 40, 28, 10, 14, 30 ].forEach( ( width, index ) => {
		detail.getColumn( index + 1 ).width = width;
	} );

	await saveWorkbook(
		workbook,
		`bang-ke-nhuan-but-${ statement.period }.xlsx`
	);
}
