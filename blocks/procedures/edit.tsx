/**
 * Internal dependencies
 */
import metadata from './block.json';
import {
	FilteredListEdit,
	type EditProps,
	type FilteredListAttributes,
} from '../shared/server-rendered-edit';

export type Attributes = FilteredListAttributes;

/**
 * The list of procedures is rendered by the server; the editor shows that same output.
 *
 * @param props Block edit props.
 */
export default function Edit( props: EditProps< Attributes > ) {
	return <FilteredListEdit name={ metadata.name } { ...props } />;
}
