/**
 * WordPress dependencies
 */
import { Button, CheckboxControl, SelectControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import VnDateControl from '../../components/vn-date';

export type ExportRequest = {
	personal: boolean;
	from?: string;
	to?: string;
};

/**
 * What to export: everything or a period, with or without the citizens' personal data.
 *
 * @param props          Component props.
 * @param props.onExport Starts the export.
 * @param props.disabled Whether a job is running.
 */
export default function ExportPanel( {
	onExport,
	disabled,
}: {
	onExport: ( request: ExportRequest ) => void;
	disabled: boolean;
} ) {
	const [ scope, setScope ] = useState< 'all' | 'period' >( 'all' );
	const [ from, setFrom ] = useState( '' );
	const [ to, setTo ] = useState( '' );
	const [ personal, setPersonal ] = useState( false );
	return (
		<div className="ttdt-archive__export">
			<div className="ttdt-archive__period">
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'What to archive', 'ttdt-portal' ) }
					value={ scope }
					options={ [
						{
							value: 'all',
							label: __( 'Everything', 'ttdt-portal' ),
						},
						{
							value: 'period',
							label: __( 'A period', 'ttdt-portal' ),
						},
					] }
					onChange={ setScope }
				/>
				{ scope === 'period' && (
					<>
						<VnDateControl
							label={ __( 'From', 'ttdt-portal' ) }
							value={ from }
							onChange={ ( value ) => setFrom( value ?? '' ) }
						/>
						<VnDateControl
							label={ __( 'To', 'ttdt-portal' ) }
							value={ to }
							onChange={ ( value ) => setTo( value ?? '' ) }
						/>
					</>
				) }
			</div>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					"Include the citizens' personal data in feedback",
					'ttdt-portal'
				) }
				checked={ personal }
				onChange={ setPersonal }
			/>
			<Button
				variant="primary"
				__next40pxDefaultSize
				disabled={ disabled }
				onClick={ () =>
					onExport(
						scope === 'period'
							? {
									personal,
									from: from || undefined,
									to: to || undefined,
								}
							: { personal }
					)
				}
			>
				{ __( 'Export now', 'ttdt-portal' ) }
			</Button>
		</div>
	);
}
