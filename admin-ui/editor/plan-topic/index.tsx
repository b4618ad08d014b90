/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { useEntityProp, useEntityRecords } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { __, _x } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	PLAN_TOPIC_ENTITY,
	registerEntities,
} from '../../data/entities';
import type { PlanTopic } from '../../data/generated/schemas';

registerEntities();

const META = 'ttdt_plan_topic';

/**
 * The editorial plan topic an item is written for (Art. 6.3.1): a choice among the topics of
 * the approved plans, read from `ttdt/v1/plan-topics`. Shown where the item has the meta
 * (every workflow item type) and to those who may read the plans; the server refuses any
 * topic outside an approved plan.
 */
function PlanTopicPanel() {
	const { postType, postId } = useSelect( ( select ) => {
		const editor = select( editorStore );
		return {
			postType: editor.getCurrentPostType() as string,
			postId: editor.getCurrentPostId() as number,
		};
	}, [] );
	const [ meta, setMeta ] = useEntityProp(
		'postType',
		postType,
		'meta',
		postId
	);
	const { records } = useEntityRecords< PlanTopic >(
		ENTITY_KIND,
		PLAN_TOPIC_ENTITY,
		{}
	);
	if ( ! meta || ! ( META in meta ) || ! records ) {
		return null;
	}
	const options = [
		{ value: '0', label: __( '— No topic —', 'ttdt-portal' ) },
		...records.map( ( topic ) => ( {
			value: String( topic.id ),
			label: `${ topic.title } (${ topic.plan_title })`,
		} ) ),
	];
	return (
		<PluginDocumentSettingPanel
			name="ttdt-plan-topic"
			title={ __( 'Editorial plan topic', 'ttdt-portal' ) }
		>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ _x( 'Topic', 'editorial plan', 'ttdt-portal' ) }
				help={ __(
					'The topic of an approved plan this item is written for; it counts in the plan’s progress once published.',
					'ttdt-portal'
				) }
				value={ String( meta[ META ] ?? 0 ) }
				options={ options }
				onChange={ ( next: string ) =>
					setMeta( { ...meta, [ META ]: Number( next ) } )
				}
			/>
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'ttdt-plan-topic', { render: PlanTopicPanel } );
