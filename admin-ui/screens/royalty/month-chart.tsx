/**
 * External dependencies
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { MonthFigures } from '../../data/royalty';
import { formatMoney } from './money';

type Props = {
	months: MonthFigures[];
	/** Monthly share of the budget, drawn as a line; 0 for none. */
	monthlyBudget: number;
};

/**
 * Spending per month as bars (royalties, fees, other), with the budget's monthly share as a
 * line. uPlot draws on a canvas, so the same figures are given to screen readers as a table
 * (visually hidden) right after it.
 *
 * @param props               Component props.
 * @param props.months        Figures per month.
 * @param props.monthlyBudget Monthly share of the budget.
 */
export default function MonthChart( { months, monthlyBudget }: Props ) {
	const target = useRef< HTMLDivElement >( null );

	useEffect( () => {
		if ( ! target.current ) {
			return;
		}
		const x = months.map( ( _, index ) => index + 1 );
		const bars = uPlot.paths.bars?.( { size: [ 0.7, 40 ] } );
		const plot = new uPlot(
			{
				width: Math.min( 760, target.current.clientWidth || 760 ),
				height: 260,
				scales: { x: { time: false } },
				axes: [
					{
						values: ( _u, ticks ) =>
							ticks.map( ( t ) => `T${ t }` ),
					},
					{
						size: 90,
						values: ( _u, ticks ) =>
							ticks.map( ( t ) => formatMoney( t ) ),
					},
				],
				series: [
					{ label: __( 'Month', 'ttdt-portal' ) },
					{
						label: __( 'Spent', 'ttdt-portal' ),
						fill: 'rgba(0, 115, 170, 0.6)',
						stroke: '#0073aa',
						paths: bars,
						value: ( _u, v ) =>
							v === null ? '—' : formatMoney( v ),
					},
					{
						label: __( 'Unpaid', 'ttdt-portal' ),
						fill: 'rgba(219, 166, 23, 0.6)',
						stroke: '#dba617',
						paths: bars,
						value: ( _u, v ) =>
							v === null ? '—' : formatMoney( v ),
					},
					{
						label: __( 'Monthly budget', 'ttdt-portal' ),
						stroke: '#d63638',
						dash: [ 6, 4 ],
						value: ( _u, v ) =>
							v === null ? '—' : formatMoney( v ),
					},
				],
			},
			[
				x,
				months.map( ( m ) => m.royalties + m.fees + m.other ),
				months.map( ( m ) => m.unpaid ),
				months.map( () => monthlyBudget ),
			],
			target.current
		);
		// The canvas keeps the width it was drawn at: when the window narrows (the admin
		// menu folds at 782 px) it ran 28 px past the right edge. Redrawn at the new width.
		const box = target.current;
		const observer = new window.ResizeObserver( () => {
			const width = Math.min( 760, box.clientWidth || 760 );
			if ( width !== plot.width ) {
				plot.setSize( { width, height: 260 } );
			}
		} );
		observer.observe( box );
		return () => {
			observer.disconnect();
			plot.destroy();
		};
	}, [ months, monthlyBudget ] );

	return (
		<figure className="ttdt-royalty__chart">
			<div ref={ target } aria-hidden="true" />
			<table className="screen-reader-text">
				<caption>{ __( 'Spent per month', 'ttdt-portal' ) }</caption>
				<tbody>
					{ months.map( ( m ) => (
						<tr key={ m.period }>
							<th scope="row">{ m.period }</th>
							<td>
								{ formatMoney(
									m.royalties + m.fees + m.other
								) }
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}
