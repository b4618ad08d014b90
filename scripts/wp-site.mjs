#!/usr/bin/env node
/**
 * Starts or stops a local WordPress site with `@wordpress/env` on the Playground runtime.
 *
 *   node scripts/wp-site.mjs start dev            the user's portal on :8888 (data kept;
 *                                                 TTDT_DEV_PORT picks another port)
 *   node scripts/wp-site.mjs start test [--port]  a fresh throw-away site for the tests (:8889)
 *   node scripts/wp-site.mjs start clean [--port] a fresh site without the plugin (:8890), on
 *                                                 which the tests install the plugin zip
 *   node scripts/wp-site.mjs stop dev|test|clean [--port]
 *
 * Everything lives in the git-ignored `.wp/` folder: the pristine core built from Debian's
 * package, each site's own copy of it (the SQLite database sits inside it), and wp-env's
 * cache (WP_ENV_HOME), so nothing outside the project is touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const stateDir = path.join( root, '.wp' );
const pristineCore = path.join( stateDir, 'core' );
const wpEnvHome = path.join( stateDir, 'wp-env-home' );

const [ command, siteName = 'dev', ...rest ] = process.argv.slice( 2 );
const portArg = rest.indexOf( '--port' );
const testPort = Number( process.env.TTDT_TEST_PORT || 8889 );
const devPort = Number( process.env.TTDT_DEV_PORT || 8888 );
const defaultPorts = { dev: devPort, test: testPort, clean: testPort + 1 };
const port = Number(
	portArg >= 0 ? rest[ portArg + 1 ] : defaultPorts[ siteName ]
);
if ( ! port ) {
	process.stderr.write( `wp-site: unknown site "${ siteName }"\n` );
	process.exit( 2 );
}

/**
 * The site's wp-env config file and core folder.
 */
function siteLayout() {
	if ( siteName === 'dev' ) {
		return {
			configFile: path.join( root, '.wp-env.json' ),
			core: path.join( stateDir, 'dev', 'wordpress' ),
		};
	}
	const dir = path.join( stateDir, `${ siteName }-${ port }` );
	return {
		dir,
		configFile: path.join( dir, '.wp-env.json' ),
		core: path.join( dir, 'wordpress' ),
	};
}

function ensurePristineCore() {
	execFileSync(
		'bash',
		[ path.join( root, 'scripts/fetch-wordpress.sh' ), pristineCore ],
		{
			stdio: 'inherit',
		}
	);
}

function coreVersion( core ) {
	const source = fs.readFileSync(
		path.join( core, 'wp-includes/version.php' ),
		'utf8'
	);
	return source.match( /\$wp_version = '([^']+)'/ )[ 1 ];
}

/**
 * Test sites are rebuilt on every start so tests never depend on leftovers. The `clean` site
 * has no plugin mounted: the tests install the plugin zip there as a real site would.
 *
 * @param {{dir: string, configFile: string, core: string}} layout The site's folders.
 */
function prepareThrowAwaySite( layout ) {
	fs.rmSync( layout.dir, { recursive: true, force: true } );
	fs.mkdirSync( layout.dir, { recursive: true } );
	fs.cpSync( pristineCore, layout.core, { recursive: true } );
	const config = {
		core: './wordpress',
		port,
		phpVersion: '8.2',
		testsEnvironment: false,
		plugins: [],
		// The clean site is WordPress as a commune gets it: none of the project's must-use
		// plugins, no TTDT_ENV; the zip test installs and activates the plugin itself.
		mappings:
			siteName === 'test'
				? {
						'wp-content/mu-plugins': path.join(
							root,
							'scripts/env/mu-plugins'
						),
						// Mapped rather than listed as a plugin: wp-env would name it after
						// its folder (`plugin`), and it must be installed as `ttdt-portal`.
						// The environment's must-use plugin activates it.
						'wp-content/plugins/ttdt-portal': path.join(
							root,
							'plugin'
						),
					}
				: {},
		config:
			siteName === 'test'
				? { TTDT_ENV: 'test', TTDT_TEST_SMTP_PORT: testPort + 1000 }
				: {},
	};
	fs.writeFileSync( layout.configFile, JSON.stringify( config, null, '\t' ) );
}

/**
 * wp-env asks WordPress.org for the latest version even when core is local; offline it reads
 * the answer from this cache file instead (see wp-env's `getLatestWordPressVersion`).
 *
 * @param {{configFile: string, core: string}} layout The site's folders.
 */
function seedWpEnvCache( layout ) {
	const configPath = layout.configFile;
	const hash = createHash( 'md5' )
		.update( configPath )
		.digest( 'hex' )
		.slice( 0, 8 );
	const project = path.basename( path.dirname( configPath ) );
	const cacheDir = path.join( wpEnvHome, `wp-env-${ project }-${ hash }` );
	const cacheFile = path.join( cacheDir, 'wp-env-cache.json' );
	fs.mkdirSync( cacheDir, { recursive: true } );
	// wp-env keeps other state here too (the runtime in use), so merge rather than replace.
	const cache = fs.existsSync( cacheFile )
		? JSON.parse( fs.readFileSync( cacheFile, 'utf8' ) )
		: {};
	cache.latestWordPressVersion = coreVersion( layout.core );
	fs.writeFileSync( cacheFile, JSON.stringify( cache ) );
}

function wpEnv( args, layout ) {
	const bin = path.join( root, 'node_modules/.bin/wp-env' );
	const result = spawnSync( bin, [ ...args, '--config', layout.configFile ], {
		cwd: path.dirname( layout.configFile ),
		stdio: 'inherit',
		env: {
			...process.env,
			WP_ENV_HOME: wpEnvHome,
			WP_ENV_PORT: String( port ),
		},
	} );
	if ( result.status !== 0 ) {
		process.exit( result.status ?? 1 );
	}
}

async function isUp( url ) {
	try {
		const response = await fetch( `${ url }/wp-json/`, {
			redirect: 'manual',
			// On a site without the environment's must-use plugins (the clean one), Playground
			// answers a first visit with its auto-login redirect unless this cookie is sent.
			headers: { Cookie: 'playground_auto_login_already_happened=1' },
		} );
		return response.status === 200;
	} catch {
		return false;
	}
}

async function waitForSite( url ) {
	const deadline = Date.now() + 120_000;
	while ( Date.now() < deadline ) {
		if ( await isUp( url ) ) {
			return;
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 500 ) );
	}
	throw new Error( `WordPress did not answer at ${ url }` );
}

const layout = siteLayout();
const siteURL = `http://localhost:${ port }`;
if ( command === 'start' && ( await isUp( siteURL ) ) ) {
	process.stdout.write( `WordPress is already running at ${ siteURL }\n` );
} else if ( command === 'start' ) {
	ensurePristineCore();
	if ( siteName !== 'dev' ) {
		prepareThrowAwaySite( layout );
	} else if ( ! fs.existsSync( path.join( layout.core, 'wp-includes' ) ) ) {
		fs.mkdirSync( path.dirname( layout.core ), { recursive: true } );
		fs.cpSync( pristineCore, layout.core, { recursive: true } );
	}
	seedWpEnvCache( layout );
	wpEnv( [ 'start', '--runtime=playground' ], layout );
	await waitForSite( siteURL );
} else if ( command === 'stop' ) {
	// A site never started (a fresh clone's `npm run stop`) has nothing to stop.
	if (
		fs.existsSync( layout.configFile ) &&
		fs.existsSync( path.join( layout.core, 'wp-includes/version.php' ) )
	) {
		seedWpEnvCache( layout );
		wpEnv( [ 'stop' ], layout );
	} else {
		process.stdout.write(
			`Nothing to stop: the ${ siteName } site was never started.\n`
		);
	}
} else {
	process.stderr.write(
		'usage: wp-site.mjs start|stop dev|test [--port N]\n'
	);
	process.exit( 2 );
}
