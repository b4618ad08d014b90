/**
 * WordPress dependencies
 */
import { Notice, SelectControl, Spinner } from '@wordpress/components';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';
import { useReport, type RoyaltySummary } from '../../data/royalty';
import { useChoices } from '../../data/schema-labels';
import Lines from '../royalty/lines';
import { formatMoney } from '../royalty/money';

const NOW = new Date();

/** Nothing changes here: the lines are read only. */
const NO_CHANGE = () => undefined;

/**
 * "My royalties": what the user is owed in a year and their lines of a month, read only.
 * The server answers the same routes as the royalty screen with the user's own lines only,
 * and offers no action on them.
 */
export default function MyRoyalty() {
	const [ year, setYear ] = useState( NOW.getFullYear() );
	const [ month, setMonth ] = useState( NOW.getMonth() + 1 );
	const period = `${ year }-${ String( month ).padStart( 2, '0' ) }`;
	const choices = useChoices( '/ttdt/v1/royalty/lines' );
	const { data, error } = useReport< RoyaltySummary >(
		'/ttdt/v1/royalty/summary',
		{ year }
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
	const years = Array.from(
		{ length: 5 },
		( _, i ) => NOW.getFullYear() + 1 - i
	);

	return (
		<div className="ttdt-royalty">
			<div className="ttdt-royalty__filters">
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Fiscal year', 'ttdt-portal' ) }
					value={ String( year ) }
					options={ years.map( ( y ) => ( {
						value: String( y ),
						label: String( y ),
					} ) ) }
					onChange={ ( value ) => setYear( Number( value ) ) }
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Month', 'ttdt-portal' ) }
					value={ String( month ) }
					options={ Array.from( { length: 12 }, ( _, m ) => ( {
						value: String( m + 1 ),
						label: String( m + 1 ),
					} ) ) }
					onChange={ ( value ) => setMonth( Number( value ) ) }
				/>
			</div>
			{ !! error && (
				<Notice status="error" isDismissible={ false }>
					{ errorMessage( error ) }
				</Notice>
			) }
			{ ! error && ! data && <Spinner /> }
			{ data && (
				<dl className="ttdt-royalty__figures">
					<div>
						<dt>{ __( 'My total this year', 'ttdt-portal' ) }</dt>
						<dd data-testid="my-royalty-total">
							{ formatMoney( data.spent ) }
						</dd>
					</div>
					<div>
						<dt>{ __( 'Not paid yet', 'ttdt-portal' ) }</dt>
						<dd>{ formatMoney( data.unpaid ) }</dd>
					</div>
				</dl>
			) }
			<Lines
				period={ period }
				labels={ labels }
				onChanged={ NO_CHANGE }
			/>
		</div>
	);
}
