// @wordpress/block-editor ships no types. Its DefinitelyTyped types describe the store
// descriptor without its selectors and actions, so under WordPress 6.8's @wordpress/data types
// `select( blockEditorStore )` would be `{}`. This gives the descriptor its store config.
import type {
	DataRegistry,
	ReduxStoreConfig,
	StoreInstance,
} from '@wordpress/data/build-types/types';

declare module '@wordpress/block-editor' {
	interface BlockEditorStoreDescriptor {
		instantiate: (
			registry: DataRegistry
		) => StoreInstance<
			ReduxStoreConfig<
				unknown,
				typeof import( '@wordpress/block-editor/store/actions' ),
				typeof import( '@wordpress/block-editor/store/selectors' )
			>
		>;
	}
}
