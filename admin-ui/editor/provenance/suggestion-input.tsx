/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useInstanceId } from '@wordpress/compose';

/**
 * Internal dependencies
 */
import type { ProvenanceSuggestion } from '../../data/generated/schemas';

type Props = {
	label: string;
	help?: string;
	value: string;
	suggestions: ProvenanceSuggestion[];
	onChange: ( value: string ) => void;
};

/**
 * A free-text field with suggestions. A native `<datalist>` keeps typing free (a name not in
 * the list is as valid as one in it), works with the keyboard and screen readers, and needs
 * no popover of its own.
 *
 * @param props             Props.
 * @param props.label       Field label.
 * @param props.help        Help text.
 * @param props.value       Current value.
 * @param props.suggestions Values to suggest.
 * @param props.onChange    Called with the new value.
 */
export default function SuggestionInput( {
	label,
	help,
	value,
	suggestions,
	onChange,
}: Props ) {
	const listId = `ttdt-suggestions-${ useInstanceId( SuggestionInput ) }`;
	return (
		<>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ label }
				help={ help }
				value={ value }
				onChange={ onChange }
				list={ listId }
				autoComplete="off"
			/>
			<datalist id={ listId }>
				{ suggestions.map( ( suggestion ) => (
					<option
						key={ `${ suggestion.kind }-${ suggestion.collaborator_id }-${ suggestion.value }` }
						value={ suggestion.value }
					>
						{ suggestion.label }
					</option>
				) ) }
			</datalist>
		</>
	);
}
