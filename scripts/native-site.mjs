#!/usr/bin/env node
/**
 * Starts or stops a WordPress site on the production-like native stack: Debian's PHP 8.2 FPM,
 * MariaDB and nginx, on loopback, as plain processes (no systemd) on private data folders.
 *
 *   node scripts/native-site.mjs start dev            the user's portal on :8880 (data kept)
 *   node scripts/native-site.mjs start test [--port]  a fresh throw-away site for the tests
 *   node scripts/native-site.mjs start clean [--port] a fresh site without the plugin (port+1)
 *   node scripts/native-site.mjs start network [--port]  a fresh subdirectory Multisite network
 *                                                     (port+3), the plugin network-activated,
 *                                                     three seeded commune sites (/xa-…/)
 *   node scripts/native-site.mjs stop dev|test|clean [--port N]
 *   node scripts/native-site.mjs stop-all             every site of this checkout, and MariaDB
 *   node scripts/native-site.mjs status
 *   node scripts/native-site.mjs install              the Debian packages and the core folder
 *   node scripts/native-site.mjs db-start             MariaDB again after it was killed (its pid
 *                                                     is in .wp/native/mariadb/mariadb.pid)
 *
 * Options of `start`: `--port N`; `--plugin DIR` (the plugin folder to map as
 * `wp-content/plugins/ttdt-portal`, default `plugin/` of the checkout); `--checkout DIR`
 * (every command: run the sites of another checkout of the project, from its `.wp/`, with its
 * `scripts/env/mu-plugins` and `plugin/`).
 * The test ports follow `TTDT_TEST_PORT` like `scripts/wp-site.mjs`: test on the port, clean on
 * port + 1, and the tests' SMTP catcher on port + 1000.
 *
 * Everything lives in the git-ignored `.wp/native/` of this checkout: one MariaDB server
 * (`mariadb/`, reached only through its unix socket, `--skip-networking`, so checkouts never
 * clash on a TCP port) holding one database per site, and per site (`sites/<name>-<port>/`)
 * a copy of the core folder, its php-fpm pool and nginx server with their sockets, pid files
 * and logs. Missing Debian packages are installed with apt-get.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
// Positional arguments (command, site) and `--name value` options, in any order.
const options = {};
const positional = [];
for ( let i = 2; i < process.argv.length; i++ ) {
	const arg = process.argv[ i ];
	if ( arg.startsWith( '--' ) ) {
		options[ arg.slice( 2 ) ] = process.argv[ ++i ];
	} else {
		positional.push( arg );
	}
}
const [ command, siteName = 'dev' ] = positional;
const option = ( name ) => options[ name ];

// The checkout whose `.wp/`, environment must-use plugins and plugin folder the site uses:
// this one, or another worktree's (`--checkout DIR`) so each keeps its own MariaDB and sites.
const checkout = path.resolve( option( 'checkout' ) ?? root );
const pristineCore = path.join( checkout, '.wp', 'core' );
const nativeDir = path.join( checkout, '.wp', 'native' );
const dbDir = path.join( nativeDir, 'mariadb' );
const db = {
	data: path.join( dbDir, 'data' ),
	socket: path.join( dbDir, 'mariadb.sock' ),
	pid: path.join( dbDir, 'mariadb.pid' ),
	log: path.join( dbDir, 'mariadb.log' ),
	lock: path.join( dbDir, 'start.lock' ),
};
const isRoot = process.getuid?.() === 0;
// PHP and nginx workers run as www-data when started by root, as on a Debian server.
const workerUser = isRoot ? 'www-data' : null;
const packages = [
	'php8.2-fpm',
	'php8.2-cli',
	'php8.2-mysql',
	'php8.2-xml',
	'php8.2-mbstring',
	'php8.2-curl',
	'php8.2-gd',
	'php8.2-zip',
	'php8.2-intl',
	'mariadb-server',
	'mariadb-client',
	'nginx',
];

const testPort = Number( process.env.TTDT_TEST_PORT || 8889 );
const defaultPorts = {
	dev: 8880,
	test: testPort,
	clean: testPort + 1,
	network: testPort + 3,
};
const isNetwork = ( layout ) => layout.name === 'network';

function log( message ) {
	process.stdout.write( `native-site: ${ message }\n` );
}

function fail( message ) {
	process.stderr.write( `native-site: ${ message }\n` );
	process.exit( 1 );
}

/**
 * The folders and files of one site.
 *
 * @param {string} name Site name: dev, test or clean.
 * @param {number} port Its port.
 */
function siteLayout( name, port ) {
	const dir = path.join(
		nativeDir,
		'sites',
		name === 'dev' ? 'dev' : `${ name }-${ port }`
	);
	return {
		name,
		port,
		dir,
		core: path.join( dir, 'wordpress' ),
		database: name === 'dev' ? 'wp_dev' : `wp_${ name }_${ port }`,
		fpmConf: path.join( dir, 'php-fpm.conf' ),
		fpmPid: path.join( dir, 'php-fpm.pid' ),
		fpmSocket: path.join( dir, 'php-fpm.sock' ),
		nginxConf: path.join( dir, 'nginx.conf' ),
		nginxPid: path.join( dir, 'nginx.pid' ),
		url: `http://localhost:${ port }`,
	};
}

function run( file, args, spawnOptions = {} ) {
	const result = spawnSync( file, args, {
		encoding: 'utf8',
		...spawnOptions,
	} );
	if ( result.status !== 0 ) {
		fail(
			`${ file } ${ args.join( ' ' ) } failed:\n${ result.stdout ?? '' }${
				result.stderr ?? ''
			}`
		);
	}
	return result.stdout;
}

/**
 * Installs the Debian packages of the stack that are missing (once per machine).
 */
function ensurePackages() {
	const missing = packages.filter( ( name ) => {
		const result = spawnSync(
			'dpkg-query',
			[ '-W', '-f=${Status}', name ],
			{ encoding: 'utf8' }
		);
		return ! result.stdout?.includes( 'install ok installed' );
	} );
	if ( ! missing.length ) {
		return;
	}
	log( `cài đặt gói Debian: ${ missing.join( ' ' ) }` );
	const apt = ( args ) =>
		execFileSync(
			isRoot ? 'apt-get' : 'sudo',
			isRoot ? args : [ 'apt-get', ...args ],
			{
				stdio: [ 'ignore', 'ignore', 'inherit' ],
				env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
			}
		);
	apt( [ 'update', '-qq' ] );
	// Debian's maintainer scripts would start the system's own MariaDB, nginx and php-fpm
	// services (port 80, 3306); this stack never uses them. policy-rc.d is Debian's way to say
	// "do not start services" while installing, and is removed right after.
	const policy = '/usr/sbin/policy-rc.d';
	const ownPolicy = isRoot && ! fs.existsSync( policy );
	if ( ownPolicy ) {
		fs.writeFileSync( policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 } );
	}
	try {
		apt( [
			'install',
			'-y',
			'-qq',
			'--no-install-recommends',
			...missing,
		] );
	} finally {
		if ( ownPolicy ) {
			fs.rmSync( policy, { force: true } );
		}
	}
}

function ensurePristineCore() {
	execFileSync(
		'bash',
		[ path.join( root, 'scripts/fetch-wordpress.sh' ), pristineCore ],
		{ stdio: 'inherit' }
	);
}

function pidFrom( file ) {
	try {
		const pid = Number( fs.readFileSync( file, 'utf8' ).trim() );
		if ( pid > 0 ) {
			process.kill( pid, 0 );
			return pid;
		}
	} catch {}
	return null;
}

async function waitFor( test, what, timeout = 60_000 ) {
	const deadline = Date.now() + timeout;
	while ( Date.now() < deadline ) {
		if ( await test() ) {
			return;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
	}
	fail( `timed out waiting for ${ what }` );
}

async function stopPid( file, signal = 'SIGQUIT' ) {
	const pid = pidFrom( file );
	if ( ! pid ) {
		fs.rmSync( file, { force: true } );
		return;
	}
	process.kill( pid, signal );
	await waitFor(
		() => pidFrom( file ) === null || ! isAlive( pid ),
		file,
		30_000
	);
	fs.rmSync( file, { force: true } );
}

function isAlive( pid ) {
	try {
		process.kill( pid, 0 );
		return true;
	} catch {
		return false;
	}
}

function sql( statement ) {
	return run(
		'mariadb',
		[
			'--no-defaults',
			`--socket=${ db.socket }`,
			'-uroot',
			'-N',
			'-e',
			statement,
		],
		{ stdio: [ 'ignore', 'pipe', 'pipe' ] }
	);
}

function dbIsUp() {
	return (
		pidFrom( db.pid ) !== null &&
		spawnSync( 'mariadb-admin', [
			'--no-defaults',
			`--socket=${ db.socket }`,
			'-uroot',
			'ping',
		] ).status === 0
	);
}

/**
 * Starts this checkout's MariaDB server unless it runs: its own data folder and socket, no
 * TCP port. A lock keeps two sites starting at once from starting it twice.
 */
async function ensureDatabaseServer() {
	fs.mkdirSync( dbDir, { recursive: true } );
	await waitFor(
		() => {
			try {
				fs.mkdirSync( db.lock );
				return true;
			} catch {
				// A lock older than two minutes was left by a killed start.
				if ( Date.now() - fs.statSync( db.lock ).mtimeMs > 120_000 ) {
					fs.rmSync( db.lock, { recursive: true, force: true } );
				}
				return false;
			}
		},
		'the MariaDB start lock',
		150_000
	);
	try {
		if ( dbIsUp() ) {
			return;
		}
		if ( ! fs.existsSync( path.join( db.data, 'mysql' ) ) ) {
			log( 'khởi tạo thư mục dữ liệu MariaDB' );
			fs.rmSync( db.data, { recursive: true, force: true } );
			run( 'mariadb-install-db', [
				'--no-defaults',
				`--datadir=${ db.data }`,
				`--user=${ isRoot ? 'root' : process.env.USER }`,
				'--auth-root-authentication-method=socket',
				'--skip-test-db',
			] );
		}
		fs.rmSync( db.socket, { force: true } );
		const out = fs.openSync( db.log, 'a' );
		const child = spawn(
			'mariadbd',
			[
				'--no-defaults',
				`--datadir=${ db.data }`,
				`--socket=${ db.socket }`,
				`--pid-file=${ db.pid }`,
				`--log-error=${ db.log }`,
				'--skip-networking',
				...( isRoot ? [ '--user=root' ] : [] ),
				'--character-set-server=utf8mb4',
				'--collation-server=utf8mb4_unicode_ci',
				`--innodb-buffer-pool-size=${
					process.env.TTDT_NATIVE_DB_BUFFER || '128M'
				}`,
				'--innodb-log-file-size=48M',
				// The redo log is written at each commit and synced about once a second instead
				// of an fsync per commit (every autocommitted WordPress write): a killed mariadbd
				// loses nothing (the log is in the OS's cache), only a crash of the machine could
				// lose the last second, which a local or test site can afford. The fault test
				// (e2e/specs/fault-db-kill.spec.ts) kills mariadbd mid-burst and still finds every
				// acknowledged write stored whole. No binary log (`--no-defaults` leaves it off).
				'--innodb-flush-log-at-trx-commit=2',
				'--skip-log-bin',
				'--max-connections=300',
			],
			{ detached: true, stdio: [ 'ignore', out, out ] }
		);
		child.unref();
		await waitFor( dbIsUp, 'MariaDB', 60_000 );
		// One account for every site of this checkout (and the PHP integration tests).
		sql(
			"CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON *.* TO 'wp'@'localhost';"
		);
	} finally {
		fs.rmSync( db.lock, { recursive: true, force: true } );
	}
}

function siteIsRunning( layout ) {
	return (
		pidFrom( layout.nginxPid ) !== null || pidFrom( layout.fpmPid ) !== null
	);
}

function allSites() {
	const sitesDir = path.join( nativeDir, 'sites' );
	if ( ! fs.existsSync( sitesDir ) ) {
		return [];
	}
	return fs.readdirSync( sitesDir ).map( ( entry ) => {
		const [ name, port ] = entry.split( '-' );
		return siteLayout( name, Number( port || defaultPorts.dev ) );
	} );
}

function phpString( value ) {
	return `'${ String( value ).replace( /[\\']/g, '\\$&' ) }'`;
}

/**
 * The site's `wp-config.php`: the same constants the Playground sites get from wp-env
 * (its defaults plus `.wp-env.json`/`wp-site.mjs`), the debug log on, the database socket.
 *
 * @param {ReturnType<typeof siteLayout>} layout The site.
 */
function writeWpConfig( layout ) {
	const constants = {
		DB_NAME: layout.database,
		DB_USER: 'wp',
		DB_PASSWORD: 'wp',
		DB_HOST: `localhost:${ db.socket }`,
		DB_CHARSET: 'utf8mb4',
		DB_COLLATE: '',
		// On a network each site has its own address, read from its own options.
		...( ! isNetwork( layout ) && {
			WP_HOME: layout.url,
			WP_SITEURL: layout.url,
		} ),
		FS_METHOD: 'direct',
		WP_DEBUG: true,
		WP_DEBUG_LOG: true,
		SCRIPT_DEBUG: true,
		WP_ENVIRONMENT_TYPE: 'local',
		WP_PHP_BINARY: 'php',
		TTDT_ENV: layout.name === 'dev' ? 'development' : 'test',
		// Archive packages go outside the web root, in a folder the PHP workers may write to,
		// as a well-set-up host names it (see plugin/src/Archive/ArchiveStore.php).
		TTDT_ARCHIVE_DIR: path.join( layout.dir, 'archives' ),
		// As on Playground: no automatic activation of the zip the clean-site test installs.
		...( layout.name === 'clean' && { TTDT_ENV_CLEAN: true } ),
		...( layout.name !== 'dev' && {
			TTDT_TEST_SMTP_PORT:
				layout.port -
				( { clean: 1, network: 3 }[ layout.name ] ?? 0 ) +
				1000,
		} ),
	};
	// Made once per site, so logins survive a restart of the dev site.
	const saltsFile = path.join( layout.dir, 'salts.json' );
	if ( ! fs.existsSync( saltsFile ) ) {
		const salts = {};
		for ( const key of [ 'AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE' ] ) {
			salts[ `${ key }_KEY` ] = randomBytes( 32 ).toString( 'hex' );
			salts[ `${ key }_SALT` ] = randomBytes( 32 ).toString( 'hex' );
		}
		fs.writeFileSync( saltsFile, JSON.stringify( salts ) );
	}
	Object.assign(
		constants,
		JSON.parse( fs.readFileSync( saltsFile, 'utf8' ) )
	);
	const lines = Object.entries( constants ).map(
		( [ key, value ] ) =>
			`define( '${ key }', ${
				typeof value === 'string'
					? phpString( value )
					: JSON.stringify( value )
			} );`
	);
	fs.writeFileSync(
		path.join( layout.core, 'wp-config.php' ),
		[
			'<?php',
			'// Written by scripts/native-site.mjs for a local site; rewritten on every start.',
			...lines,
			"$table_prefix = 'wp_';",
			...networkConstants( layout ),
			"if ( ! defined( 'ABSPATH' ) ) {",
			"\tdefine( 'ABSPATH', __DIR__ . '/' );",
			'}',
			"require_once ABSPATH . 'wp-settings.php';",
			'',
		].join( '\n' )
	);
}

/**
 * The Multisite constants of a network site (none for the others). The install step defines
 * TTDT_NETWORK_INSTALLING first: WordPress installs as a single site, then the network tables
 * are added, as WordPress's own Network Setup screen (and WP-CLI) does.
 *
 * @param {ReturnType<typeof siteLayout>} layout The site.
 */
function networkConstants( layout ) {
	if ( ! isNetwork( layout ) ) {
		return [];
	}
	return [
		"if ( ! defined( 'TTDT_NETWORK_INSTALLING' ) ) {",
		"	define( 'WP_ALLOW_MULTISITE', true );",
		"	define( 'MULTISITE', true );",
		"	define( 'SUBDOMAIN_INSTALL', false );",
		`	define( 'DOMAIN_CURRENT_SITE', ${ phpString(
			`localhost:${ layout.port }`
		) } );`,
		"	define( 'PATH_CURRENT_SITE', '/' );",
		"	define( 'SITE_ID_CURRENT_SITE', 1 );",
		"	define( 'BLOG_ID_CURRENT_SITE', 1 );",
		'}',
	];
}

/**
 * Copies the pristine core for a site. Core files are hard links (fast, nothing writes
 * them); `wp-content` is a real copy owned by the PHP workers, as uploads, the debug log
 * and plugin installs write there.
 *
 * @param {ReturnType<typeof siteLayout>} layout The site.
 * @param {string|null}                   plugin The plugin folder to map, or null.
 */
function buildCore( layout, plugin ) {
	fs.mkdirSync( layout.dir, { recursive: true } );
	run( 'cp', [ '-al', pristineCore, layout.core ] );
	fs.rmSync( path.join( layout.core, 'wp-content' ), { recursive: true } );
	run( 'cp', [
		'-a',
		path.join( pristineCore, 'wp-content' ),
		path.join( layout.core, 'wp-content' ),
	] );
	fs.rmSync( path.join( layout.core, 'wp-config.php' ), { force: true } );
	if ( plugin ) {
		fs.symlinkSync(
			plugin,
			path.join( layout.core, 'wp-content/plugins/ttdt-portal' )
		);
	}
	fs.mkdirSync( path.join( layout.core, 'wp-content/uploads' ), {
		recursive: true,
	} );
	if ( workerUser ) {
		run( 'chown', [
			'-R',
			`${ workerUser }:${ workerUser }`,
			path.join( layout.core, 'wp-content' ),
		] );
	}
}

function linkMuPlugins( layout ) {
	const target = path.join( layout.core, 'wp-content/mu-plugins' );
	fs.rmSync( target, { recursive: true, force: true } );
	fs.symlinkSync( path.join( checkout, 'scripts/env/mu-plugins' ), target );
}

function writeServerConfigs( layout ) {
	const tmp = path.join( layout.dir, 'tmp' );
	fs.mkdirSync( tmp, { recursive: true } );
	fs.writeFileSync(
		layout.fpmConf,
		`; Written by scripts/native-site.mjs.
[global]
pid = ${ layout.fpmPid }
error_log = ${ layout.dir }/php-fpm.log
daemonize = yes

[site]
${ workerUser ? `user = ${ workerUser }\ngroup = ${ workerUser }\n` : '' }listen = ${ layout.fpmSocket }
listen.mode = 0666
pm = dynamic
pm.max_children = ${ Number( process.env.TTDT_NATIVE_FPM_CHILDREN || 4 ) }
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3
catch_workers_output = yes
php_admin_value[memory_limit] = 256M
php_admin_value[upload_max_filesize] = 64M
php_admin_value[post_max_size] = 64M
php_admin_value[max_execution_time] = 120
; Edited PHP files take effect on the next request.
php_admin_value[opcache.revalidate_freq] = 0
`
	);
	const listen6 = fs
		.readFileSync( '/proc/net/if_inet6', 'utf8' )
		.includes( ' lo' )
		? `\t\tlisten [::1]:${ layout.port };\n`
		: '';
	fs.writeFileSync(
		layout.nginxConf,
		`# Written by scripts/native-site.mjs.
${ workerUser ? `user ${ workerUser };\n` : '' }worker_processes 1;
pid ${ layout.nginxPid };
error_log ${ layout.dir }/nginx-error.log warn;
events { worker_connections 512; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	client_max_body_size 64m;
	client_body_temp_path ${ tmp }/body;
	fastcgi_temp_path ${ tmp }/fastcgi;
	proxy_temp_path ${ tmp }/proxy;
	uwsgi_temp_path ${ tmp }/uwsgi;
	scgi_temp_path ${ tmp }/scgi;
	server {
		listen 127.0.0.1:${ layout.port };
${ listen6 }		server_name localhost;
		root ${ layout.core };
		index index.php;
${
	isNetwork( layout )
		? `		# Subdirectory Multisite: /<site>/wp-admin/… and /<site>/wp-…/ are core's files.
		if (!-e $request_filename) {
			rewrite /wp-admin$ $scheme://$http_host$uri/ permanent;
			rewrite ^(/[^/]+)?(/wp-.*) $2 last;
			rewrite ^(/[^/]+)?(/.*\\.php) $2 last;
		}
`
		: ''
}		location / {
			try_files $uri $uri/ /index.php?$args;
		}
		# The plugin's private files (citizens' feedback attachments) are read only through
		# its REST route, after a capability check; .htaccess does the same on Apache.
		location ^~ /wp-content/uploads/ttdt-private/ {
			deny all;
		}
		location ~ \\.php$ {
			try_files $uri =404;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
			# The stock params send $host, which drops the port: WordPress would redirect forever.
			fastcgi_param HTTP_HOST $http_host;
			fastcgi_pass unix:${ layout.fpmSocket };
			fastcgi_read_timeout 300;
		}
	}
}
`
	);
}

function portIsFree( port ) {
	return new Promise( ( resolve ) => {
		const server = net.createServer();
		server.once( 'error', () => resolve( false ) );
		server.listen( port, '127.0.0.1', () =>
			server.close( () => resolve( true ) )
		);
	} );
}

async function answers( url ) {
	try {
		const response = await fetch( `${ url }/wp-json/`, {
			redirect: 'manual',
		} );
		return response.status === 200;
	} catch {
		return false;
	}
}

function php( args ) {
	run(
		'php',
		[ path.join( root, 'scripts/native/install-site.php' ), ...args ],
		{
			stdio: [ 'ignore', 'pipe', 'pipe' ],
		}
	);
}

async function startServers( layout ) {
	run( 'php-fpm8.2', [
		...( isRoot ? [ '-R' ] : [] ),
		'-y',
		layout.fpmConf,
	] );
	run( 'nginx', [
		'-e',
		`${ layout.dir }/nginx-error.log`,
		'-c',
		layout.nginxConf,
		'-p',
		layout.dir,
	] );
	await waitFor(
		() => answers( layout.url ),
		`WordPress at ${ layout.url }`,
		60_000
	);
}

async function stopSite( layout ) {
	await stopPid( layout.nginxPid );
	await stopPid( layout.fpmPid );
}

async function stopDatabaseIfUnused() {
	if ( allSites().some( siteIsRunning ) || ! pidFrom( db.pid ) ) {
		return;
	}
	spawnSync( 'mariadb-admin', [
		'--no-defaults',
		`--socket=${ db.socket }`,
		'-uroot',
		'shutdown',
	] );
	await stopPid( db.pid, 'SIGTERM' );
}

async function start( name, port ) {
	const layout = siteLayout( name, port );
	const pluginOption = option( 'plugin' );
	const plugin =
		name === 'clean'
			? null
			: path.resolve( pluginOption ?? path.join( checkout, 'plugin' ) );
	if ( plugin && ! fs.existsSync( path.join( plugin, 'ttdt-portal.php' ) ) ) {
		fail( `no ttdt-portal.php in ${ plugin }` );
	}
	if ( siteIsRunning( layout ) ) {
		if ( name === 'dev' ) {
			log( `WordPress is already running at ${ layout.url }` );
			return;
		}
		await stopSite( layout );
	}
	const started = Date.now();
	if ( ! ( await portIsFree( port ) ) ) {
		fail( `port ${ port } is in use by another program` );
	}
	ensurePackages();
	ensurePristineCore();
	await ensureDatabaseServer();

	const fresh =
		name !== 'dev' ||
		! fs.existsSync( path.join( layout.core, 'wp-includes' ) );
	if ( name !== 'dev' ) {
		// Throw-away sites are rebuilt on every start so tests never depend on leftovers.
		fs.rmSync( layout.dir, { recursive: true, force: true } );
		sql( `DROP DATABASE IF EXISTS \`${ layout.database }\`` );
	}
	if ( fresh ) {
		buildCore( layout, plugin );
	} else if ( plugin ) {
		// The dev site keeps its data; the plugin folder may differ from the last start.
		const link = path.join( layout.core, 'wp-content/plugins/ttdt-portal' );
		fs.rmSync( link, { force: true } );
		fs.symlinkSync( plugin, link );
	}
	sql( `CREATE DATABASE IF NOT EXISTS \`${ layout.database }\`` );
	writeWpConfig( layout );
	// The must-use plugins read options, so they join after the install.
	fs.rmSync( path.join( layout.core, 'wp-content/mu-plugins' ), {
		recursive: true,
		force: true,
	} );
	php( [
		layout.core,
		layout.url,
		'install',
		...( isNetwork( layout ) ? [ 'network' ] : [] ),
	] );
	linkMuPlugins( layout );
	php( [ layout.core, layout.url, 'activate' ] );
	if ( isNetwork( layout ) ) {
		php( [ layout.core, layout.url, 'sites' ] );
	}
	fs.mkdirSync( path.join( layout.dir, 'archives' ), { recursive: true } );
	if ( workerUser ) {
		// The install ran as root; the PHP workers must be able to write the debug log and the
		// archive packages.
		run( 'chown', [
			'-R',
			`${ workerUser }:${ workerUser }`,
			path.join( layout.core, 'wp-content' ),
			path.join( layout.dir, 'archives' ),
		] );
	}
	writeServerConfigs( layout );
	await startServers( layout );
	log(
		`${ name } site on ${ layout.url } (native PHP-FPM + MariaDB + nginx) in ${ (
			( Date.now() - started ) /
			1000
		).toFixed( 1 ) } s; debug log: ${ path.relative(
			process.cwd(),
			path.join( layout.core, 'wp-content/debug.log' )
		) }`
	);
}

const port = Number( option( 'port' ) ?? defaultPorts[ siteName ] );

if ( command === 'start' ) {
	if ( ! port || ! ( siteName in defaultPorts ) ) {
		fail( `unknown site "${ siteName }" (dev, test, clean or network)` );
	}
	await start( siteName, port );
} else if ( command === 'stop' ) {
	await stopSite( siteLayout( siteName, port ) );
	await stopDatabaseIfUnused();
} else if ( command === 'stop-all' ) {
	for ( const layout of allSites() ) {
		await stopSite( layout );
	}
	await stopDatabaseIfUnused();
} else if ( command === 'db-start' ) {
	// Brings MariaDB back after it was killed (fault tests); the sites reconnect by themselves.
	await ensureDatabaseServer();
} else if ( command === 'install' ) {
	// The Debian packages and the core folder, e.g. up front on a fresh CI machine.
	ensurePackages();
	ensurePristineCore();
} else if ( command === 'status' ) {
	log(
		`MariaDB: ${ dbIsUp() ? `running (socket ${ db.socket })` : 'stopped' }`
	);
	for ( const layout of allSites() ) {
		log(
			`${ layout.name } ${ layout.url }: ${
				siteIsRunning( layout ) ? 'running' : 'stopped'
			}`
		);
	}
} else {
	process.stderr.write(
		'usage: native-site.mjs start|stop dev|test|clean|network [--port N] [--plugin DIR] | stop-all | status | install | db-start\n'
	);
	process.exit( 2 );
}
