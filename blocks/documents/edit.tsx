/**
 * Internal dependencies
 */
import metadata from './block.json';
import { filteredListEdit } from '../shared/server-rendered-edit';

export type { FilteredListAttributes as Attributes } from '../shared/server-rendered-edit';

/**
 * The list of documents is rendered by the server; the editor shows that same output.
 */
export default filteredListEdit( metadata.name );
