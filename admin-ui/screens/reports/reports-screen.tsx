/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
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
import PeriodPicker, {
	periodName,
	quarterOf,
} from '../../components/period-picker';
import { toVnDate } from '../../components/vn-date';
import {
	ENTITY_KIND,
	REPORT_ENTITY,
	registerEntities,
} from '../../data/entities';
import { errorMessage } from '../../data/error-message';
import type { ActivityReport } from '../../data/generated/schemas';
import { downloadXlsx } from './exports';
import ReportSections from './sections';

registerEntities();

const NOW = new Date();
// This year and the four before it: a report looks back.
const YEARS = [ 0, 1, 2, 3, 4 ].map( ( back ) => NOW.getFullYear() - back );

/**
 * The periodic activity report to the chairman (Art. 6.3.7, 14): pick a period, read the
 * figures, write the board's assessment and proposals, export to Excel, print.
 */
export default function ReportsScreen() {
	const [ year, setYear ] = useState( NOW.getFullYear() );
	const [ period, setPeriod ] = useState( quarterOf( NOW ) );
	const [ notice, setNotice ] = useState< {
		status: 'error' | 'success';
		text: string;
	} | null >( null );
	const { report, edited, saving } = useSelect(
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
			saving: select( coreStore ).isSavingEntityRecord(
				ENTITY_KIND,
				REPORT_ENTITY,
				period
			),
		} ),
		[ period ]
	);
	const { editEntityRecord, saveEditedEntityRecord } =
		useDispatch( coreStore );
	const title = `${ __( 'Activity report', 'ttdt-portal' ) } — ${ periodName(
		period
	) }`;
	const edit = ( changes: Partial< ActivityReport > ) =>
		editEntityRecord( ENTITY_KIND, REPORT_ENTITY, period, changes );
	const save = async () => {
		setNotice( null );
		try {
			await saveEditedEntityRecord( ENTITY_KIND, REPORT_ENTITY, period, {
				throwOnError: true,
			} );
			setNotice( {
				status: 'success',
				text: __(
					'The assessment and proposals are saved.',
					'ttdt-portal'
				),
			} );
		} catch ( caught ) {
			setNotice( { status: 'error', text: errorMessage( caught ) } );
		}
	};

	return (
		<div className="ttdt-reports">
			<div className="ttdt-reports__filters">
				<PeriodPicker
					yearLabel={ __( 'Year', 'ttdt-portal' ) }
					years={ YEARS }
					year={ year }
					period={ period }
					halves
					onChange={ ( y, p ) => {
						setYear( y );
						setPeriod( p );
						setNotice( null );
					} }
				/>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					disabled={ ! report }
					accessibleWhenDisabled
					onClick={ () => report && downloadXlsx( report, title ) }
				>
					{ __( 'Download Excel', 'ttdt-portal' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					href={ `admin.php?page=ttdt-portal-report-print&period=${ encodeURIComponent(
						period
					) }` }
					target="_blank"
				>
					{ __( 'Print the report', 'ttdt-portal' ) }
				</Button>
			</div>
			{ ! report ? (
				<Spinner />
			) : (
				<>
					<p className="ttdt-reports__dates">
						{ toVnDate( report.from ) } – { toVnDate( report.to ) }
					</p>
					<ReportSections report={ report } />
					<div className="ttdt-reports__notes">
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __(
								'Assessment of the period',
								'ttdt-portal'
							) }
							value={ edited?.narrative ?? '' }
							onChange={ ( narrative ) => edit( { narrative } ) }
						/>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __(
								'Proposals (rewards, discipline)',
								'ttdt-portal'
							) }
							value={ edited?.proposals ?? '' }
							onChange={ ( proposals ) => edit( { proposals } ) }
						/>
						{ notice && (
							<Notice
								status={ notice.status }
								onRemove={ () => setNotice( null ) }
							>
								{ notice.text }
							</Notice>
						) }
						<div>
							<Button
								__next40pxDefaultSize
								variant="primary"
								isBusy={ saving }
								onClick={ save }
							>
								{ __( 'Save the notes', 'ttdt-portal' ) }
							</Button>
						</div>
					</div>
				</>
			) }
		</div>
	);
}
