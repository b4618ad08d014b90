/**
 * The rules of the PHP checker, in the order their messages are listed.
 */
module.exports = [
	require( './abspath-guard' ),
	require( './rest-permission' ),
	require( './rest-args' ),
	require( './sql-prepare' ),
	require( './direct-db-query' ),
	require( './slow-db-query' ),
	require( './escape-output' ),
	require( './nonce-capability' ),
	require( './superglobals' ),
	require( './alternative-functions' ),
	require( './development-functions' ),
	require( './i18n' ),
	require( './file-length' ),
];
