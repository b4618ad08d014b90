/**
 * WordPress dependencies
 */
import { ToggleControl } from '@wordpress/components';
import { useEffect, useRef } from '@wordpress/element';
import { __, _x, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import SuggestionInput from './suggestion-input';
import type { Provenance } from './use-provenance';
import { useSuggestions } from './use-suggestions';

type Props = {
	provenance: Provenance;
};

/**
 * Source, writer and the two flags of an item. Choosing a registered collaborator's name links
 * the item to that collaborator; typing any other name unlinks it.
 *
 * @param props            Props.
 * @param props.provenance The item's provenance and its setter.
 */
export default function ProvenanceFields( { provenance }: Props ) {
	const { meta, edit } = provenance;
	const source = meta.ttdt_source ?? '';
	const writer = meta.ttdt_writer ?? '';
	const sources = useSuggestions( 'source', source );
	const writers = useSuggestions( 'writer', writer );
	const writerEdited = useRef( false );
	const linkedId = meta.ttdt_collaborator_id ?? 0;

	const linked = writers.items.find(
		( item ) =>
			item.kind === 'collaborator' && item.collaborator_id === linkedId
	);

	// Once the suggestions answer the name just typed, link the item to the registered
	// collaborator of that exact name, or unlink it. Only after an edit, so opening an item
	// never changes it.
	useEffect( () => {
		if ( ! writerEdited.current || writers.term !== writer.trim() ) {
			return;
		}
		const match = writers.items.find(
			( item ) =>
				item.kind === 'collaborator' && item.value === writer.trim()
		);
		const id = match?.collaborator_id ?? 0;
		if ( id !== linkedId ) {
			edit( { ttdt_collaborator_id: id } );
		}
	}, [ writers, writer, linkedId, edit ] );

	const onWriterChange = ( value: string ) => {
		writerEdited.current = true;
		edit( { ttdt_writer: value } );
	};

	return (
		<div className="ttdt-provenance-fields">
			<SuggestionInput
				label={ __( 'News source', 'ttdt-portal' ) }
				help={ __(
					'Where the information comes from, e.g. the office or document that supplied it.',
					'ttdt-portal'
				) }
				value={ source }
				suggestions={ sources.items }
				onChange={ ( value ) => edit( { ttdt_source: value } ) }
			/>
			<SuggestionInput
				label={ __( 'Writer', 'ttdt-portal' ) }
				help={
					linked
						? sprintf(
								/* translators: %s: how the collaborator is registered, e.g. "Collaborator, Youth Union". */
								__( 'Registered: %s.', 'ttdt-portal' ),
								linked.label
							)
						: __(
								'Name as printed under the item. Pick a registered collaborator to link the item to them.',
								'ttdt-portal'
							)
				}
				value={ writer }
				suggestions={ writers.items }
				onChange={ onWriterChange }
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ _x(
					'Reference news',
					'label on unconfirmed items',
					'ttdt-portal'
				) }
				help={ __(
					'Not yet confirmed by the competent authority. The item is filed in the reference section only and labelled "reference news" everywhere.',
					'ttdt-portal'
				) }
				checked={ !! meta.ttdt_is_reference }
				onChange={ ( checked: boolean ) =>
					edit( { ttdt_is_reference: checked } )
				}
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( "Reader's contribution", 'ttdt-portal' ) }
				help={ __(
					"A reader's contribution needs no source or writer.",
					'ttdt-portal'
				) }
				checked={ !! meta.ttdt_is_reader_contribution }
				onChange={ ( checked: boolean ) =>
					edit( { ttdt_is_reader_contribution: checked } )
				}
			/>
		</div>
	);
}
