/**
 * External dependencies
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * WordPress dependencies
 */
import { useEffect, useRef } from '@wordpress/element';
import { __, _x } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { PlanProgress } from '../../data/generated/schemas';

type Props = { rows: PlanProgress[ 'topics' ] };

/**
 * Planned against published items per topic, as bars (uPlot, as the royalty and feedback
 * charts). The canvas is hidden from screen readers: the table beside it holds the figures.
 *
 * @param props      Component props.
 * @param props.rows Rows per topic.
 */
export default function ProgressChart( { rows }: Props ) {
	const target = useRef< HTMLDivElement >( null );

	useEffect( () => {
		if ( ! target.current || ! rows.length ) {
			return;
		}
		const bars = uPlot.paths.bars?.( { size: [ 0.35, 30 ] } );
		const box = target.current;
		const width = () => Math.min( 760, box.clientWidth || 760 );
		const plot = new uPlot(
			{
				width: width(),
				height: 240,
				scales: { x: { time: false } },
				axes: [
					{
						values: ( _u, ticks ) =>
							ticks.map( ( t ) => rows[ t - 1 ]?.name ?? '' ),
					},
					{},
				],
				series: [
					{ label: _x( 'Topic', 'editorial plan', 'ttdt-portal' ) },
					{
						label: __( 'Planned', 'ttdt-portal' ),
						fill: 'rgba(140, 143, 148, 0.5)',
						stroke: '#8c8f94',
						paths: bars,
					},
					{
						label: _x(
							'Published',
							'number of items',
							'ttdt-portal'
						),
						fill: 'rgba(0, 115, 170, 0.7)',
						stroke: '#0073aa',
						paths: bars,
					},
				],
			},
			[
				rows.map( ( _, index ) => index + 1 ),
				rows.map( ( row ) => row.planned ),
				rows.map( ( row ) => row.published ),
			],
			box
		);
		const observer = new window.ResizeObserver( () => {
			if ( width() !== plot.width ) {
				plot.setSize( { width: width(), height: 240 } );
			}
		} );
		observer.observe( box );
		return () => {
			observer.disconnect();
			plot.destroy();
		};
	}, [ rows ] );

	return (
		<figure className="ttdt-plans__chart">
			<div ref={ target } aria-hidden="true" />
		</figure>
	);
}
