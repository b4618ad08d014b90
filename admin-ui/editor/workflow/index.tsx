/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { useCallback, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import { isItemType } from '../../data/item-types';
import { registerHeaderLabel } from './header-label';
import WorkflowPanel from './panel';
import ReturnDialog from './return-dialog';
import StatusInfo from './status-info';
import { useAwaitingNotice } from './use-awaiting-notice';
import { useOpenForReviewer } from './use-open-for-reviewer';
import { useWorkflow } from './use-workflow';
// Not `style.scss`: the build splits those into `style-workflow.css`, which the plugin does
// not enqueue (`BuiltScript` loads `workflow.css`).
import './editor.scss';

/** Plugin and panel name; the editor knows the panel as `<plugin>/<panel>`. */
const NAME = 'ttdt-workflow';

/**
 * The approval workflow of the open item (Art. 8.1, 12.2).
 */
function WorkflowControls() {
	const workflow = useWorkflow();
	const { item } = workflow;
	const [ isReturning, setReturning ] = useState( false );
	const openReturn = useCallback( () => setReturning( true ), [] );
	useAwaitingNotice( workflow, openReturn );
	const showPanel = useOpenForReviewer(
		`${ NAME }/${ NAME }`,
		item?.awaiting_you
	);
	return (
		<>
			{ item && <StatusInfo item={ item } /> }
			{ isReturning && (
				<ReturnDialog
					workflow={ workflow }
					onClose={ () => setReturning( false ) }
				/>
			) }
			{ showPanel && (
				<PluginDocumentSettingPanel
					name={ NAME }
					title={ __( 'Approval', 'ttdt-portal' ) }
					className="ttdt-workflow-panel"
				>
					<WorkflowPanel workflow={ workflow } />
				</PluginDocumentSettingPanel>
			) }
		</>
	);
}

/**
 * The workflow in the block editor, for every item type the server lists: state, receipt, deadline and time left beside the Status
 * row; for the reviewer it waits for, a notice above the content with Approve / Return;
 * receipt, comment and history in the Approval panel. Submitting and publishing stay on the editor's own buttons; the
 * server enforces who may do what.
 */
function Workflow() {
	const postType = useSelect(
		( select ) => select( editorStore ).getCurrentPostType(),
		[]
	);
	return isItemType( postType ) ? <WorkflowControls /> : null;
}

registerHeaderLabel();
registerPlugin( NAME, { render: Workflow } );
