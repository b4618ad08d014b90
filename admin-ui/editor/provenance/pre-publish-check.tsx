/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RequiredField } from './missing';
import ProvenanceFields from './provenance-fields';
import { usePublishLock } from './use-publish-lock';
import type { Provenance } from './use-provenance';

const MESSAGES: Record< RequiredField, () => string > = {
	ttdt_source: () => __( 'The source is missing.', 'ttdt-portal' ),
	ttdt_writer: () => __( 'The writer is missing.', 'ttdt-portal' ),
};

type Props = {
	provenance: Provenance;
};

/**
 * Content of the pre-publish panel: what is missing, with the fields to fill it in. It is
 * mounted only while the publish panel is open, so the lock it holds keeps the panel's
 * Publish button from going through without ever blocking a draft save.
 *
 * Users who cannot publish only submit for review, and private items are not public: those
 * saves are not held back.
 *
 * @param props            Props.
 * @param props.provenance The item's provenance and its setter.
 */
export default function PrePublishCheck( { provenance }: Props ) {
	const { missing, meta } = provenance;
	const willGoLive = useSelect( ( select ) => {
		const editor = select( editorStore );
		const links = ( editor.getCurrentPost() as { _links?: object } )
			?._links;
		return (
			!! links &&
			'wp:action-publish' in links &&
			editor.getEditedPostVisibility() !== 'private'
		);
	}, [] );
	usePublishLock(
		'ttdt-provenance-pre-publish',
		willGoLive && missing.length > 0
	);

	return (
		<div className="ttdt-provenance-check">
			{ missing.length > 0 ? (
				<Notice status="warning" isDismissible={ false }>
					<p>
						{ willGoLive
							? __(
									'Every news item must state its source and its writer before it is published.',
									'ttdt-portal'
								)
							: __(
									'The publisher will need the source and the writer.',
									'ttdt-portal'
								) }
					</p>
					<ul>
						{ missing.map( ( field ) => (
							<li key={ field }>{ MESSAGES[ field ]() }</li>
						) ) }
					</ul>
				</Notice>
			) : (
				<p>
					{ meta.ttdt_is_reader_contribution
						? __(
								"Reader's contribution: no source or writer needed.",
								'ttdt-portal'
							)
						: __(
								'The source and the writer are given.',
								'ttdt-portal'
							) }
				</p>
			) }
			<ProvenanceFields provenance={ provenance } />
		</div>
	);
}
