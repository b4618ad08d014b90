<?php
/**
 * The plugin's security checks on the Site Health screen (Art. 13.1, 13.5).
 *
 * @package Ttdt
 */

namespace Ttdt\Security;

defined( 'ABSPATH' ) || exit;

use Ttdt\Support\Hookable;

/**
 * The security plan agreed with the police (Art. 13.1) needs the administrator to see what the
 * plugin can judge: its roles, separation of duties, the audit trail, mail, backups, XML-RPC
 * and password policy. Each check is a direct test (it reads options and a few rows) in
 * {@see AccessHealth} or {@see OperationsHealth}; this class registers them and builds the
 * result in the shape Site Health expects.
 *
 * @since 0.1.0
 */
final class SecurityHealth implements Hookable {

	/**
	 * Test ID => [ class, method ].
	 *
	 * @var array<string, array{0: class-string, 1: string}>
	 */
	private const TESTS = array(
		'ttdt_audit_recent'     => array( OperationsHealth::class, 'audit' ),
		'ttdt_role_caps'        => array( AccessHealth::class, 'role_caps' ),
		'ttdt_separate_duties'  => array( AccessHealth::class, 'duties' ),
		'ttdt_mail_delivery'    => array( OperationsHealth::class, 'mail' ),
		'ttdt_backups_recent'   => array( OperationsHealth::class, 'backups' ),
		'ttdt_xmlrpc'           => array( OperationsHealth::class, 'xmlrpc' ),
		'ttdt_password_policy'  => array( AccessHealth::class, 'password_policy' ),
	);

	/**
	 * {@inheritDoc}
	 */
	public function register_hooks(): void {
		add_filter( 'site_status_tests', array( $this, 'add_tests' ) );
	}

	/**
	 * Adds the checks as direct tests.
	 *
	 * @since 0.1.0
	 *
	 * @param array<string, mixed> $tests Tests by kind.
	 * @return array<string, mixed>
	 */
	public function add_tests( $tests ): array {
		$tests = (array) $tests;
		foreach ( self::TESTS as $id => $callback ) {
			$tests['direct'][ $id ] = array(
				'label' => __( 'Security of the e-information page', 'ttdt-portal' ),
				'test'  => $callback,
			);
		}
		return $tests;
	}

	/**
	 * The IDs of the checks.
	 *
	 * @since 0.1.0
	 *
	 * @return string[]
	 */
	public static function ids(): array {
		return array_keys( self::TESTS );
	}

	/**
	 * A result in Site Health's shape.
	 *
	 * @since 0.1.0
	 *
	 * @param string $test        Test ID.
	 * @param string $status      `good`, `recommended` or `critical`.
	 * @param string $label       Headline (translated).
	 * @param string $description What it means and what to do (translated, plain text).
	 * @param string $actions     HTML of links to act (already escaped), if any.
	 * @return array<string, mixed>
	 */
	public static function result( string $test, string $status, string $label, string $description, string $actions = '' ): array {
		return array(
			'label'       => $label,
			'status'      => $status,
			'badge'       => array(
				'label' => __( 'Security', 'ttdt-portal' ),
				'color' => 'good' === $status ? 'blue' : ( 'critical' === $status ? 'red' : 'orange' ),
			),
			'description' => '<p>' . esc_html( $description ) . '</p>',
			'actions'     => $actions,
			'test'        => $test,
		);
	}

	/**
	 * A link for the actions of a result.
	 *
	 * @since 0.1.0
	 *
	 * @param string $url  Where.
	 * @param string $text Link text (translated).
	 * @return string
	 */
	public static function link( string $url, string $text ): string {
		return sprintf( '<p><a href="%1$s">%2$s</a></p>', esc_url( $url ), esc_html( $text ) );
	}
}
