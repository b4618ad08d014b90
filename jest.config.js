/**
 * Unit tests sit beside the code in `test/` folders (blocks, admin-ui, build scripts).
 * The roots keep jest out of `.wp/` (WordPress core) and `plugin/build/`.
 * Packages stay untransformed except what the nested copies under `@wordpress/notices`
 * ship as ES modules only (`uuid`, `@wordpress/theme`'s `.mjs`), and `parsel-js`, which
 * `@wordpress/block-editor` loads once core-data is imported.
 */
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config' );

module.exports = {
	...defaultConfig,
	roots: [ '<rootDir>/blocks', '<rootDir>/admin-ui', '<rootDir>/scripts' ],
	transform: {
		...defaultConfig.transform,
		'\\.mjs$':
			require.resolve( '@wordpress/scripts/config/babel-transform' ),
	},
	transformIgnorePatterns: [
		'^(?!.*\\.mjs$)(?!.*/node_modules/(uuid|parsel-js)/).*/node_modules/',
	],
};
