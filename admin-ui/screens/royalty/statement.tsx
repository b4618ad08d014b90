/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';
import { useReport, type RoyaltyStatement } from '../../data/royalty';
import { downloadCsv, downloadXlsx } from './exports';
import { formatMoney } from './money';

type Props = {
	period: string;
	labels: {
		kind: Record< string, string >;
		status: Record< string, string >;
	};
	periodName: string;
	canExport: boolean;
	version: number;
};

/**
 * The statement of a period, one row per payee, with its exports and printable page.
 *
 * @param props            Component props.
 * @param props.period     Period.
 * @param props.labels     Names of kinds and statuses, from the schema.
 * @param props.periodName Period as people say it.
 * @param props.canExport  Whether the user may export.
 * @param props.version    Bumped after a change.
 */
export default function Statement( {
	period,
	labels,
	periodName,
	canExport,
	version,
}: Props ) {
	const { data, error } = useReport< RoyaltyStatement >(
		'/ttdt/v1/royalty/statement',
		{ period },
		version
	);
	const [ busy, setBusy ] = useState( false );
	const [ exportError, setExportError ] = useState< unknown >( null );
	if ( error ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ errorMessage( error ) }
			</Notice>
		);
	}
	if ( ! data ) {
		return <Spinner />;
	}
	const title = sprintf(
		/* translators: %s: period, e.g. "tháng 03/2026". */
		__( 'Royalty and fee statement, %s', 'ttdt-portal' ),
		periodName
	);
	const onXlsx = async () => {
		setBusy( true );
		setExportError( null );
		try {
			await downloadXlsx( data, title, labels );
		} catch ( caught ) {
			setExportError( caught );
		}
		setBusy( false );
	};
	const printUrl = `admin.php?page=ttdt-portal-royalty-print&period=${ encodeURIComponent( period ) }`;

	return (
		<div className="ttdt-royalty__statement">
			{ canExport && (
				<div className="ttdt-royalty__exports">
					<Button
						variant="primary"
						onClick={ onXlsx }
						isBusy={ busy }
						disabled={ busy }
					>
						{ __( 'Export XLSX', 'ttdt-portal' ) }
					</Button>
					<Button
						variant="secondary"
						onClick={ () => downloadCsv( data ) }
					>
						{ __( 'Export CSV', 'ttdt-portal' ) }
					</Button>
					<Button
						variant="secondary"
						href={ printUrl }
						target="_blank"
					>
						{ __( 'Printable statement', 'ttdt-portal' ) }
					</Button>
				</div>
			) }
			{ !! exportError && (
				<Notice status="error" isDismissible={ false }>
					{ errorMessage(
						exportError,
						__(
							'The spreadsheet could not be made. Try again.',
							'ttdt-portal'
						)
					) }
				</Notice>
			) }
			<table className="widefat striped ttdt-royalty__table">
				<caption>{ title }</caption>
				<thead>
					<tr>
						<th scope="col">{ __( 'No.', 'ttdt-portal' ) }</th>
						<th scope="col">
							{ __( 'Full name', 'ttdt-portal' ) }
						</th>
						<th scope="col">{ __( 'Lines', 'ttdt-portal' ) }</th>
						<th scope="col">
							{ __( 'Royalties', 'ttdt-portal' ) }
						</th>
						<th scope="col">{ __( 'Fees', 'ttdt-portal' ) }</th>
						<th scope="col">{ __( 'Other', 'ttdt-portal' ) }</th>
						<th scope="col">{ __( 'Total', 'ttdt-portal' ) }</th>
					</tr>
				</thead>
				<tbody>
					{ data.rows.map( ( row, index ) => (
						<tr key={ `${ row.name }-${ row.user_id }` }>
							<td>{ index + 1 }</td>
							<td>{ row.name }</td>
							<td>{ row.lines }</td>
							<td className="ttdt-royalty__money">
								{ formatMoney( row.royalties ) }
							</td>
							<td className="ttdt-royalty__money">
								{ formatMoney( row.fees ) }
							</td>
							<td className="ttdt-royalty__money">
								{ formatMoney( row.other ) }
							</td>
							<td className="ttdt-royalty__money">
								{ formatMoney( row.total ) }
							</td>
						</tr>
					) ) }
				</tbody>
				<tfoot>
					<tr>
						<th scope="row" colSpan={ 6 }>
							{ __( 'Total', 'ttdt-portal' ) }
						</th>
						<td
							className="ttdt-royalty__money"
							data-testid="statement-total"
						>
							{ formatMoney( data.total ) }
						</td>
					</tr>
				</tfoot>
			</table>
			<p className="ttdt-royalty__words">
				{ __( 'In words', 'ttdt-portal' ) }: <em>{ data.in_words }</em>
			</p>
		</div>
	);
}
