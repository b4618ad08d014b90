/**
 * WordPress dependencies
 */
import type { Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDateTime } from '../../components/vn-date';
import type { AuditLogEntry } from '../../data/generated/schemas';

/**
 * What changed, one line per field: "Status: Draft → Published".
 *
 * @param props       Component props.
 * @param props.entry Audit entry.
 */
function Changes( { entry }: { entry: AuditLogEntry } ) {
	if ( ! entry.changes.length ) {
		return <>—</>;
	}
	return (
		<ul className="ttdt-audit__changes">
			{ entry.changes.map( ( change ) => (
				<li key={ change.field }>
					<span className="ttdt-audit__field">{ change.label }:</span>{ ' ' }
					<span className="ttdt-audit__before">
						{ change.before || '—' }
					</span>
					{ ' → ' }
					<span className="ttdt-audit__after">
						{ change.after || '—' }
					</span>
				</li>
			) ) }
		</ul>
	);
}

/**
 * DataViews fields of the log. Filtering happens on the server (see the toolbar), and the
 * order is always newest first, so no field sorts or filters in the table itself.
 */
export function auditFields(): Field< AuditLogEntry >[] {
	const common = { enableSorting: false, enableHiding: false };
	return [
		{
			...common,
			id: 'occurred_at',
			label: __( 'Time', 'ttdt-portal' ),
			render: ( { item } ) => <>{ toVnDateTime( item.occurred_at ) }</>,
		},
		{
			...common,
			id: 'actor',
			label: __( 'User', 'ttdt-portal' ),
			render: ( { item } ) => <>{ item.actor }</>,
		},
		{
			...common,
			id: 'ip',
			label: __( 'IP address', 'ttdt-portal' ),
			render: ( { item } ) => <>{ item.ip || '—' }</>,
		},
		{
			...common,
			id: 'action',
			label: __( 'Action', 'ttdt-portal' ),
			render: ( { item } ) => <>{ item.action_label }</>,
		},
		{
			...common,
			id: 'object',
			label: __( 'Object', 'ttdt-portal' ),
			// One wrapper: DataViews lays a cell's children out in a row.
			render: ( { item } ) => (
				<div>
					{ item.object_label }
					{ item.object_id > 0 && ` #${ item.object_id }` }
					{ item.summary && (
						<div className="ttdt-audit__summary">
							{ item.summary }
						</div>
					) }
				</div>
			),
		},
		{
			...common,
			id: 'changes',
			label: __( 'Change', 'ttdt-portal' ),
			render: ( { item } ) => <Changes entry={ item } />,
		},
	];
}
