/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { trash } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import VnDateControl from '../vn-date';
import type { Settings } from '../../data/generated/schemas';
// Not named style.scss: wp-scripts would put a shared style.scss only in the first entry's
// style-<entry>.css, so every other screen would miss it.
import './swap-days.scss';

export type SwapDay = Settings[ 'swap_days' ][ number ];

type Props = {
	label: string;
	help?: ReactNode;
	value: SwapDay[];
	onChange: ( value: SwapDay[] ) => void;
};

/**
 * The days the government moves in its yearly notice: a day off (nghỉ bù) or a Saturday worked
 * in exchange (làm bù), each with a note saying which notice.
 *
 * @param props          Component props.
 * @param props.label    Legend of the list.
 * @param props.help     Help under the legend.
 * @param props.value    The days.
 * @param props.onChange Receives the new list.
 */
export default function SwapDaysControl( {
	label,
	help,
	value,
	onChange,
}: Props ) {
	const days = value ?? [];
	const update = ( index: number, changes: Partial< SwapDay > ) =>
		onChange(
			days.map( ( day, at ) =>
				at === index ? { ...day, ...changes } : day
			)
		);

	return (
		<fieldset className="ttdt-swap-days">
			<legend>{ label }</legend>
			{ help && <p className="ttdt-swap-days__help">{ help }</p> }
			{ days.map( ( day, index ) => (
				<div className="ttdt-swap-days__row" key={ index }>
					<VnDateControl
						label={ __( 'Day', 'ttdt-portal' ) }
						value={ day.date }
						onChange={ ( date ) =>
							date !== null && update( index, { date } )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Offices are', 'ttdt-portal' ) }
						value={ day.type }
						options={ [
							{
								value: 'off',
								label: __( 'Closed (day off)', 'ttdt-portal' ),
							},
							{
								value: 'work',
								label: __(
									'Open (working day)',
									'ttdt-portal'
								),
							},
						] }
						onChange={ ( type: string ) =>
							update( index, { type: type as SwapDay[ 'type' ] } )
						}
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Note', 'ttdt-portal' ) }
						value={ day.note ?? '' }
						onChange={ ( note: string ) =>
							update( index, { note } )
						}
					/>
					<Button
						icon={ trash }
						label={ __( 'Remove this day', 'ttdt-portal' ) }
						size="compact"
						onClick={ () =>
							onChange( days.filter( ( _, at ) => at !== index ) )
						}
					/>
				</div>
			) ) }
			<Button
				variant="secondary"
				__next40pxDefaultSize
				onClick={ () =>
					onChange( [ ...days, { date: '', type: 'off', note: '' } ] )
				}
			>
				{ __( 'Add a day', 'ttdt-portal' ) }
			</Button>
		</fieldset>
	);
}
