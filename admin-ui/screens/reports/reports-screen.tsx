/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	SelectControl,
	Spinner,
	TextareaControl,
} from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDate } from '../../components/vn-date';
import {
	ENTITY_KIND,
	REPORT_ENTITY,
	registerEntities,
} from '../../data/entities';
import { errorMessage } from '../../data/error-message';
import type { ActivityReport } from '../../data/generated/schemas';
import { formatMoney } from '../royalty/money';
import { downloadXlsx, itemHeadings } from './exports';
import MemberChart from './member-chart';
import { periodName, periodsOf } from './periods';

registerEntities();

const NOW = new Date();
const ITEM_KEYS = [
	'received',
	'approved',
	'returned',
	'published',
	'overdue',
] as const;

type Row = { key: string; label: string } & Record< string, unknown >;

/**
 * A table of item figures.
 *
 * @param props       Component props.
 * @param props.title First column's title.
 * @param props.rows  Rows.
 */
function Figures( { title, rows }: { title: string; rows: Row[] } ) {
	return (
		<table className="widefat striped">
			<thead>
				<tr>
					<th>{ title }</th>
					{ itemHeadings().map( ( heading ) => (
						<th key={ heading }>{ heading }</th>
					) ) }
				</tr>
			</thead>
			<tbody>
				{ rows.map( ( row ) => (
					<tr key={ row.key }>
						<td>{ row.label || row.key }</td>
						{ ITEM_KEYS.map( ( key ) => (
							<td key={ key }>{ String( row[ key ] ?? 0 ) }</td>
						) ) }
					</tr>
				) ) }
			</tbody>
		</table>
	);
}

/**
 * The periodic activity report to the chairman (Art. 6.3.7, 14): pick a period, read the
 * figures, write the board's assessment and proposals, export to Excel, print.
 */
export default function ReportsScreen() {
	const [ year, setYear ] = useState( NOW.getFullYear() );
	const [ period, setPeriod ] = useState(
		`${ NOW.getFullYear() }-Q${ Math.floor( NOW.getMonth() / 3 ) + 1 }`
	);
	const [ error, setError ] = useState( '' );
	const { report, edited } = useSelect(
		( select ) => ( {
			report: select( coreStore ).getEntityRecord(
				ENTITY_KIND,
				REPORT_ENTITY,
				period
			) as ActivityReport | undefined,
			edited: select( coreStore ).getEditedEntityRecord(
				ENTITY_KIND,
				REPORT_ENTITY,
				period
			) as unknown as ActivityReport | undefined,
		} ),
		[ period ]
	);
	const { editEntityRecord, saveEditedEntityRecord } =
		useDispatch( coreStore );
	const title = `${ __( 'Activity report', 'ttdt-portal' ) } — ${ periodName(
		period
	) }`;
	const save = async () => {
		setError( '' );
		try {
			await saveEditedEntityRecord( ENTITY_KIND, REPORT_ENTITY, period, {
				throwOnError: true,
			} );
		} catch ( caught ) {
			setError( errorMessage( caught ) );
		}
	};

	return (
		<div className="ttdt-reports">
			<div className="ttdt-reports__filters">
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Year', 'ttdt-portal' ) }
					value={ String( year ) }
					options={ [ 0, 1, 2, 3, 4 ].map( ( back ) => ( {
						value: String( NOW.getFullYear() - back ),
						label: String( NOW.getFullYear() - back ),
					} ) ) }
					onChange={ ( value ) => {
						setYear( Number( value ) );
						setPeriod( value );
					} }
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Period', 'ttdt-portal' ) }
					value={ period }
					options={ periodsOf( year ) }
					onChange={ setPeriod }
				/>
				<Button
					variant="secondary"
					disabled={ ! report }
					onClick={ () => report && downloadXlsx( report, title ) }
				>
					{ __( 'Download Excel', 'ttdt-portal' ) }
				</Button>
				<Button
					variant="secondary"
					href={ `admin.php?page=ttdt-portal-report-print&period=${ encodeURIComponent(
						period
					) }` }
					target="_blank"
				>
					{ __( 'Print the report', 'ttdt-portal' ) }
				</Button>
			</div>
			{ error && (
				<Notice status="error" onRemove={ () => setError( '' ) }>
					{ error }
				</Notice>
			) }
			{ ! report ? (
				<Spinner />
			) : (
				<>
					<p>
						{ toVnDate( report.from ) } – { toVnDate( report.to ) }
					</p>
					<div className="ttdt-reports__figures">
						{ ITEM_KEYS.map( ( key, index ) => (
							<div className="ttdt-reports__figure" key={ key }>
								<strong data-figure={ key }>
									{
										(
											report.items as Record<
												string,
												number
											>
										 )[ key ]
									}
								</strong>
								{ itemHeadings()[ index ] }
							</div>
						) ) }
					</div>
					<h2>{ __( 'Board members', 'ttdt-portal' ) }</h2>
					<MemberChart
						rows={
							report.by_member as Array<
								Row & { received: number; published: number }
							>
						}
					/>
					<Figures
						title={ __( 'Full name', 'ttdt-portal' ) }
						rows={ report.by_member as Row[] }
					/>
					<h2>{ __( 'Collaborators', 'ttdt-portal' ) }</h2>
					<Figures
						title={ __( 'Collaborator', 'ttdt-portal' ) }
						rows={ report.by_collaborator as Row[] }
					/>
					<h2>{ __( 'Channels', 'ttdt-portal' ) }</h2>
					<Figures
						title={ __( 'Channel', 'ttdt-portal' ) }
						rows={ report.by_channel as Row[] }
					/>
					<h2>{ __( 'Royalties', 'ttdt-portal' ) }</h2>
					<p>
						{ __( 'Total', 'ttdt-portal' ) }:{ ' ' }
						{ formatMoney( report.royalties.total ?? 0 ) } /{ ' ' }
						{ __( 'Annual budget', 'ttdt-portal' ) }:{ ' ' }
						{ formatMoney( report.royalties.budget ?? 0 ) }
					</p>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __(
							'Assessment of the period',
							'ttdt-portal'
						) }
						value={ edited?.narrative ?? '' }
						onChange={ ( narrative ) =>
							editEntityRecord(
								ENTITY_KIND,
								REPORT_ENTITY,
								period,
								{
									narrative,
								}
							)
						}
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __(
							'Proposals (rewards, discipline)',
							'ttdt-portal'
						) }
						value={ edited?.proposals ?? '' }
						onChange={ ( proposals ) =>
							editEntityRecord(
								ENTITY_KIND,
								REPORT_ENTITY,
								period,
								{
									proposals,
								}
							)
						}
					/>
					<Button variant="primary" onClick={ save }>
						{ __( 'Save the notes', 'ttdt-portal' ) }
					</Button>
				</>
			) }
		</div>
	);
}
