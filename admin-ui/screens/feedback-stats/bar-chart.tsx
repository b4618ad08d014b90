/**
 * External dependencies
 */
import uPlot from 'uplot';

/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

export type ChartSeries = { label: string; values: number[]; color: string };

type Props = {
	title: string;
	/** Names of the categories (months, types, units…). */
	labels: string[];
	series: ChartSeries[];
};

/**
 * A bar chart drawn by uPlot on a canvas, with the same figures in a table after it: the
 * canvas is hidden from assistive technologies, the table is what they read (and what
 * anyone can copy).
 *
 * @param props        Props.
 * @param props.title  Caption.
 * @param props.labels Category names.
 * @param props.series Bars per category.
 */
export default function BarChart( { title, labels, series }: Props ) {
	const holder = useRef< HTMLDivElement >( null );

	useEffect( () => {
		const element = holder.current;
		if ( ! element || ! labels.length ) {
			return undefined;
		}
		const bars = uPlot.paths.bars?.( {
			size: [ 0.8 / Math.max( 1, series.length ), 48 ],
			align: 0,
		} );
		const plot = new uPlot(
			{
				width: Math.max( 320, element.clientWidth ),
				height: 240,
				legend: { show: series.length > 1 },
				cursor: { show: false },
				scales: { x: { time: false } },
				axes: [
					{
						values: ( _u, ticks ) =>
							ticks.map( ( tick ) => labels[ tick ] ?? '' ),
						incrs: [ 1 ],
					},
					{},
				],
				series: [
					{},
					...series.map( ( one, index ) => ( {
						label: one.label,
						fill: one.color,
						stroke: one.color,
						paths: bars,
						points: { show: false },
						// Side by side: each series moves by a share of the slot.
						...( series.length > 1
							? {
									paths: uPlot.paths.bars?.( {
										size: [ 0.8 / series.length, 48 ],
										align: index === 0 ? -1 : 1,
									} ),
								}
							: {} ),
					} ) ),
				],
			},
			[
				labels.map( ( _l, i ) => i ),
				...series.map( ( s ) => s.values ),
			],
			element
		);
		return () => plot.destroy();
	}, [ labels, series ] );

	return (
		<figure>
			<figcaption>{ title }</figcaption>
			<div ref={ holder } aria-hidden="true" />
			<table className="widefat striped">
				<thead>
					<tr>
						<th scope="col">{ __( 'Group', 'ttdt-portal' ) }</th>
						{ series.map( ( one ) => (
							<th scope="col" key={ one.label }>
								{ one.label }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ labels.map( ( label, row ) => (
						<tr key={ label }>
							<th scope="row">{ label }</th>
							{ series.map( ( one ) => (
								<td key={ one.label }>{ one.values[ row ] }</td>
							) ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</figure>
	);
}
