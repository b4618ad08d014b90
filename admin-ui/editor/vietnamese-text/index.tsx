/**
 * WordPress dependencies
 */
import {
	PluginDocumentSettingPanel,
	PluginPrePublishPanel,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import LegacyTextPanel from './panel';
import { useLegacyNotices } from './use-legacy-notices';
import { useLegacyText } from './use-legacy-text';

/**
 * Vietnamese text in the block editor (Art. 8.1, Unicode per TCVN 6909:2001): text pasted in
 * a legacy encoding (TCVN3/ABC, VNI) is converted right away, and any other legacy text is
 * flagged with a one-click conversion. The server refuses to publish it anyway.
 */
function VietnameseText() {
	const legacy = useLegacyText();
	useLegacyNotices( legacy );
	const title = __( 'Vietnamese encoding', 'ttdt-portal' );
	return (
		<>
			<PluginDocumentSettingPanel
				name="ttdt-vietnamese-text"
				title={ title }
				className="ttdt-vietnamese-text-panel"
			>
				<LegacyTextPanel legacy={ legacy } />
			</PluginDocumentSettingPanel>
			{ legacy.encoding && (
				<PluginPrePublishPanel
					title={ title }
					initialOpen
					className="ttdt-vietnamese-text-pre-publish"
				>
					<LegacyTextPanel legacy={ legacy } />
				</PluginPrePublishPanel>
			) }
		</>
	);
}

registerPlugin( 'ttdt-vietnamese-text', { render: VietnameseText } );
