/**
 * WordPress dependencies
 */
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import { useItemMeta } from '../documents/use-item-meta';
import { useSaveErrorNotice } from '../documents/use-save-error-notice';
import BusinessFields from './business-fields';
import ConfirmationControl from './confirmation-control';
import '../documents/style.scss';

/**
 * Field labels by meta key, for the notice that names a field the server refused.
 */
function fieldLabels(): Record< string, string > {
	return {
		ttdt_biz_kind: __( 'The entry presents', 'ttdt-portal' ),
		ttdt_biz_address: __( 'Address', 'ttdt-portal' ),
		ttdt_biz_phone: __( 'Telephone', 'ttdt-portal' ),
		ttdt_biz_email: __( 'E-mail', 'ttdt-portal' ),
		ttdt_biz_website: __( 'Website', 'ttdt-portal' ),
		ttdt_biz_products: __( 'Typical products', 'ttdt-portal' ),
		ttdt_biz_confirmation: __(
			'Written confirmation of the business',
			'ttdt-portal'
		),
		ttdt_biz_confirmation_checked: __(
			'Checked by a moderator',
			'ttdt-portal'
		),
		ttdt_biz_fee: __( 'Fee (đồng)', 'ttdt-portal' ),
		ttdt_biz_fee_receipt: __( 'Fee receipt', 'ttdt-portal' ),
	};
}

/** Built once: the labels are translated when the script runs. */
const LABELS = fieldLabels();

/**
 * The fields of a business promotion entry in the block editor (the plugin loads this script
 * on that editor only). The logo is the editor's "Logo" panel (the featured image) and the
 * introduction is the content. The server decides: it refuses a wrong value, a check by the
 * entry's own writer and publishing without a checked confirmation, and the editor shows its
 * messages.
 */
function BusinessDetails() {
	const editor = useItemMeta();
	useSaveErrorNotice( LABELS );
	if ( ! ( 'ttdt_biz_kind' in editor.meta ) ) {
		return null;
	}
	return (
		<>
			<PluginDocumentSettingPanel
				name="ttdt-business"
				title={ __( 'Business details', 'ttdt-portal' ) }
				className="ttdt-business-panel"
			>
				<BusinessFields editor={ editor } />
			</PluginDocumentSettingPanel>
			<PluginDocumentSettingPanel
				name="ttdt-business-confirmation"
				title={ __( 'Confirmation and fee', 'ttdt-portal' ) }
				className="ttdt-business-panel"
			>
				<ConfirmationControl editor={ editor } />
			</PluginDocumentSettingPanel>
		</>
	);
}

registerPlugin( 'ttdt-business', { render: BusinessDetails } );
