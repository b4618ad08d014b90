/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	PluginPrePublishPanel,
	store as editorStore,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import { isItemType } from '../../data/item-types';
import PrePublishCheck from './pre-publish-check';
import ProvenanceFields from './provenance-fields';
import { usePublishLock } from './use-publish-lock';
import { useProvenance } from './use-provenance';
import './style.scss';

/**
 * Source and writer of items (news, documents, procedures) in the block editor (Art. 7.1): a document panel, a
 * pre-publish check, and a lock on Update while a live item lacks them. The server refuses
 * such saves anyway; this only says so before the click.
 */
function Provenance() {
	const provenance = useProvenance();
	const { isItem, isLive } = useSelect( ( select ) => {
		const editor = select( editorStore );
		return {
			isItem: isItemType( editor.getCurrentPostType() ),
			isLive:
				editor.isCurrentPostPublished() ||
				editor.isCurrentPostScheduled(),
		};
	}, [] );
	// Every item type the server lists, once its fields have arrived with the item.
	const applies = isItem && provenance.applies;
	usePublishLock(
		'ttdt-provenance-live',
		applies && isLive && provenance.missing.length > 0
	);

	if ( ! applies ) {
		return null;
	}
	const title = __( 'Source & writer', 'ttdt-portal' );
	return (
		<>
			<PluginDocumentSettingPanel
				name="ttdt-provenance"
				title={ title }
				className="ttdt-provenance-panel"
			>
				<ProvenanceFields provenance={ provenance } />
			</PluginDocumentSettingPanel>
			<PluginPrePublishPanel
				title={ title }
				initialOpen
				className="ttdt-provenance-pre-publish"
			>
				<PrePublishCheck provenance={ provenance } />
			</PluginPrePublishPanel>
		</>
	);
}

registerPlugin( 'ttdt-provenance', { render: Provenance } );
