/**
 * WordPress dependencies
 */
import { __, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ScrollRegion from '../../components/scroll-region';
import type { ActivityReport } from '../../data/generated/schemas';
import { formatMoney } from '../royalty/money';
import { ITEM_KEYS, itemHeadings } from './exports';
import MemberChart from './member-chart';

type Row = { key?: string; label?: string } & Record< string, unknown >;
type Column = { key: string; heading: string };

/**
 * The columns of the item figures.
 */
function itemColumns(): Column[] {
	const headings = itemHeadings();
	return ITEM_KEYS.map( ( key, index ) => ( {
		key,
		heading: headings[ index ],
	} ) );
}

/**
 * A table of figures, one row per member, collaborator, unit, channel or type; in a box of
 * its own that scrolls sideways on a phone rather than widening the page.
 *
 * @param props           Component props.
 * @param props.section   The report section it belongs to (with the title, the box's name).
 * @param props.title     First column's title.
 * @param props.rows      Rows.
 * @param props.columns   Figure columns.
 * @param props.className Class of the box, if any.
 */
function Figures( {
	section,
	title,
	rows,
	columns = itemColumns(),
	className = '',
}: {
	section: string;
	title: string;
	rows: Row[];
	columns?: Column[];
	className?: string;
} ) {
	return (
		<ScrollRegion
			label={
				// "Đơn vị – Đơn vị" says it once.
				section.toLocaleLowerCase() === title.toLocaleLowerCase()
					? section
					: `${ section } – ${ title }`
			}
			className={ `ttdt-reports__table ${ className }`.trim() }
		>
			<table className="widefat striped">
				<thead>
					<tr>
						<th scope="col">{ title }</th>
						{ columns.map( ( column ) => (
							<th
								scope="col"
								key={ column.key }
								className="ttdt-reports__number"
							>
								{ column.heading }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ rows.length === 0 && (
						<tr>
							<td colSpan={ columns.length + 1 }>
								{ __(
									'No figures for this period.',
									'ttdt-portal'
								) }
							</td>
						</tr>
					) }
					{ rows.map( ( row, index ) => (
						<tr key={ row.key ?? index }>
							<td>{ row.label || row.key }</td>
							{ columns.map( ( column ) => (
								<td
									key={ column.key }
									className="ttdt-reports__number"
								>
									{ String( row[ column.key ] ?? 0 ) }
								</td>
							) ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</ScrollRegion>
	);
}

/**
 * A share from 0 to 1 as a percentage, or a dash when nothing was measured.
 *
 * @param share Share.
 */
function percent( share?: number | null ) {
	return share === null || share === undefined
		? '—'
		: `${ Math.round( share * 1000 ) / 10 }%`;
}

/**
 * The report's figures, in the order of the printed report: items, per member (with a
 * chart), collaborator, unit and channel, approval times, weekly quota, feedback, royalties.
 *
 * @param props        Component props.
 * @param props.report The report.
 */
export default function ReportSections( {
	report,
}: {
	report: ActivityReport;
} ) {
	const items = report.items as Record< string, number >;
	const { approval, quota, feedback, royalties: money } = report;
	const feedbackColumns = [
		{
			key: 'received',
			heading: _x( 'Received', 'report figure', 'ttdt-portal' ),
		},
		{ key: 'answered', heading: __( 'Answered', 'ttdt-portal' ) },
		{ key: 'overdue', heading: __( 'Overdue', 'ttdt-portal' ) },
	];
	return (
		<>
			<dl className="ttdt-reports__figures">
				{ itemColumns().map( ( { key, heading } ) => (
					<div key={ key }>
						<dt>{ heading }</dt>
						<dd data-figure={ key }>{ items[ key ] ?? 0 }</dd>
					</div>
				) ) }
			</dl>
			<h2>{ __( 'Board members', 'ttdt-portal' ) }</h2>
			<MemberChart
				rows={
					report.by_member as Array<
						Row & {
							label: string;
							received: number;
							published: number;
						}
					>
				}
			/>
			<Figures
				section={ __( 'Board members', 'ttdt-portal' ) }
				title={ __( 'Full name', 'ttdt-portal' ) }
				rows={ report.by_member }
				className="ttdt-reports__members"
				columns={ [
					...itemColumns(),
					{
						key: 'approvals',
						heading: __( 'Approvals made', 'ttdt-portal' ),
					},
					{
						key: 'returns',
						heading: __( 'Returns made', 'ttdt-portal' ),
					},
				] }
			/>
			<h2>{ __( 'Collaborators', 'ttdt-portal' ) }</h2>
			<Figures
				section={ __( 'Collaborators', 'ttdt-portal' ) }
				title={ __( 'Collaborator', 'ttdt-portal' ) }
				rows={ report.by_collaborator }
			/>
			<h2>{ __( 'Units', 'ttdt-portal' ) }</h2>
			<Figures
				section={ __( 'Units', 'ttdt-portal' ) }
				title={ __( 'Unit', 'ttdt-portal' ) }
				rows={ report.by_unit }
			/>
			<h2>{ __( 'Channels', 'ttdt-portal' ) }</h2>
			<Figures
				section={ __( 'Channels', 'ttdt-portal' ) }
				title={ __( 'Channel', 'ttdt-portal' ) }
				rows={ report.by_channel }
			/>
			<h2>{ __( 'Approval times', 'ttdt-portal' ) }</h2>
			<p>
				{ sprintf(
					/* translators: 1: approvals measured, 2: median days, 3: share within the deadline. */
					__(
						'Approvals measured: %1$d; median time: %2$s days; within the deadline: %3$s.',
						'ttdt-portal'
					),
					approval.measured ?? 0,
					approval.median_days ?? '—',
					percent( approval.within_deadline )
				) }
			</p>
			<h2>{ _x( 'Weekly quota', 'report section', 'ttdt-portal' ) }</h2>
			<p>
				{ sprintf(
					/* translators: 1: items a week, 2: weeks, 3: share of weeks met. */
					__(
						'Quota: %1$d items a week; %2$d weeks; weeks meeting the quota: %3$s.',
						'ttdt-portal'
					),
					quota.quota ?? 0,
					quota.weeks ?? 0,
					percent( quota.share )
				) }
			</p>
			<Figures
				section={ _x(
					'Weekly quota',
					'report section',
					'ttdt-portal'
				) }
				title={ __( 'Full name', 'ttdt-portal' ) }
				className="ttdt-reports__members"
				rows={ ( quota.members ?? [] ).map( ( member ) => ( {
					...member,
					key: String( member.id ),
					label: member.name,
				} ) ) }
				columns={ [
					{
						key: 'met',
						heading: __( 'Weeks met', 'ttdt-portal' ),
					},
					{
						key: 'items',
						heading: __( 'Items published', 'ttdt-portal' ),
					},
				] }
			/>
			<h2>{ _x( 'Feedback', 'report section', 'ttdt-portal' ) }</h2>
			<Figures
				section={ _x( 'Feedback', 'report section', 'ttdt-portal' ) }
				title={ __( 'Type', 'ttdt-portal' ) }
				rows={ [
					{
						key: 'total',
						label: __( 'Total', 'ttdt-portal' ),
						...feedback.totals,
					},
					...feedback.by_type,
				] }
				columns={ feedbackColumns }
			/>
			<Figures
				section={ _x( 'Feedback', 'report section', 'ttdt-portal' ) }
				title={ __( 'Unit', 'ttdt-portal' ) }
				rows={ feedback.by_unit }
				columns={ feedbackColumns }
			/>
			<h2>{ __( 'Royalties', 'ttdt-portal' ) }</h2>
			<dl className="ttdt-reports__figures">
				{ (
					[
						[ 'total', __( 'Total', 'ttdt-portal' ) ],
						[ 'paid', _x( 'Paid', 'amount', 'ttdt-portal' ) ],
						[ 'budget', __( 'Annual budget', 'ttdt-portal' ) ],
						[
							'year_to_date',
							__( 'Spent this year to date', 'ttdt-portal' ),
						],
					] as const
				 ).map( ( [ key, label ] ) => (
					<div key={ key }>
						<dt>{ label }</dt>
						<dd data-figure={ `royalty-${ key }` }>
							{ formatMoney( money[ key ] ?? 0 ) }
						</dd>
					</div>
				) ) }
			</dl>
		</>
	);
}
