<?php
/**
 * Comments on drafts in the admin: a count per draft in the list, the comments on its screen.
 *
 * @package Ttdt
 */

namespace Ttdt\Drafts;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Settings\DateFormats;
use Ttdt\Support\Hookable;
use WP_Post;

/**
 * The board sees at a glance which drafts drew comments (one grouped query for the whole list
 * page) and reads them on the draft's own screen, next to the report it writes from them.
 * Names and contacts are shown only to those who handle citizens' feedback.
 *
 * @since 0.1.0
 */
final class CommentsAdmin implements Hookable {

	/**
	 * The list column's key.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const COLUMN = 'ttdt_comments';

	/**
	 * Comments shown in the box (the REST route pages through more).
	 *
	 * @var int
	 */
	private const SHOWN = 100;

	/**
	 * Repository.
	 *
	 * @var CommentRepository
	 */
	private CommentRepository $repository;

	/**
	 * Counts of the drafts on the current list page.
	 *
	 * @var array<int, int>|null
	 */
	private ?array $counts = null;

	/**
	 * Constructor.
	 *
	 * @since 0.1.0
	 *
	 * @param CommentRepository $repository Repository.
	 */
	public function __construct( CommentRepository $repository ) {
		$this->repository = $repository;
	}

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'manage_' . DraftPostType::NAME . '_posts_columns', array( $this, 'columns' ) );
		add_action( 'manage_' . DraftPostType::NAME . '_posts_custom_column', array( $this, 'column' ), 10, 2 );
		add_action( 'add_meta_boxes_' . DraftPostType::NAME, array( $this, 'add_box' ) );
	}

	/**
	 * Adds the count column.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, string> $columns Columns.
	 * @return array<string, string>
	 */
	public function columns( $columns ): array {
		$columns                 = (array) $columns;
		$columns[ self::COLUMN ] = __( 'Comments received', 'ttdt-portal' );
		return $columns;
	}

	/**
	 * Prints a draft's count.
	 *
	 * @since 0.1.0
	 *
	 * @param string $column  Column key.
	 * @param int    $post_id Draft.
	 */
	public function column( $column, $post_id ): void {
		if ( self::COLUMN !== $column ) {
			return;
		}
		if ( null === $this->counts ) {
			global $wp_query;
			$ids          = $wp_query instanceof \WP_Query ? wp_list_pluck( (array) $wp_query->posts, 'ID' ) : array( $post_id );
			$this->counts = $this->repository->counts( array_map( 'intval', $ids ) );
		}
		echo esc_html( number_format_i18n( $this->counts[ (int) $post_id ] ?? 0 ) );
	}

	/**
	 * Adds the box of comments to the draft's screen, for those who may read them.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The draft.
	 */
	public function add_box( $post ): void {
		if ( ! current_user_can( Capabilities::HANDLE_FEEDBACK ) || ! $post instanceof WP_Post ) {
			return;
		}
		$count = $this->repository->counts( array( $post->ID ) )[ $post->ID ] ?? 0;
		add_meta_box(
			'ttdt-draft-comments',
			/* translators: %s: number of comments. */
			sprintf( __( 'Comments received (%s)', 'ttdt-portal' ), number_format_i18n( $count ) ),
			array( $this, 'render_box' ),
			DraftPostType::NAME,
			'normal'
		);
	}

	/**
	 * Prints the comments, newest first.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post The draft.
	 */
	public function render_box( $post ): void {
		$rows = $this->repository->page( (int) $post->ID, self::SHOWN, 1 );
		if ( ! $rows ) {
			echo '<p>' . esc_html__( 'No comments have been received on this draft yet.', 'ttdt-portal' ) . '</p>';
			return;
		}
		$labels = CommentStatus::labels();
		echo '<ol class="ttdt-draft-comments">';
		foreach ( $rows as $row ) {
			$id      = (int) $row['id'];
			$status  = (string) $row['status'];
			$contact = trim( (string) $row['email'] . ' ' . (string) $row['phone'] );
			$when    = wp_date( DateFormats::DATE . ' ' . DateFormats::TIME, (int) strtotime( $row['received_at'] . ' UTC' ) );
			echo '<li id="ttdt-draft-comment-' . esc_attr( (string) $id ) . '"><p><strong>' . esc_html( (string) $row['name'] ) . '</strong> — ' . esc_html( $contact ) . ' — ' . esc_html( (string) $when ) . '</p>';
			echo wp_kses_post( wpautop( esc_html( (string) $row['content'] ) ) );
			echo '<p class="ttdt-draft-comments__status"><strong>' . esc_html( $labels[ $status ] ?? $status ) . '</strong>';
			foreach ( $labels as $value => $label ) {
				if ( $value !== $status ) {
					echo ' | <a href="' . esc_url( CommentModeration::url( $id, $value ) ) . '">' . esc_html( $label ) . '</a>';
				}
			}
			echo '</p></li>';
		}
		echo '</ol>';
	}
}
