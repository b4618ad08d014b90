/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice, TabPanel } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import PeriodPicker, { periodName } from '../../components/period-picker';
import { errorMessage } from '../../data/error-message';
import { useReport, type RoyaltySummary } from '../../data/royalty';
import { useChoices } from '../../data/schema-labels';
import Dashboard from './dashboard';
import Lines from './lines';
import Rules from './rules';
import Statement from './statement';

const NOW = new Date();

/**
 * Royalties and fees (Art. 10): the year's dashboard, the statement of a period, its lines.
 * What the user may do comes from the server (`can_manage`, `can_export`, each line's links).
 */
export default function RoyaltyScreen() {
	const [ year, setYear ] = useState( NOW.getFullYear() );
	const [ period, setPeriod ] = useState(
		`${ NOW.getFullYear() }-${ String( NOW.getMonth() + 1 ).padStart( 2, '0' ) }`
	);
	const [ version, setVersion ] = useState( 0 );
	const [ notice, setNotice ] = useState< {
		status: 'error' | 'success';
		text: string;
	} | null >( null );
	// A metadata action every store has at run time, missing from core-data's types: reads
	// the changed lists again.
	const { invalidateResolutionForStoreSelector } = useDispatch(
		coreStore
	) as unknown as {
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
	};
	const choices = useChoices( '/ttdt/v1/royalty/lines' );
	const { data: summary } = useReport< RoyaltySummary >(
		'/ttdt/v1/royalty/summary',
		{ year },
		version
	);
	const labels = useMemo(
		() => ( {
			kind: Object.fromEntries(
				( choices?.kind ?? [] ).map( ( c ) => [ c.value, c.label ] )
			),
			status: Object.fromEntries(
				( choices?.status ?? [] ).map( ( c ) => [ c.value, c.label ] )
			),
		} ),
		[ choices ]
	);
	const changed = useCallback( () => {
		setVersion( ( v ) => v + 1 );
		invalidateResolutionForStoreSelector( 'getEntityRecords' );
	}, [ invalidateResolutionForStoreSelector ] );

	const close = async ( status: 'final' | 'paid' ) => {
		setNotice( null );
		try {
			const result = await apiFetch< { lines: number } >( {
				path: '/ttdt/v1/royalty/periods',
				method: 'POST',
				data: { period, status },
			} );
			setNotice( {
				status: 'success',
				text:
					status === 'final'
						? sprintf(
								/* translators: %d: number of lines. */
								__( '%d lines finalised.', 'ttdt-portal' ),
								result.lines
							)
						: sprintf(
								/* translators: %d: number of lines. */
								__( '%d lines marked paid.', 'ttdt-portal' ),
								result.lines
							),
			} );
			changed();
		} catch ( caught ) {
			setNotice( { status: 'error', text: errorMessage( caught ) } );
		}
	};

	const years = Array.from(
		{ length: 5 },
		( _, i ) => NOW.getFullYear() + 1 - i
	);

	return (
		<div className="ttdt-royalty">
			<div className="ttdt-royalty__filters">
				<PeriodPicker
					yearLabel={ __( 'Fiscal year', 'ttdt-portal' ) }
					years={ years }
					year={ year }
					period={ period }
					onChange={ ( y, p ) => {
						setYear( y );
						setPeriod( p );
					} }
				/>
				{ summary?.can_manage && (
					<>
						<Button
							variant="secondary"
							onClick={ () => close( 'final' ) }
						>
							{ __( 'Finalise the period', 'ttdt-portal' ) }
						</Button>
						<Button
							variant="secondary"
							onClick={ () => close( 'paid' ) }
						>
							{ __( 'Mark the period paid', 'ttdt-portal' ) }
						</Button>
					</>
				) }
			</div>
			{ notice && (
				<Notice
					status={ notice.status }
					onRemove={ () => setNotice( null ) }
				>
					{ notice.text }
				</Notice>
			) }
			<TabPanel
				tabs={ [
					{
						name: 'dashboard',
						title: __( 'Dashboard', 'ttdt-portal' ),
					},
					{
						name: 'statement',
						title: __( 'Statement', 'ttdt-portal' ),
					},
					{ name: 'lines', title: __( 'Lines', 'ttdt-portal' ) },
					{ name: 'rules', title: __( 'Rules', 'ttdt-portal' ) },
				] }
			>
				{ ( tab ) => {
					if ( tab.name === 'statement' ) {
						return (
							<Statement
								period={ period }
								labels={ labels }
								periodName={ periodName( period ) }
								canExport={ !! summary?.can_export }
								version={ version }
							/>
						);
					}
					if ( tab.name === 'rules' ) {
						return <Rules year={ year } />;
					}
					if ( tab.name === 'lines' ) {
						return (
							<Lines
								period={ period }
								labels={ labels }
								onChanged={ changed }
							/>
						);
					}
					return <Dashboard year={ year } version={ version } />;
				} }
			</TabPanel>
		</div>
	);
}
