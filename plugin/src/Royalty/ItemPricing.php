<?php
/**
 * The genre and grade a moderator gives an item, and the lines its publication creates.
 *
 * @package Ttdt
 */

namespace Ttdt\Royalty;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Publishing\PublishGate;
use Ttdt\Support\Hookable;
use Ttdt\Support\MetaRegistration;
use Ttdt\Support\Transaction;
use Ttdt\Workflow\ApprovalFingerprint;
use Ttdt\Workflow\WorkflowMeta;
use WP_Post;

/**
 * Post meta `ttdt_royalty_genre` and `ttdt_royalty_grade` (set in the editor or through
 * `/wp/v2/posts`, by those who may approve the item), validated against the keys of the
 * year's rules. When the item goes live by any path (REST, classic screen, cron, a call of
 * `wp_publish_post`), `wp_after_insert_post` prices it once: a royalty line per writer and a
 * fee line for who approved and who edited it. Publishing again after unpublishing adds
 * nothing; a later correction is an adjustment or a reversal in the ledger.
 *
 * @since 0.1.0
 */
final class ItemPricing implements Hookable {

	/**
	 * Post meta: genre key.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const GENRE = 'ttdt_royalty_genre';

	/**
	 * Post meta: quality grade key.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const GRADE = 'ttdt_royalty_grade';

	/**
	 * Post meta: co-writers' shares, `[{name, percent}]`; empty for one writer.
	 *
	 * @since 0.1.0
	 * @var string
	 */
	public const SHARES = 'ttdt_royalty_shares';

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		MetaRegistration::on_init( array( $this, 'register_meta' ), 20 );
		// The year's genres and grades only matter to REST (the schema's enum and names, for
		// the editor panel): read them there, not on every public page view.
		add_action( 'rest_api_init', array( $this, 'register_meta' ) );
		add_action( 'wp_after_insert_post', array( $this, 'after_save' ), 20, 4 );
		add_filter( ApprovalFingerprint::IGNORED_META_FILTER, array( $this, 'not_content' ) );
		add_action( 'rest_api_init', array( $this, 'register_link_filters' ) );
	}

	/**
	 * Adds the grading link to items in REST responses.
	 *
	 * @since 0.1.0
	 */
	public function register_link_filters(): void {
		foreach ( PublishGate::post_types() as $post_type ) {
			add_filter( 'rest_prepare_' . $post_type, array( $this, 'add_link' ), 10, 2 );
		}
	}

	/**
	 * Tells the editor whether the user may grade the item (`wp:action-grade-royalty`), so
	 * the panel is shown to those the server lets write the meta and to nobody else.
	 *
	 * @since 0.1.0
	 *
	 * @param \WP_REST_Response $response Response.
	 * @param WP_Post           $post     Item.
	 * @return \WP_REST_Response
	 */
	public function add_link( $response, $post ) {
		if ( $post instanceof WP_Post && current_user_can( Capabilities::GRADE_ITEM, $post->ID ) ) {
			$response->add_link( 'https://api.w.org/action-grade-royalty', rest_url( 'wp/v2/' . ( get_post_type_object( $post->post_type )->rest_base ?: $post->post_type ) . '/' . $post->ID ) );
		}
		return $response;
	}

	/**
	 * The grading is not part of what was approved: changing it does not void the approval.
	 *
	 * @since 0.1.0
	 *
	 * @param string[] $keys Meta keys the approval ignores.
	 * @return string[]
	 */
	public function not_content( $keys ): array {
		return array_merge( (array) $keys, array( self::GENRE, self::GRADE, self::SHARES ) );
	}

	/**
	 * Registers the meta on the item types under the publish gate.
	 *
	 * @since 0.1.0
	 */
	public function register_meta(): void {
		// On `init` the fields, their defaults and their checks; on `rest_api_init` again with
		// what only REST shows (descriptions, the year's values and their names).
		$rest  = doing_action( 'rest_api_init' );
		$rules = $rest ? RoyaltyRules::for_year( (int) current_datetime()->format( 'Y' ) ) : null;
		$meta  = array(
			self::GENRE  => array(
				'type'              => 'string',
				'description'       => $rest ? __( 'Genre of the item, which sets its royalty coefficient.', 'ttdt-portal' ) : '',
				'default'           => '',
				'sanitize_callback' => 'sanitize_key',
				'show_in_rest'      => array(
					// The names ride along with the values (as `EnumLabels` does), for the editor panel.
					'schema' => self::choices( $rules, 'genres' ),
				),
			),
			self::GRADE  => array(
				'type'              => 'string',
				'description'       => $rest ? __( 'Quality grade of the item, which multiplies its royalty.', 'ttdt-portal' ) : '',
				'default'           => '',
				'sanitize_callback' => 'sanitize_key',
				'show_in_rest'      => array(
					'schema' => self::choices( $rules, 'grades' ),
				),
			),
			self::SHARES => array(
				'type'         => 'array',
				'description'  => $rest ? __( 'Shares of the writers when several wrote the item.', 'ttdt-portal' ) : '',
				'default'      => array(),
				'show_in_rest' => array(
					'schema' => array(
						'type'     => 'array',
						'maxItems' => 10,
						'items'    => array(
							'type'                 => 'object',
							'additionalProperties' => false,
							'required'             => array( 'name', 'percent' ),
							'properties'           => array(
								'name'    => array(
									'type'      => 'string',
									'minLength' => 1,
									'maxLength' => 190,
								),
								'user_id' => array(
									'type'    => 'integer',
									'minimum' => 0,
								),
								'percent' => array(
									'type'    => 'integer',
									'minimum' => 1,
									'maximum' => 100,
								),
							),
						),
					),
				),
			),
		);
		foreach ( PublishGate::post_types() as $post_type ) {
			foreach ( $meta as $key => $args ) {
				register_post_meta(
					$post_type,
					$key,
					array_merge(
						$args,
						array(
							'single'        => true,
							'auth_callback' => array( self::class, 'can_grade' ),
						)
					)
				);
			}
		}
	}

	/**
	 * The schema of a genre or grade field: the year's keys and their names, when known.
	 *
	 * @param array<string, mixed>|null $rules The year's rules, null outside REST.
	 * @param string                    $list  `genres` or `grades`.
	 * @return array<string, mixed>
	 */
	private static function choices( ?array $rules, string $list ): array {
		if ( null === $rules ) {
			return array();
		}
		return array(
			'enum'     => array_merge( array( '' ), array_column( $rules[ $list ], 'key' ) ),
			'x-labels' => array_column( $rules[ $list ], 'label', 'key' ),
		);
	}

	/**
	 * Whether the user may grade the item (the fields' `auth_callback`).
	 *
	 * @since 0.1.0
	 *
	 * @param bool   $allowed  Whether allowed so far.
	 * @param string $meta_key Meta key.
	 * @param int    $post_id  Post ID.
	 * @return bool
	 */
	public static function can_grade( $allowed, $meta_key, $post_id ): bool {
		return current_user_can( Capabilities::GRADE_ITEM, (int) $post_id );
	}

	/**
	 * Prices an item when it goes live.
	 *
	 * @since 0.1.0
	 *
	 * @param int          $post_id Post ID.
	 * @param WP_Post      $post    Post after the save.
	 * @param bool         $update  Whether it existed.
	 * @param WP_Post|null $before  Post before the save.
	 */
	public function after_save( $post_id, $post, $update, $before ): void {
		if ( ! $post instanceof WP_Post || 'publish' !== $post->post_status || ( $before instanceof WP_Post && 'publish' === $before->post_status ) ) {
			return;
		}
		if ( ! in_array( $post->post_type, PublishGate::post_types(), true ) ) {
			return;
		}
		self::price( $post );
	}

	/**
	 * Writes the lines of an item, once.
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Published item.
	 * @return int[] IDs of the lines written.
	 */
	public static function price( WP_Post $post ): array {
		if ( Ledger::of_item( $post->ID, array( 'royalty', 'fee_editing', 'fee_approval' ) ) ) {
			return array();
		}
		$genre = (string) get_post_meta( $post->ID, self::GENRE, true );
		$grade = (string) get_post_meta( $post->ID, self::GRADE, true );
		$date  = substr( (string) $post->post_date, 0, 10 );
		$rules = RoyaltyRules::for_year( (int) substr( $date, 0, 4 ) );
		$price = RoyaltyCalculator::item( $rules, $date, $genre, $grade );
		if ( null === $price ) {
			return array();
		}
		$result = Transaction::run(
			static function () use ( $post, $genre, $grade, $date, $rules, $price ) {
				$ids     = array();
				$writers = self::writers( $post );
				$parts   = RoyaltyCalculator::shares( $price['amount'], array_column( $writers, 'percent' ) );
				foreach ( $writers as $index => $writer ) {
					$ids[] = Ledger::add(
						array(
							'kind'                  => 'royalty',
							'accrued_on'            => $date,
							'item_id'               => $post->ID,
							'genre'                 => $genre,
							'grade'                 => $grade,
							'payee_user_id'         => $writer['user_id'],
							'payee_collaborator_id' => $writer['collaborator_id'],
							'payee_name'            => $writer['name'],
							'share_percent'         => $writer['percent'],
							'amount'                => $parts[ $index ],
							'computed_amount'       => $parts[ $index ],
							'note'                  => $price['capped'] ? __( 'Capped at one day\'s wage.', 'ttdt-portal' ) : '',
						)
					);
				}
				$fees = array(
					'fee_approval' => array( (int) get_post_meta( $post->ID, WorkflowMeta::APPROVED_BY, true ), (int) $rules['fees']['approval'] ),
					'fee_editing'  => array( (int) get_post_meta( $post->ID, '_edit_last', true ), (int) $rules['fees']['editing'] ),
				);
				foreach ( $fees as $kind => list( $user_id, $amount ) ) {
					$user = $user_id ? get_userdata( $user_id ) : false;
					// The writer is paid a royalty, not a fee for editing their own item.
					if ( ! $user || $amount <= 0 || ( 'fee_editing' === $kind && (int) $post->post_author === $user_id ) ) {
						continue;
					}
					$ids[] = Ledger::add(
						array(
							'kind'          => $kind,
							'accrued_on'    => $date,
							'item_id'       => $post->ID,
							'genre'         => $genre,
							'payee_user_id' => $user_id,
							'payee_name'    => $user->display_name,
							'amount'        => $amount,
						)
					);
				}
				return in_array( 0, $ids, true ) ? Transaction::database_error() : $ids;
			}
		);
		return is_array( $result ) ? $result : array();
	}

	/**
	 * The writers of an item and their shares in percent: the shares set on the item, else
	 * the registered collaborator named on it, else its author (under the printed name).
	 *
	 * @since 0.1.0
	 *
	 * @param WP_Post $post Item.
	 * @return array<int, array{name: string, user_id: int, collaborator_id: int, percent: int}>
	 */
	public static function writers( WP_Post $post ): array {
		$shares = get_post_meta( $post->ID, self::SHARES, true );
		if ( is_array( $shares ) && $shares ) {
			return array_map(
				static fn( $share ) => array(
					'name'            => (string) $share['name'],
					'user_id'         => (int) ( $share['user_id'] ?? 0 ),
					'collaborator_id' => 0,
					'percent'         => (int) $share['percent'],
				),
				array_values( $shares )
			);
		}
		$collaborator = (int) get_post_meta( $post->ID, ProvenanceMeta::COLLABORATOR_ID, true );
		if ( $collaborator && get_post( $collaborator ) ) {
			return array(
				array(
					'name'            => get_the_title( $collaborator ),
					'user_id'         => (int) get_post_meta( $collaborator, CollaboratorPostType::META_USER_ID, true ),
					'collaborator_id' => $collaborator,
					'percent'         => 100,
				),
			);
		}
		$author  = get_userdata( (int) $post->post_author );
		$printed = trim( (string) get_post_meta( $post->ID, ProvenanceMeta::WRITER, true ) );
		return array(
			array(
				'name'            => '' !== $printed ? $printed : ( $author ? $author->display_name : '' ),
				'user_id'         => $author ? $author->ID : 0,
				'collaborator_id' => 0,
				'percent'         => 100,
			),
		);
	}
}
