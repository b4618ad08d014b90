// Style imports are handled by webpack; they have no exports.
declare module '*.scss';
