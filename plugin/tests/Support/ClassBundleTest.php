<?php
/**
 * Tests of the bundle of the plugin's classes (`build/classes.php`, `npm run build`).
 *
 * @package Ttdt
 */

namespace Ttdt\Tests\Support;

/**
 * With OPcache the plugin declares every class from the bundle (issue 10); without it, from
 * `src/` one by one. Each case boots WordPress in a PHP process of its own, the way PHP-FPM
 * does, since this process has already loaded the classes from `src/`.
 */
final class ClassBundleTest extends TestCase {

	public function test_with_opcache_every_class_comes_from_the_bundle(): void {
		$this->assertFileExists( TTDT_DIR . 'build/classes.php', 'Run `npm run build` first: it writes the bundle.' );
		$loaded = $this->boot( true );
		$this->assertStringEndsWith( '/build/classes.php', $loaded['plugin'] );
		$this->assertSame( $this->source_classes(), $loaded['classes'], 'The bundle declares exactly the classes of src/ (rebuild after adding one).' );
		$this->assertSame( array(), $loaded['errors'] );
	}

	public function test_without_opcache_classes_load_from_src(): void {
		$loaded = $this->boot( false );
		$this->assertSame( realpath( TTDT_DIR . 'src/Plugin.php' ), realpath( $loaded['plugin'] ) );
		$this->assertNotContains( 'Ttdt\\Settings\\SettingsController', $loaded['classes'], 'Only what the request uses is loaded: REST controllers wait for REST.' );
	}

	public function test_with_a_cache_kept_only_in_files_as_playground_does_classes_load_from_src(): void {
		$cache = get_temp_dir() . 'ttdt-opcache-' . wp_generate_password( 8, false );
		wp_mkdir_p( $cache );
		$loaded = $this->boot( true, array( '-d', 'opcache.file_cache=' . $cache, '-d', 'opcache.file_cache_only=1' ) );
		$this->assertSame( realpath( TTDT_DIR . 'src/Plugin.php' ), realpath( $loaded['plugin'] ) );
	}

	public function test_the_bundle_matches_the_sources(): void {
		$bundle = (string) file_get_contents( TTDT_DIR . 'build/classes.php' );
		foreach ( $this->source_files() as $file ) {
			$this->assertStringContainsString( "\n// {$file}\n", $bundle, "{$file} is in the bundle." );
			$code = (string) file_get_contents( TTDT_DIR . 'src/' . $file );
			// The class's body is carried unchanged: an edit not rebuilt shows here.
			$body = substr( $code, (int) strpos( $code, "\n", (int) strpos( $code, "\nnamespace " ) + 1 ) );
			$this->assertStringContainsString( rtrim( $body ), $bundle, "{$file} in the bundle is the file as it is now (rebuild after an edit)." );
		}
	}

	/**
	 * Boots the site in a new PHP process and reports where the plugin's classes came from.
	 *
	 * @param bool     $opcache Whether OPcache is on in that process.
	 * @param string[] $ini     More `-d` settings.
	 * @return array{plugin: string, classes: string[], errors: string[]}
	 */
	private function boot( bool $opcache, array $ini = array() ): array {
		list( $last, $errors ) = SiteProcess::run(
			'$classes = array_values( array_filter( array_merge( get_declared_classes(), get_declared_interfaces(), get_declared_traits() ), static fn( $name ) => str_starts_with( $name, "Ttdt\\\\" ) && "Ttdt\\\\Autoloader" !== $name ) );
			sort( $classes );
			echo json_encode( array( "plugin" => ( new ReflectionClass( "Ttdt\\\\Plugin" ) )->getFileName(), "classes" => $classes, "errors" => array() ) );',
			'',
			array_merge( array( '-d', 'opcache.enable_cli=' . ( $opcache ? '1' : '0' ) ), $ini )
		);
		$report = json_decode( $last, true );
		$this->assertIsArray( $report, "The site booted: {$last}{$errors}" );
		$report['errors'] = array_values( array_filter( explode( "\n", $errors ), static fn( string $line ): bool => str_contains( $line, 'ttdt-portal' ) || str_contains( $line, 'Ttdt' ) ) );
		return $report;
	}

	/**
	 * The class files of `src/`, relative to it, but the autoloader.
	 *
	 * @return string[]
	 */
	private function source_files(): array {
		$files = array();
		$items = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( TTDT_DIR . 'src', \FilesystemIterator::SKIP_DOTS ) );
		foreach ( $items as $item ) {
			$file = substr( $item->getPathname(), strlen( TTDT_DIR . 'src/' ) );
			if ( str_ends_with( $file, '.php' ) && 'Autoloader.php' !== $file ) {
				$files[] = $file;
			}
		}
		sort( $files );
		return $files;
	}

	/**
	 * The classes, interfaces and traits the files of `src/` declare.
	 *
	 * @return string[]
	 */
	private function source_classes(): array {
		$classes = array_map( static fn( string $file ): string => 'Ttdt\\' . str_replace( '/', '\\', substr( $file, 0, -4 ) ), $this->source_files() );
		sort( $classes );
		return $classes;
	}
}
