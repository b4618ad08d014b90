/**
 * WordPress dependencies
 */
import { select } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { addFilter } from '@wordpress/hooks';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { isItemType } from '../../data/item-types';

/** The core string of the header button of users who cannot publish. */
const SUBMIT_LABEL = 'Submit for Review';

/**
 * Renames core's "Submit for Review" header button to "Save changes" while the item open in
 * the editor is already submitted.
 *
 * Why this way: for a user without `publish_posts` (a moderator) Gutenberg 6.8 labels its
 * header button "Submit for Review" whatever the status (`PublishButtonLabel` only asks
 * whether the post has a `wp:action-publish` link), and on a pending item that button merely
 * saves it as pending. Gutenberg offers no slot or prop to change that control:
 * `PluginPostStatusInfo` / `PluginPrePublishPanel` / `PluginPostPublishPanel` only add
 * content (and the publish panels never open for users who cannot publish),
 * `editor.PostPreviewButton.interstitial` concerns the preview, and PHP's `post_submitbox_*`
 * actions exist only on the classic screen. Granting `publish_posts` for submitted items (in
 * `Capabilities.php`) would turn the button into "Publish", inviting a moderator to do what
 * they may not. Hiding the button with CSS or DOM changes is unsupported and would also take
 * away the moderator's only Save button. The label, though, goes through `@wordpress/i18n`,
 * whose `i18n.gettext_default` filter is public API: the button keeps its core behaviour
 * (save) and now says so, and the plugin's own Approve / Return sit beside the Status row.
 */
export function registerHeaderLabel(): void {
	addFilter(
		'i18n.gettext_default',
		'ttdt-portal/submitted-item-header',
		( translation: string, text: string ) => {
			if ( text !== SUBMIT_LABEL ) {
				return translation;
			}
			const editor = select( editorStore );
			const isSubmitted =
				isItemType( editor.getCurrentPostType() ) &&
				editor.getCurrentPostAttribute( 'status' ) === 'pending';
			return isSubmitted
				? __( 'Save changes', 'ttdt-portal' )
				: translation;
		}
	);
}
