/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import WorkflowPanel from './panel';
import './style.scss';

/** The post type that goes through approval (the contract's news items). */
const WORKFLOW_POST_TYPE = 'post';

/**
 * The approval workflow in the block editor (Art. 8.1, 12.2): state, receipt, deadline,
 * history and, for moderators, Approve / Return. Submitting and publishing stay on the
 * editor's own buttons; the server enforces who may do what.
 */
function Workflow() {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	if ( postType !== WORKFLOW_POST_TYPE ) {
		return null;
	}
	return (
		<PluginDocumentSettingPanel
			name="ttdt-workflow"
			title={ __( 'Approval', 'ttdt-portal' ) }
			className="ttdt-workflow-panel"
		>
			<WorkflowPanel />
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'ttdt-workflow', { render: Workflow } );
