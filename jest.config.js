/**
 * Unit tests sit beside the code in `test/` folders (blocks, admin-ui, build scripts).
 * The roots keep jest out of `.wp/` (WordPress core) and `plugin/build/`.
 */
const defaultConfig = require( '@wordpress/scripts/config/jest-unit.config' );

module.exports = {
	...defaultConfig,
	roots: [ '<rootDir>/blocks', '<rootDir>/admin-ui', '<rootDir>/scripts' ],
};
