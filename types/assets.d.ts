// Style imports are handled by webpack; they have no exports.
declare module '*.scss';

// Plain stylesheets (e.g. DataViews' own styles) are bundled by webpack too.
declare module '*.css';
