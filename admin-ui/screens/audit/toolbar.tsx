/**
 * WordPress dependencies
 */
import { Button, SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import VnDateControl from '../../components/vn-date';
import type { AuditFilters } from '../../data/audit';
import type { AuditFacets } from '../../data/generated/schemas';

type Props = {
	facets: AuditFacets | null;
	filters: AuditFilters;
	onChange: ( filters: AuditFilters ) => void;
	onExport: () => void;
	isExporting: boolean;
};

/**
 * The log's filters (who, what, which kind of object, which days) and the CSV export of what
 * they select.
 *
 * @param props             Component props.
 * @param props.facets      Values to offer.
 * @param props.filters     Current filters.
 * @param props.onChange    Receives the new filters.
 * @param props.onExport    Starts the export.
 * @param props.isExporting Whether an export is running.
 */
export default function AuditToolbar( {
	facets,
	filters,
	onChange,
	onExport,
	isExporting,
}: Props ) {
	const any = { value: '', label: __( 'All', 'ttdt-portal' ) };
	const set = ( changes: AuditFilters ) =>
		onChange( { ...filters, ...changes } );

	return (
		<div className="ttdt-audit__toolbar">
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Action', 'ttdt-portal' ) }
				value={ filters.action ?? '' }
				options={ [ any, ...( facets?.actions ?? [] ) ] }
				onChange={ ( action ) => set( { action } ) }
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'User', 'ttdt-portal' ) }
				value={ String( filters.user ?? '' ) }
				options={ [
					any,
					...( facets?.users ?? [] ).map( ( user ) => ( {
						value: String( user.value ),
						label: user.label,
					} ) ),
				] }
				onChange={ ( user ) =>
					set( { user: Number( user ) || undefined } )
				}
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Object', 'ttdt-portal' ) }
				value={ filters.object_type ?? '' }
				options={ [ any, ...( facets?.object_types ?? [] ) ] }
				onChange={ ( objectType ) =>
					set( { object_type: objectType } )
				}
			/>
			<VnDateControl
				label={ __( 'From', 'ttdt-portal' ) }
				value={ filters.date_from ?? '' }
				onChange={ ( date ) =>
					date !== null && set( { date_from: date } )
				}
			/>
			<VnDateControl
				label={ __( 'To', 'ttdt-portal' ) }
				value={ filters.date_to ?? '' }
				onChange={ ( date ) =>
					date !== null && set( { date_to: date } )
				}
			/>
			<Button
				__next40pxDefaultSize
				variant="secondary"
				onClick={ onExport }
				isBusy={ isExporting }
				disabled={ isExporting }
			>
				{ __( 'Export CSV', 'ttdt-portal' ) }
			</Button>
		</div>
	);
}
