/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import VnDateControl, { toVnDate } from '../../components/vn-date';
import { channelLabel, type ReceiptChannel } from '../../data/workflow';
import type { WorkflowItem } from '../../data/generated/schemas';
import { useDeadlinePreview } from './use-deadline-preview';

type Props = {
	item: WorkflowItem;
};

type ReceiptMeta = {
	ttdt_received_at?: string;
	ttdt_received_via?: ReceiptChannel;
};

const CHANNELS: ReceiptChannel[] = [ 'online', 'email', 'paper' ];

/**
 * How and when the manuscript was received. Staff who record receipts edit it here; the change
 * is post meta, saved with the item like any other edit.
 *
 * @param props      Props.
 * @param props.item The item as the server last described it.
 */
export default function ReceiptFields( { item }: Props ) {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	const [ meta, setMeta ] = useEntityProp( 'postType', postType, 'meta' ) as [
		( ReceiptMeta & Record< string, unknown > ) | undefined,
		( next: Record< string, unknown > ) => void,
		unknown,
	];
	const receivedAt = meta?.ttdt_received_at ?? item.received_at;
	const receivedVia = meta?.ttdt_received_via ?? item.received_via;
	const editedDate = receivedAt.slice( 0, 10 );
	const preview = useDeadlinePreview(
		editedDate !== item.received_at.slice( 0, 10 ) ? editedDate : ''
	);
	const canEdit = item.allowed_actions.includes( 'receipt' );

	const summary = receivedAt
		? sprintf(
				/* translators: 1: date, dd/mm/yyyy, 2: channel, e.g. "Paper". */
				__( 'Received: %1$s (%2$s)', 'ttdt-portal' ),
				toVnDate( receivedAt ),
				channelLabel( receivedVia )
			)
		: __(
				'Not received yet: the date is recorded when the item is submitted.',
				'ttdt-portal'
			);

	if ( ! canEdit ) {
		return <p className="ttdt-workflow__receipt">{ summary }</p>;
	}
	return (
		<div className="ttdt-workflow__receipt">
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Received via', 'ttdt-portal' ) }
				value={ receivedVia }
				options={ CHANNELS.map( ( channel ) => ( {
					value: channel,
					label: channelLabel( channel ),
				} ) ) }
				onChange={ ( value: string ) =>
					setMeta( { ...meta, ttdt_received_via: value } )
				}
			/>
			<VnDateControl
				label={ __( 'Receipt date', 'ttdt-portal' ) }
				value={ editedDate }
				help={ __(
					'The date on the incoming paper or of the e-mail; the approval deadline counts from it.',
					'ttdt-portal'
				) }
				onChange={ ( value ) => {
					if ( value === null ) {
						return;
					}
					// Keep the stored time when the day is unchanged, so nothing looks edited.
					const stored = item.received_at;
					setMeta( {
						...meta,
						ttdt_received_at:
							value === stored.slice( 0, 10 ) ? stored : value,
					} );
				} }
			/>
			{ preview && (
				<p className="ttdt-workflow__preview">
					{ sprintf(
						/* translators: %s: date, dd/mm/yyyy. */
						__( 'Approval deadline once saved: %s', 'ttdt-portal' ),
						toVnDate( preview )
					) }
				</p>
			) }
		</div>
	);
}
