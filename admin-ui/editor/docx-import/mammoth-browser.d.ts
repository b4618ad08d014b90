// The browser build of mammoth (one self-contained file) has the API of the package's main
// entry, which is what its types describe.
declare module 'mammoth/mammoth.browser' {
	import mammoth = require( 'mammoth' );
	export = mammoth;
}
