/**
 * WordPress dependencies
 */
import { __, _x } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ActivityReport } from '../../data/generated/schemas';
import {
	addTableSheet,
	MONEY_FORMAT,
	newWorkbook,
	saveWorkbook,
} from '../../data/spreadsheet';

type Row = { key: string; label: string } & Record< string, unknown >;

/**
 * The column titles of the item figures.
 */
export function itemHeadings(): string[] {
	return [
		_x( 'Received', 'report figure', 'ttdt-portal' ),
		_x( 'Approved', 'number of items', 'ttdt-portal' ),
		__( 'Returned', 'ttdt-portal' ),
		_x( 'Published', 'number of items', 'ttdt-portal' ),
		__( 'Overdue', 'ttdt-portal' ),
	];
}

export const ITEM_KEYS = [
	'received',
	'approved',
	'returned',
	'published',
	'overdue',
] as const;

/**
 * Downloads the report as an Excel workbook, one sheet per breakdown, numbers as numbers.
 *
 * @param report The report.
 * @param title  Title printed above the tables.
 */
export async function downloadXlsx( report: ActivityReport, title: string ) {
	const workbook = await newWorkbook();
	const sheet = ( name: string, headings: string[], rows: unknown[][] ) => {
		addTableSheet( workbook, name, title, headings, rows ).getColumn(
			1
		).width = 32;
	};
	const breakdown = ( rows: Row[], keys: readonly string[] = ITEM_KEYS ) =>
		rows.map( ( row ) => [
			row.label || row.key,
			...keys.map( ( key ) => Number( row[ key ] ?? 0 ) ),
		] );

	sheet(
		__( 'Summary', 'ttdt-portal' ),
		[ '', ...itemHeadings() ],
		[
			[
				_x( 'Items', 'number of items', 'ttdt-portal' ),
				...ITEM_KEYS.map(
					( key ) =>
						( report.items as Record< string, number > )[ key ]
				),
			],
		]
	);
	sheet(
		__( 'Board members', 'ttdt-portal' ),
		[
			__( 'Full name', 'ttdt-portal' ),
			...itemHeadings(),
			__( 'Approvals made', 'ttdt-portal' ),
			__( 'Returns made', 'ttdt-portal' ),
		],
		breakdown( report.by_member as Row[], [
			...ITEM_KEYS,
			'approvals',
			'returns',
		] )
	);
	sheet(
		__( 'Collaborators', 'ttdt-portal' ),
		[ __( 'Collaborator', 'ttdt-portal' ), ...itemHeadings() ],
		breakdown( report.by_collaborator as Row[] )
	);
	sheet(
		__( 'Units', 'ttdt-portal' ),
		[ __( 'Unit', 'ttdt-portal' ), ...itemHeadings() ],
		breakdown( report.by_unit as Row[] )
	);
	sheet(
		__( 'Channels', 'ttdt-portal' ),
		[ __( 'Channel', 'ttdt-portal' ), ...itemHeadings() ],
		breakdown( report.by_channel as Row[] )
	);
	const feedback = [ 'received', 'answered', 'overdue' ];
	sheet(
		_x( 'Feedback', 'report section', 'ttdt-portal' ),
		[
			__( 'Type', 'ttdt-portal' ),
			_x( 'Received', 'report figure', 'ttdt-portal' ),
			__( 'Answered', 'ttdt-portal' ),
			__( 'Overdue', 'ttdt-portal' ),
		],
		breakdown( report.feedback.by_type as Row[], feedback )
	);
	const money = report.royalties as Record< string, number >;
	const royalties = workbook.addWorksheet( __( 'Royalties', 'ttdt-portal' ) );
	(
		[
			[ __( 'Royalties', 'ttdt-portal' ), money.royalties ],
			[ __( 'Fees', 'ttdt-portal' ), money.fees ],
			[ __( 'Other', 'ttdt-portal' ), money.other ],
			[ __( 'Total', 'ttdt-portal' ), money.total ],
			[ _x( 'Paid', 'amount', 'ttdt-portal' ), money.paid ],
			[ __( 'Annual budget', 'ttdt-portal' ), money.budget ],
			[
				__( 'Spent this year to date', 'ttdt-portal' ),
				money.year_to_date,
			],
		] as const
	 ).forEach( ( row ) => royalties.addRow( [ ...row ] ) );
	royalties.getColumn( 1 ).width = 32;
	royalties.getColumn( 2 ).numFmt = MONEY_FORMAT;

	await saveWorkbook( workbook, `bao-cao-${ report.period }.xlsx` );
}
