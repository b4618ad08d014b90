/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, RangeControl, ToggleControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';

/**
 * The edit props of a block with attributes `A`.
 */
export type EditProps< A > = {
	attributes: A;
	setAttributes: ( next: Partial< A > ) => void;
};

type Props = {
	/** The block's name (block.json `name`). */
	name: string;
	/** The block's attributes, sent to the server's render. */
	attributes: Record< string, unknown >;
	/** Title of the settings panel; "Display" when left out. */
	title?: string;
	/** The controls of the panel. */
	children: ReactNode;
};

/**
 * The editor of a block the server renders: its settings in one sidebar panel, and the same
 * output the public gets (the wrapper's own supports, such as alignment and spacing, are
 * applied once, by the editor's wrapper, not again by the server's).
 *
 * @param props            Props.
 * @param props.name       Block name.
 * @param props.attributes Attributes.
 * @param props.title      Panel title.
 * @param props.children   Panel controls.
 */
export default function ServerRenderedEdit( {
	name,
	attributes,
	title,
	children,
}: Props ) {
	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ title ?? __( 'Display', 'ttdt-portal' ) }>
					{ children }
				</PanelBody>
			</InspectorControls>
			<ServerSideRender
				block={ name }
				attributes={ attributes }
				skipBlockSupportAttributes
			/>
		</div>
	);
}

/**
 * How many entries a page of a list shows, from 1 to 50.
 *
 * @param props          Props.
 * @param props.label    Label.
 * @param props.value    Current number.
 * @param props.fallback Number when the control is cleared.
 * @param props.onChange Receives the number.
 */
export function PerPageControl( {
	label,
	value,
	fallback,
	onChange,
}: {
	label: string;
	value: number;
	fallback: number;
	onChange: ( perPage: number ) => void;
} ) {
	return (
		<RangeControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			label={ label }
			value={ value }
			min={ 1 }
			max={ 50 }
			onChange={ ( perPage?: number ) => onChange( perPage ?? fallback ) }
		/>
	);
}

/**
 * Attributes of a list with search and filters (documents, procedures).
 */
export type FilteredListAttributes = {
	perPage: number;
	showFilters: boolean;
};

/**
 * The editor of a list with search and filters (documents, procedures): items per page and
 * whether the search and filters show.
 *
 * @param name Block name.
 */
export function filteredListEdit( name: string ) {
	return function FilteredListEdit( {
		attributes,
		setAttributes,
	}: EditProps< FilteredListAttributes > ) {
		return (
			<ServerRenderedEdit name={ name } attributes={ attributes }>
				<PerPageControl
					label={ __( 'Items per page', 'ttdt-portal' ) }
					value={ attributes.perPage }
					fallback={ 10 }
					onChange={ ( perPage ) => setAttributes( { perPage } ) }
				/>
				<ToggleControl
					__nextHasNoMarginBottom
					label={ __( 'Show search and filters', 'ttdt-portal' ) }
					checked={ attributes.showFilters }
					onChange={ ( showFilters: boolean ) =>
						setAttributes( { showFilters } )
					}
				/>
			</ServerRenderedEdit>
		);
	};
}

/**
 * The editor of a list whose only setting is how many entries a page shows (drafts,
 * questions and answers).
 *
 * @param options          Options.
 * @param options.name     Block name.
 * @param options.label    Label of the number.
 * @param options.fallback Number when the control is cleared.
 * @param options.title    Title of the panel; "Display" when left out.
 */
export function perPageEdit( {
	name,
	label,
	fallback,
	title,
}: {
	name: string;
	label: string;
	fallback: number;
	title?: string;
} ) {
	return function PerPageEdit( {
		attributes,
		setAttributes,
	}: EditProps< { perPage: number } > ) {
		return (
			<ServerRenderedEdit
				name={ name }
				attributes={ attributes }
				title={ title }
			>
				<PerPageControl
					label={ label }
					value={ attributes.perPage }
					fallback={ fallback }
					onChange={ ( perPage ) => setAttributes( { perPage } ) }
				/>
			</ServerRenderedEdit>
		);
	};
}
