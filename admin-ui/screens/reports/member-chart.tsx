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

type Props = {
	rows: Array< { label: string; received: number; published: number } >;
};

/**
 * Items received and published per board member as bars (uPlot, the royalty dashboard's
 * library). The same figures are in the table below it for screen readers.
 *
 * @param props      Component props.
 * @param props.rows One row per member.
 */
export default function MemberChart( { rows }: Props ) {
	const target = useRef< HTMLDivElement >( null );

	useEffect( () => {
		if ( ! target.current || ! rows.length ) {
			return;
		}
		const bars = uPlot.paths.bars?.( { size: [ 0.6, 40 ] } );
		const plot = new uPlot(
			{
				width: Math.min( 760, target.current.clientWidth || 760 ),
				height: 240,
				scales: { x: { time: false } },
				axes: [
					{
						values: ( _u, ticks ) =>
							ticks.map( ( t ) => rows[ t - 1 ]?.label ?? '' ),
					},
					{},
				],
				series: [
					{ label: __( 'Board member', 'ttdt-portal' ) },
					{
						label: _x( 'Received', 'report figure', 'ttdt-portal' ),
						fill: 'rgba(0, 115, 170, 0.6)',
						stroke: '#0073aa',
						paths: bars,
					},
					{
						label: _x(
							'Published',
							'number of items',
							'ttdt-portal'
						),
						fill: 'rgba(0, 163, 42, 0.6)',
						stroke: '#00a32a',
						paths: bars,
					},
				],
			},
			[
				rows.map( ( _, index ) => index + 1 ),
				rows.map( ( row ) => row.received ),
				rows.map( ( row ) => row.published ),
			],
			target.current
		);
		return () => plot.destroy();
	}, [ rows ] );

	return <div ref={ target } className="ttdt-reports__chart" />;
}
