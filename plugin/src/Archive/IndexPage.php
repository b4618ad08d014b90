<?php
/**
 * The human-readable index of a package: `data/index.html`.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * A records officer opens the package with nothing but a browser: one self-contained page
 * (no script, no outside style) that says whose archive it is, what period it covers, how to
 * check it, and lists every item and media file with a link to its record. Written row by
 * row while the items are exported, so its size never sits in memory.
 *
 * @since 0.1.0
 */
final class IndexPage {

	/**
	 * Path of the page under `data/`.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const PATH = 'index.html';

	/**
	 * The bag.
	 *
	 * @var BagWriter
	 */
	private BagWriter $bag;

	/**
	 * The page being written.
	 *
	 * @var resource
	 */
	private $handle;

	/**
	 * Whether a table is open.
	 *
	 * @var bool
	 */
	private bool $in_table = false;

	/**
	 * Starts the page, or goes on with one begun in an earlier request.
	 *
	 * @since 0.1.0
	 *
	 * @param BagWriter                 $bag    The bag.
	 * @param array<string, string>     $head   Label => value lines shown at the top.
	 * @param array<string, mixed>|null $resume {@see self::state()} of the page begun before, or null.
	 */
	public function __construct( BagWriter $bag, array $head, ?array $resume = null ) {
		$this->bag = $bag;
		if ( null !== $resume ) {
			$this->handle   = $bag->open_stream( self::PATH, (int) $resume['offset'] );
			$this->in_table = (bool) $resume['in_table'];
			return;
		}
		$this->handle = $bag->open_stream( self::PATH );
		$title        = __( 'Archive of the e-information page', 'ttdt-portal' );
		$this->put(
			'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>' . esc_html( $title ) . '</title>'
			. '<style>body{font-family:"Times New Roman",serif;margin:2em;line-height:1.4}table{border-collapse:collapse;width:100%}'
			. 'th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eee}</style></head><body>'
			. '<h1>' . esc_html( $title ) . '</h1><dl>'
		);
		foreach ( $head as $label => $value ) {
			$this->put( '<dt><strong>' . esc_html( $label ) . '</strong></dt><dd>' . esc_html( $value ) . '</dd>' );
		}
		$this->put( '</dl><p>' . esc_html__( 'This package follows BagIt (RFC 8493). Every file under data/ is listed in manifest-sha256.txt with its SHA-256 checksum: recompute the checksums (for example with sha256sum -c in the package folder) to check that nothing changed. Each record below opens as a JSON text file.', 'ttdt-portal' ) . '</p>' );
	}

	/**
	 * What a later request needs to go on with the page.
	 *
	 * @since 0.1.0
	 *
	 * @return array<string, mixed>
	 */
	public function state(): array {
		fflush( $this->handle );
		return array(
			'offset'   => (int) ftell( $this->handle ),
			'in_table' => $this->in_table,
		);
	}

	/**
	 * Starts a section with its table.
	 *
	 * @since 0.1.0
	 *
	 * @param string $title Heading.
	 */
	public function section( string $title ): void {
		$this->end_table();
		$this->put(
			'<h2>' . esc_html( $title ) . '</h2><table><thead><tr><th>' . esc_html__( 'No.', 'ttdt-portal' ) . '</th><th>'
			. esc_html__( 'Type', 'ttdt-portal' ) . '</th><th>' . esc_html__( 'Title', 'ttdt-portal' ) . '</th><th>'
			. esc_html__( 'Status', 'ttdt-portal' ) . '</th><th>' . esc_html__( 'Date', 'ttdt-portal' ) . '</th><th>'
			. esc_html__( 'Versions', 'ttdt-portal' ) . '</th></tr></thead><tbody>'
		);
		$this->in_table = true;
	}

	/**
	 * One item's row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $record The item's record.
	 * @param string               $path   Its file under `data/`.
	 */
	public function item( array $record, string $path ): void {
		$type   = get_post_type_object( (string) $record['type'] );
		$status = get_post_status_object( (string) $record['status'] );
		$this->row(
			$record,
			$path,
			$type ? (string) $type->labels->singular_name : (string) $record['type'],
			$status ? (string) $status->label : (string) $record['status'],
			(string) count( (array) $record['revisions'] )
		);
	}

	/**
	 * One media file's row.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $record The attachment's record.
	 * @param string               $path   Its file under `data/`.
	 */
	public function media( array $record, string $path ): void {
		$this->row( $record, $path, (string) $record['mime_type'], (string) $record['file'], (string) count( (array) $record['files'] ) );
	}

	/**
	 * Ends the page with the counts and adds it to the bag.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $counts Label => count.
	 */
	public function close( array $counts ): void {
		$this->end_table();
		$this->put( '<h2>' . esc_html__( 'Contents', 'ttdt-portal' ) . '</h2><ul>' );
		foreach ( $counts as $label => $value ) {
			$this->put( '<li>' . esc_html( $label ) . ': ' . esc_html( $value ) . '</li>' );
		}
		$this->put( '</ul><p>' . esc_html__( 'The audit log, feedback and royalty lines are in data/records/, one JSON record per line.', 'ttdt-portal' ) . '</p></body></html>' );
		$this->bag->close_stream( self::PATH, $this->handle );
	}

	/**
	 * Writes a table row.
	 *
	 * @param array<string, mixed> $record   Record.
	 * @param string               $path     Its file under `data/`.
	 * @param string               $kind     Second column.
	 * @param string               $status   Fourth column.
	 * @param string               $versions Last column.
	 */
	private function row( array $record, string $path, string $kind, string $status, string $versions ): void {
		$title = '' !== (string) $record['title'] ? (string) $record['title'] : __( '(no title)', 'ttdt-portal' );
		$date  = mysql2date( 'd/m/Y H:i', (string) $record['date'] );
		$this->put(
			'<tr><td>' . (int) $record['id'] . '</td><td>' . esc_html( $kind ) . '</td><td><a href="' . esc_attr( $path ) . '">'
			. esc_html( $title ) . '</a></td><td>' . esc_html( $status ) . '</td><td>' . esc_html( (string) $date ) . '</td><td>'
			. esc_html( $versions ) . '</td></tr>'
		);
	}

	/**
	 * Closes the open table.
	 */
	private function end_table(): void {
		if ( $this->in_table ) {
			$this->put( '</tbody></table>' );
			$this->in_table = false;
		}
	}

	/**
	 * Writes HTML.
	 *
	 * @param string $html HTML.
	 */
	private function put( string $html ): void {
		fwrite( $this->handle, $html . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- streamed write to the plugin's own staging folder; WP_Filesystem cannot stream
	}
}
