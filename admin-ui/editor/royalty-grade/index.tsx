/**
 * WordPress dependencies
 */
import { SelectControl } from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
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
import { store as schemaStore, choicesOf } from '../../data/schema-labels';

const GRADE_REL = 'wp:action-grade-royalty';

type MetaSchema = {
	properties?: Record<
		string,
		{ enum?: unknown[]; 'x-labels'?: Record< string, string > }
	>;
};

/**
 * Genre and quality grade of an item (Art. 10), which price its royalty when it is
 * published. Shown only to those the server lets grade the item (its `wp:action-grade-royalty`
 * link: those who approve it); the names of genres and grades come from the meta schema.
 */
function RoyaltyGrade() {
	const { postType, postId, mayGrade } = useSelect( ( select ) => {
		const editor = select( editorStore );
		const links = ( editor.getCurrentPost() as { _links?: object } )
			?._links;
		return {
			postType: editor.getCurrentPostType() as string,
			postId: editor.getCurrentPostId() as number,
			mayGrade: !! links && GRADE_REL in links,
		};
	}, [] );
	const metaSchema = useSelect(
		( select ) => {
			const schema = (
				select( schemaStore ) as {
					getSchema: (
						path: string
					) => { properties?: Record< string, unknown > } | undefined;
				}
			 ).getSchema(
				`/wp/v2/${ postType === 'post' ? 'posts' : postType }`
			);
			return schema?.properties?.meta as MetaSchema | undefined;
		},
		[ postType ]
	);
	const [ meta, setMeta ] = useEntityProp(
		'postType',
		postType,
		'meta',
		postId
	);
	if ( ! mayGrade || ! meta || ! metaSchema ) {
		return null;
	}
	const none = { value: '', label: __( '— Not graded —', 'ttdt-portal' ) };
	const options = ( key: string ) => [
		none,
		...( choicesOf( metaSchema, key ) ?? [] ).filter(
			( choice ) => choice.value !== ''
		),
	];
	return (
		<PluginDocumentSettingPanel
			name="ttdt-royalty-grade"
			title={ __( 'Royalty grading', 'ttdt-portal' ) }
		>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Genre', 'ttdt-portal' ) }
				value={ ( meta.ttdt_royalty_genre as string ) ?? '' }
				options={ options( 'ttdt_royalty_genre' ) }
				onChange={ ( value ) =>
					setMeta( { ...meta, ttdt_royalty_genre: value } )
				}
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Quality grade', 'ttdt-portal' ) }
				value={ ( meta.ttdt_royalty_grade as string ) ?? '' }
				options={ options( 'ttdt_royalty_grade' ) }
				onChange={ ( value ) =>
					setMeta( { ...meta, ttdt_royalty_grade: value } )
				}
				help={ __(
					'The royalty line is recorded when the item is published, at most one day of wage per item.',
					'ttdt-portal'
				) }
			/>
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'ttdt-royalty-grade', { render: RoyaltyGrade } );
